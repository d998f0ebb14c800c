import { createRequire } from 'node:module';
import { _, Name, type Ajv, type Format, type KeywordCxt } from 'ajv';

/**
 * connectFi's custom Ajv keywords and formats (README.md, "Schema details the overview page
 * leaves out"). A failure is reported the way connectFi's Ajv reports a user-defined keyword:
 * keyword = the custom keyword, params = {}, message 'must pass "<keyword>" keyword validation'
 * (compare the documented "$merge" error entry). They are `code` keywords calling the functions of
 * keyword-runtime.cjs, so that Ajv can also write them out as standalone code.
 */

/** Plain functions (no `this`), so they may be passed around unbound. */
interface KeywordRuntime {
  decimalPlaces: (n: number) => number;
  isNotOnlyWhitespace: (s: string) => boolean;
  isDateISO: (s: string) => boolean;
  formats: Record<string, Format>;
}

// One implementation of each function, in keyword-runtime.cjs, which the standalone validators
// (generated/validators.cjs, written by `npm run generate`) require as well.
const runtime = createRequire(import.meta.url)('./keyword-runtime.cjs') as KeywordRuntime;

/** Number of decimal places in the shortest decimal form of `n` (1e-7 has 7, 10.1 has 1). */
export const decimalPlaces = runtime.decimalPlaces;
/** isNotOnlyWhitespace: a string that is not made only of white space (" a " passes, "   " fails). */
export const isNotOnlyWhitespace = runtime.isNotOnlyWhitespace;
/** dateISO: YYYY-MM-DD naming a real calendar day (2023-02-29 fails, 2024-02-29 passes). */
export const isDateISO = runtime.isDateISO;

/** keyword-runtime.cjs as generated/validators.cjs reaches it (both folders are in the package). */
const RUNTIME_FROM_GENERATED = '../src/api/keyword-runtime.cjs';

/**
 * Where standalone code finds the formats: ajv-formats' and dateISO, one object (Ajv's
 * `code.formats` option; set before ajv-formats, which otherwise points at its own only).
 */
export const FORMATS_CODE = _`require(${RUNTIME_FROM_GENERATED}).formats`;

/** Annotation keywords this project adds to schemas: they carry citations, never constraints. */
export const ANNOTATION_KEYWORDS = ['x-doc', 'x-note', 'x-errata'];

/** A call of a keyword-runtime.cjs function in generated code (by reference when compiled in process). */
function runtimeCall(cxt: KeywordCxt, name: 'decimalPlaces' | 'isNotOnlyWhitespace') {
  return cxt.gen.scopeValue('func', { ref: runtime[name], code: _`require(${RUNTIME_FROM_GENERATED}).${new Name(name)}` });
}

export function addConnectFiKeywords(ajv: Ajv): void {
  ajv.addKeyword({
    keyword: 'isNotOnlyWhitespace',
    type: 'string',
    schemaType: 'boolean',
    code(cxt: KeywordCxt) {
      if (cxt.schema === true) cxt.fail(_`!${runtimeCall(cxt, 'isNotOnlyWhitespace')}(${cxt.data})`);
    },
  });
  ajv.addKeyword({
    keyword: 'amountPrecision',
    type: 'number',
    schemaType: 'number',
    code(cxt: KeywordCxt) {
      cxt.fail(_`${runtimeCall(cxt, 'decimalPlaces')}(${cxt.data}) > ${cxt.schema as number}`);
    },
  });
  ajv.addFormat('dateISO', runtime.formats.dateISO);
  for (const keyword of ANNOTATION_KEYWORDS) ajv.addKeyword({ keyword, schemaType: ['object', 'array', 'string'] });
}
