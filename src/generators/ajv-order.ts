import { decimalPlaces, isDateISO, isNotOnlyWhitespace } from '../api/index.ts';
import { deref, type Schema } from './schema-walk.ts';

/**
 * An independent model of which keyword Ajv 8 reports first for a scalar value (allErrors false,
 * README.md "Error envelope": connectFi validates with Ajv). The generators use it to label a
 * mutation with the keyword the schema makes it fail first; the generators' tests check the model
 * against the real validator. Ajv's evaluation order (lib/compile/validate, lib/compile/rules):
 *   1. `type` (with OpenAPI `nullable`: null passes the type check and skips the typed keywords);
 *   2. keywords that apply to every type: `enum`, `const`;
 *   3. the keywords of the value's type, built-ins in vocabulary order, then formats, then custom
 *      keywords in the order they were added (src/api/keywords.ts):
 *      number: maximum, minimum, exclusiveMaximum, exclusiveMinimum, multipleOf, amountPrecision
 *      string: maxLength, minLength, pattern, format, isNotOnlyWhitespace
 */

const FORMATS: Record<string, (s: string) => boolean> = { dateISO: isDateISO };

export function jsonType(value: unknown): 'null' | 'array' | 'object' | 'string' | 'number' | 'boolean' | 'other' {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const t = typeof value;
  return t === 'object' || t === 'string' || t === 'number' || t === 'boolean' ? t : 'other';
}

export function typeMatches(schema: Schema, value: unknown): boolean {
  if (value === null && schema.nullable === true) return true;
  if (schema.type === undefined) return true;
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
  const actual = jsonType(value);
  return types.some((t) => t === actual || (t === 'integer' && actual === 'number' && Number.isInteger(value)));
}

function ucs2length(s: string): number {
  return [...s].length; // Ajv counts code points, not UTF-16 units
}

function numberViolation(s: Schema, n: number): string | null {
  if (typeof s.maximum === 'number' && !(n <= s.maximum)) return 'maximum';
  if (typeof s.minimum === 'number' && !(n >= s.minimum)) return 'minimum';
  if (typeof s.exclusiveMaximum === 'number' && !(n < s.exclusiveMaximum)) return 'exclusiveMaximum';
  if (typeof s.exclusiveMinimum === 'number' && !(n > s.exclusiveMinimum)) return 'exclusiveMinimum';
  if (typeof s.multipleOf === 'number' && !Number.isInteger(n / s.multipleOf)) return 'multipleOf';
  if (typeof s.amountPrecision === 'number' && decimalPlaces(n) > s.amountPrecision) return 'amountPrecision';
  return null;
}

function stringViolation(s: Schema, v: string): string | null {
  if (typeof s.maxLength === 'number' && ucs2length(v) > s.maxLength) return 'maxLength';
  if (typeof s.minLength === 'number' && ucs2length(v) < s.minLength) return 'minLength';
  if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(v)) return 'pattern';
  if (typeof s.format === 'string') {
    const check = FORMATS[s.format];
    if (!check) throw new Error(`format "${s.format}" is not modelled by the generators`);
    if (!check(v)) return 'format';
  }
  if (s.isNotOnlyWhitespace === true && !isNotOnlyWhitespace(v)) return 'isNotOnlyWhitespace';
  return null;
}

/**
 * The keyword Ajv reports first for a scalar (or null) `value` against `schema`, or null when the
 * value is valid. Objects and arrays are not modelled: their mutations change one thing only.
 */
export function firstViolation(schema: Schema, value: unknown): string | null {
  const s = deref(schema);
  if (!typeMatches(s, value)) return 'type';
  if (Array.isArray(s.enum) && !s.enum.some((e) => e === value)) return 'enum';
  if ('const' in s && s.const !== value) return 'const';
  if (typeof value === 'number') return numberViolation(s, value);
  if (typeof value === 'string') return stringViolation(s, value);
  return null;
}
