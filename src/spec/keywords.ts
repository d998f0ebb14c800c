import type { Ajv } from 'ajv';

/**
 * connectFi's custom Ajv keywords and formats (README.md, "Schema details the overview page
 * leaves out"). They are registered as plain `validate` keywords so that a failure is reported the
 * way connectFi's Ajv reports it: keyword = the custom keyword, params = {}, message
 * 'must pass "<keyword>" keyword validation' (compare the documented "$merge" error entry).
 */

/** Number of decimal places in the shortest decimal form of `n` (1e-7 has 7, 10.1 has 1). */
export function decimalPlaces(n: number): number {
  if (!Number.isFinite(n)) return Infinity;
  const m = /^-?\d+(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(n));
  if (!m) return Infinity;
  const fraction = m[1]?.length ?? 0;
  const exponent = Number(m[2] ?? 0);
  return Math.max(0, fraction - exponent);
}

/** isNotOnlyWhitespace: a string that is not made only of white space (" a " passes, "   " fails). */
export function isNotOnlyWhitespace(s: string): boolean {
  return s.trim().length > 0;
}

/** dateISO: YYYY-MM-DD naming a real calendar day (2023-02-29 fails, 2024-02-29 passes). */
export function isDateISO(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Annotation keywords this project adds to schemas: they carry citations, never constraints. */
export const ANNOTATION_KEYWORDS = ['x-doc', 'x-note', 'x-errata'];

export function addConnectFiKeywords(ajv: Ajv): void {
  ajv.addKeyword({
    keyword: 'isNotOnlyWhitespace',
    type: 'string',
    schemaType: 'boolean',
    validate: (schema: boolean, data: string) => !schema || isNotOnlyWhitespace(data),
  });
  ajv.addKeyword({
    keyword: 'amountPrecision',
    type: 'number',
    schemaType: 'number',
    validate: (places: number, data: number) => decimalPlaces(data) <= places,
  });
  ajv.addFormat('dateISO', { type: 'string', validate: isDateISO });
  for (const keyword of ANNOTATION_KEYWORDS) ajv.addKeyword({ keyword, schemaType: ['object', 'array', 'string'] });
}
