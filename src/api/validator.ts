import { Ajv, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { addConnectFiKeywords, FORMATS_CODE } from './keywords.ts';
import { ALL_OPERATIONS, getOperation, readJson, type JsonSchema, type OperationSpec } from './catalogue.ts';
import { GENERATED_DIR, SCHEMAS_DIR } from './paths.ts';

// ajv-formats and ajv's standalone module are CommonJS: under NodeNext their default import is the module object.
const addFormats = (addFormatsModule as unknown as { default: (ajv: Ajv, formats: string[]) => Ajv }).default;
const standaloneCode = (standaloneModule as unknown as { default: (ajv: Ajv, refs: Record<string, string>) => string }).default;

/**
 * The project's Ajv, configured as connectFi's validator evidently is (README.md, "Error
 * envelope"): strict schemas, first error only (every documented requestValidateError lists one
 * error per failing schema), OpenAPI-style `nullable`, and the custom keywords of keywords.ts. A
 * run validates with its standalone code, generated/validators.cjs, and compiles nothing
 * (docs/architecture.md, "Data flow"); the generators compile the schemas they build in process.
 */
export interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

export interface ValidationResult {
  valid: boolean;
  /** In connectFi's requestValidateError `context` format; empty when valid. */
  errors: AjvError[];
}

/**
 * The project's Ajv, with every common schema and every operation's request and 200 envelope
 * added. `source`: keep the generated code, for standaloneValidatorsCode().
 */
export function createAjv({ source = false } = {}): Ajv {
  // strictRequired is off because response schemas compose with allOf: a piece may require a
  // property that a sibling $ref defines. Every documented 200 body is validated in
  // src/api/examples.test.ts, which catches a misspelt required name.
  const ajv = new Ajv({
    strict: true,
    strictRequired: false,
    allErrors: false,
    allowUnionTypes: true,
    code: { source, lines: source, formats: FORMATS_CODE },
  });
  addFormats(ajv, ['date-time', 'date', 'email']);
  addConnectFiKeywords(ajv);
  for (const schema of Object.values(rawSchemas())) ajv.addSchema(schema);
  return ajv;
}

export const requestSchemaId = (op: OperationSpec) => `${op.slug}.request`;
export const responseSchemaId = (op: OperationSpec) => `${op.slug}.response`;

/** The full 200 envelope of an operation: { code: "0", data, requestId }. */
export function successEnvelope(op: OperationSpec): JsonSchema {
  return {
    type: 'object',
    required: ['code', 'data', 'requestId'],
    properties: {
      code: { const: '0' },
      data: op.responseData,
      requestId: { $ref: 'envelope#/definitions/requestId' },
    },
  };
}

let schemasById: Record<string, JsonSchema> | undefined;

/** Every schema of the project by its $id: the common ones, then each operation's request and 200 envelope. */
export function rawSchemas(): Readonly<Record<string, JsonSchema>> {
  if (schemasById) return schemasById;
  const byId: Record<string, JsonSchema> = {};
  const commonDir = path.join(SCHEMAS_DIR, 'common');
  for (const f of readdirSync(commonDir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const schema = readJson<JsonSchema>(path.join(commonDir, f));
    byId[schema.$id as string] = schema;
  }
  for (const op of ALL_OPERATIONS) {
    byId[requestSchemaId(op)] = { ...op.request, $id: requestSchemaId(op) };
    byId[responseSchemaId(op)] = { ...successEnvelope(op), $id: responseSchemaId(op) };
  }
  return (schemasById = byId);
}

let instance: Ajv | undefined;

/** The project's Ajv instance, made on first use (for schemas built at run time, such as a oneOf branch). */
export function projectAjv(): Ajv {
  return (instance ??= createAjv());
}

/** The schemas a run validates against, by the id validateRequest, validateResponse and validateErrorBody use. */
export function validatedSchemaIds(): string[] {
  return [...ALL_OPERATIONS.flatMap((op) => [requestSchemaId(op), responseSchemaId(op)]), ...ERROR_KINDS.map(errorSchemaId)];
}

const ERROR_KINDS = ['error', 'requestValidateError', 'unauthorized'] as const;
const errorSchemaId = (kind: (typeof ERROR_KINDS)[number]) => `envelope#/definitions/${kind}`;

/**
 * The file `npm run generate` writes: Ajv's standalone code for every validated schema, so that
 * no process compiles a schema at run time (docs/architecture.md, "Data flow"). It exports one function
 * per schema id and requires only ajv's runtime helpers and keyword-runtime.cjs.
 */
export const STANDALONE_FILE = 'validators.cjs';

export function standaloneValidatorsCode(): string {
  const ajv = createAjv({ source: true });
  const ids = validatedSchemaIds();
  const code = standaloneCode(ajv, Object.fromEntries(ids.map((id) => [id, id])));
  return `// DO NOT EDIT: written by \`npm run generate\` from schemas/ (src/api/validator.ts, standaloneValidatorsCode).\n${code}\n`;
}

type Validate = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

// Where the validators come from: generated/validators.cjs (the default), or Ajv compiling the
// schemas in this process, which `npm run generate` asks for (the file it writes must not be read
// while it is being built).
let source: 'generated' | 'compiled' = 'generated';
let loaded: Record<string, Validate> | undefined;
const stats = { schemas: 0, ms: 0 };

/** Validate from the schemas themselves, not from generated/: for `npm run generate` and tests. */
export function compileFromSchemas(): void {
  source = 'compiled';
  loaded = undefined;
}

/** Schemas made ready by this process so far (loaded or compiled) and the time it took. Timed for `run --profile`. */
export function compileStats(): { schemas: number; ms: number } {
  return { ...stats };
}

function validators(): Record<string, Validate> {
  if (loaded) return loaded;
  const t0 = performance.now();
  if (source === 'generated') {
    loaded = createRequire(import.meta.url)(path.join(GENERATED_DIR, STANDALONE_FILE)) as Record<string, Validate>;
    stats.schemas = Object.keys(loaded).length;
  } else {
    const ajv = projectAjv();
    loaded = {};
    for (const id of validatedSchemaIds()) {
      Object.defineProperty(loaded, id, { enumerable: true, get: () => ajv.getSchema(id) });
    }
    stats.schemas = validatedSchemaIds().length;
  }
  stats.ms += performance.now() - t0;
  return loaded;
}

export function toAjvErrors(errors: ErrorObject[] | null | undefined): AjvError[] {
  return (errors ?? []).map(({ instancePath, schemaPath, keyword, params, message }) => ({
    instancePath,
    schemaPath,
    keyword,
    params: { ...params },
    ...(message === undefined ? {} : { message }),
  }));
}

function run(id: string, value: unknown): ValidationResult {
  const fn = validators()[id];
  if (!fn) throw new Error(`schema ${id} is not registered`);
  const valid = fn(value);
  return { valid, errors: valid ? [] : toAjvErrors(fn.errors) };
}

/** Validates a request body (or, for GET application, its path parameters) like connectFi does. */
export function validateRequest(operation: string, body: unknown): ValidationResult {
  return run(requestSchemaId(getOperation(operation)), body);
}

/** Validates a full 200 response body (the envelope and its data) against the documented schema. */
export function validateResponse(operation: string, body: unknown): ValidationResult {
  return run(responseSchemaId(getOperation(operation)), body);
}

/** Validates an error body against the error envelope (or the 401 shape). */
export function validateErrorBody(body: unknown, kind: 'error' | 'requestValidateError' | 'unauthorized' = 'error'): ValidationResult {
  return run(errorSchemaId(kind), body);
}
