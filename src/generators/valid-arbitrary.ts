import fc from 'fast-check';
import { getOperation } from '../api/index.ts';
import { firstViolation } from './ajv-order.ts';
import { allowedAlphabet, parsePattern, stringOf, type PatternModel } from './pattern-model.ts';
import { deref, type Schema } from './schema-walk.ts';

/**
 * Schema → fast-check arbitrary of VALID values, for the subset of JSON Schema used in schemas/
 * (README.md, "Schema details the overview page leaves out"): objects with required / optional
 * properties and oneOf branches, strings with pattern / length / enum / format dateISO /
 * isNotOnlyWhitespace, integers with minimum, numbers with exclusiveMinimum and amountPrecision,
 * and OpenAPI `nullable`. An unsupported keyword throws instead of generating wrong data.
 */

const cache = new WeakMap<Schema, fc.Arbitrary<unknown>>();

/** Lengths below this are enough to exercise a string without an upper bound. */
const UNBOUNDED_EXTRA = 40;

export function lengthBounds(s: Schema, model?: PatternModel): [number, number] {
  let min = typeof s.minLength === 'number' ? s.minLength : 0;
  let max = typeof s.maxLength === 'number' ? s.maxLength : Infinity;
  if (model?.kind === 'charset') {
    min = Math.max(min, model.min);
    if (model.max !== undefined) max = Math.min(max, model.max);
  }
  return [min, Number.isFinite(max) ? max : min + UNBOUNDED_EXTRA];
}

/** Real calendar days (dateISO), 1900-2099. */
export const dateISO: fc.Arbitrary<string> = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

function validString(s: Schema): fc.Arbitrary<unknown> {
  if (Array.isArray(s.enum)) return fc.constantFrom(...(s.enum as unknown[]));
  if (s.format === 'dateISO') return dateISO.filter((v) => firstViolation(s, v) === null);
  if (s.format !== undefined) throw new Error(`format ${JSON.stringify(s.format)} is not supported by the generators`);
  const model = typeof s.pattern === 'string' ? parsePattern(s.pattern) : undefined;
  const [min, max] = lengthBounds(s, model);
  const alphabet = allowedAlphabet(model);
  const raw = alphabet ? stringOf(alphabet, min, max) : fc.stringMatching((model as { regex: RegExp }).regex);
  // The filter only drops what the construction cannot exclude (a blank isNotOnlyWhitespace string,
  // a stringMatching result of the wrong length); it never starves.
  return raw.filter((v) => firstViolation(s, v) === null);
}

function lowerBound(s: Schema): { value: number; exclusive: boolean } | undefined {
  if (typeof s.minimum === 'number') return { value: s.minimum, exclusive: false };
  if (typeof s.exclusiveMinimum === 'number') return { value: s.exclusiveMinimum, exclusive: true };
  return undefined;
}

function validNumber(s: Schema): fc.Arbitrary<number> {
  const lower = lowerBound(s);
  if (s.type === 'integer') {
    const min = lower ? (lower.exclusive ? Math.floor(lower.value) + 1 : Math.ceil(lower.value)) : -1_000_000;
    return fc.integer({ min, max: min + 1_000_000 });
  }
  if (typeof s.amountPrecision === 'number') {
    // Built from integer units (cents for amountPrecision 2): never a binary-fraction surprise.
    const scale = 10 ** s.amountPrecision;
    const minUnits = lower ? Math.floor(lower.value * scale) + (lower.exclusive ? 1 : 0) : -1e11;
    return fc.integer({ min: minUnits, max: minUnits + 1e11 }).map((u) => u / scale);
  }
  return fc
    .double({ min: lower?.value ?? -1e9, minExcluded: lower?.exclusive ?? false, max: 1e9, noNaN: true })
    .filter((v) => firstViolation(s, v) === null);
}

export interface ObjectChange {
  omit?: string;
  set?: [string, fc.Arbitrary<unknown>];
}

/** An object valid for `s` (not oneOf), optionally without one property or with one forced. */
export function objectArbitrary(s: Schema, change: ObjectChange = {}): fc.Arbitrary<Record<string, unknown>> {
  const props = (s.properties ?? {}) as Record<string, Schema>;
  const required = (s.required ?? []) as string[];
  for (const k of required) if (!(k in props)) throw new Error(`required "${k}" has no schema in properties`);
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [k, sub] of Object.entries(props)) {
    if (k === change.omit) continue;
    model[k] = change.set?.[0] === k ? change.set[1] : validArbitrary(sub);
  }
  const requiredKeys = required.filter((k) => k !== change.omit);
  if (change.set && !requiredKeys.includes(change.set[0])) requiredKeys.push(change.set[0]);
  return fc.record(model, { requiredKeys });
}

function validObject(s: Schema): fc.Arbitrary<unknown> {
  if (Array.isArray(s.oneOf)) {
    if (s.properties || s.required) throw new Error('oneOf beside properties/required is not supported by the generators');
    return fc.oneof(...(s.oneOf as Schema[]).map((b) => validArbitrary(b)));
  }
  return objectArbitrary(s);
}

function build(s: Schema): fc.Arbitrary<unknown> {
  const type = s.type ?? (Array.isArray(s.oneOf) ? 'object' : undefined);
  let arb: fc.Arbitrary<unknown>;
  if (type === 'object') arb = validObject(s);
  else if (type === 'string') arb = validString(s);
  else if (type === 'integer' || type === 'number') arb = validNumber(s);
  else if (type === 'boolean') arb = fc.boolean();
  else throw new Error(`type ${JSON.stringify(type)} is not supported by the generators`);
  // nullable: null now and then (an enum that admits null already yields it).
  if (s.nullable === true && !Array.isArray(s.enum))
    arb = fc.oneof({ arbitrary: arb, weight: 4 }, { arbitrary: fc.constant(null), weight: 1 });
  return arb;
}

/** Values valid against `schema` (a `$ref` is followed). */
export function validArbitrary(schema: Schema): fc.Arbitrary<unknown> {
  const s = deref(schema);
  let arb = cache.get(s);
  if (!arb) {
    arb = build(s);
    cache.set(s, arb);
  }
  return arb;
}

/** Valid request bodies (path parameters for GET application) of an operation. */
export function validBody(operation: string): fc.Arbitrary<unknown> {
  return validArbitrary(getOperation(operation).request);
}
