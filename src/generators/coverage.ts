import fc from 'fast-check';
import { projectAjv, OPERATIONS, validateRequest } from '../api/index.ts';
import { jsonType } from './ajv-order.ts';
import { confirmsMutation, mutationCatalogue, toMutation } from './mutations.ts';
import { CONSTRAINT_KEYWORDS, constraintKeywords, deref, type Schema } from './schema-walk.ts';
import { DEFAULT_SEED, seedFor } from './seed.ts';
import { validBody } from './valid-arbitrary.ts';

/**
 * Keyword coverage (every constraint keyword of the request schemas is exercised, positively and negatively). Only constraint keywords count (schema-walk.ts:
 * annotations such as description, $comment, default, x-* and structure such as properties, $ref
 * never decide validity). A keyword is exercised
 *   - positively when a generated body that the validator ACCEPTS has a value at a schema node
 *     carrying the keyword, of a type the keyword applies to (pattern: a string there; nullable: a
 *     null there; oneOf: an object there; required / additionalProperties: an object there);
 *   - negatively when a mutation whose reported error the validator CONFIRMS (final error = stated
 *     keyword at stated instancePath, and the branch cause present) exercises it: its stated
 *     keyword, the cause's keyword inside a oneOf, and `nullable` for a wrong non-null type on a
 *     nullable node (Ajv reports `type` there: nullable admits null and nothing else).
 */

export interface KeywordCoverage {
  positive: string[];
  negative: string[];
}

const STRING_KEYWORDS = ['pattern', 'minLength', 'maxLength', 'format', 'isNotOnlyWhitespace'];
const NUMBER_KEYWORDS = ['minimum', 'exclusiveMinimum', 'amountPrecision'];
const branchValidators = new WeakMap<Schema, (v: unknown) => boolean>();

function branchAccepts(branch: Schema, value: unknown): boolean {
  let fn = branchValidators.get(branch);
  if (!fn) {
    const compiled = projectAjv().compile(branch);
    fn = (v) => compiled(v);
    branchValidators.set(branch, fn);
  }
  return fn(value);
}

/** The constraint keywords that applied to a (valid) value, walking the schema alongside it. */
export function appliedKeywords(schema: Schema, value: unknown, out = new Set<string>()): Set<string> {
  const s = deref(schema);
  if ('type' in s) out.add('type');
  if (Array.isArray(s.enum)) out.add('enum');
  if (value === null) {
    if (s.nullable === true) out.add('nullable');
    return out;
  }
  const t = jsonType(value);
  const typed =
    t === 'string' ? STRING_KEYWORDS : t === 'number' ? NUMBER_KEYWORDS : t === 'object' ? ['required', 'additionalProperties'] : [];
  for (const k of typed) if (k in s) out.add(k);
  if (t !== 'object') return out;
  const obj = value as Record<string, unknown>;
  for (const [k, sub] of Object.entries((s.properties ?? {}) as Record<string, Schema>)) if (k in obj) appliedKeywords(sub, obj[k], out);
  if (Array.isArray(s.oneOf)) {
    out.add('oneOf');
    for (const b of s.oneOf as Schema[]) if (branchAccepts(deref(b), value)) appliedKeywords(b, value, out);
  }
  return out;
}

export interface CoverageOptions {
  /** Valid samples per operation (default 300). */
  validSamples?: number;
  /** Samples per catalogue entry (default 3). */
  mutationSamples?: number;
  seed?: number;
}

/**
 * The coverage depends only on the options and the schemas, and takes seconds to sample: a process
 * that runs the suite several times (a self-check lane) computes it once per set of options.
 */
const computed = new Map<string, Record<string, KeywordCoverage>>();

/** Per operation, the constraint keywords its generators exercised positively and negatively. */
export function keywordCoverage(options: CoverageOptions = {}): Record<string, KeywordCoverage> {
  const { validSamples = 300, mutationSamples = 3, seed = DEFAULT_SEED } = options;
  const key = `${validSamples}/${mutationSamples}/${seed}`;
  const known = computed.get(key);
  if (known) return structuredClone(known);
  const out: Record<string, KeywordCoverage> = {};
  for (const op of OPERATIONS) {
    const present = new Set(constraintKeywords(op.operation));
    const positive = new Set<string>();
    for (const body of fc.sample(validBody(op.operation), { numRuns: validSamples, seed: seedFor(seed, op.operation, 'coverage') })) {
      if (validateRequest(op.operation, body).valid) appliedKeywords(op.request, body, positive);
    }
    const negative = new Set<string>();
    mutationCatalogue(op.operation).forEach((spec, i) => {
      for (const m of fc.sample(toMutation(spec), { numRuns: mutationSamples, seed: seedFor(seed, op.operation, `m${i}`) })) {
        if (confirmsMutation(op.operation, m)) for (const k of m.exercises) negative.add(k);
      }
    });
    const keep = (set: Set<string>) => CONSTRAINT_KEYWORDS.filter((k) => set.has(k) && present.has(k));
    out[op.operation] = { positive: keep(positive), negative: keep(negative) };
  }
  computed.set(key, out);
  return structuredClone(out);
}
