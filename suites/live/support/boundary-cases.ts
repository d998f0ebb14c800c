import { OPERATIONS, validateRequest, type AjvError, type DocRef, type OperationSpec } from '../../../src/api/index.ts';
import { exemptions, loadExamples } from '../../../src/api/examples.ts';
import { deref, type Schema } from '../../../src/generators/index.ts';

/**
 * The near-miss table of the boundaries family, derived from the request schemas of
 * schemas/operations/ (docs/architecture.md, "Data over code"): for every documented length,
 * count, range, date and enum of a request, the value exactly at each limit (accepted) and the
 * value one character, digit, cent or day past it (refused with requestValidateError naming the
 * keyword and instancePath a conforming Ajv reports; README.md, "Error envelope"). The expected
 * error comes from the project's validator, never from a target.
 */

/** One value at or one step past a limit of a field. */
export interface NearMiss {
  /** What it is, for the title and the transcript: "61 characters (maxLength 60)". */
  label: string;
  value: unknown;
  /** A reference of this length, unique to the run, is sent instead of `value` (reference-bearing writes). */
  freshReference?: number;
  /** The error a conforming validator reports for it; absent: the value is accepted. */
  refusal?: { keyword: string; instancePath: string };
}

export interface BoundaryCase {
  id: string;
  operation: string;
  /** The JSON pointer of the field (Ajv's instancePath). */
  path: string;
  /** A documented valid body of the operation (the branch that holds the field, for a oneOf). */
  base: Record<string, unknown>;
  /** The field's own constraint keywords: an accepted value must not be refused for one of them. */
  keywords: string[];
  misses: NearMiss[];
  docRef: { file: string; heading: string };
}

const SCHEMA_DETAILS = { file: 'README.md', heading: 'Schema details the overview page leaves out' };
/** The common definitions whose limits README.md states ("`reference` is common-reference ... 1-32", "IDs are common-id ... 1-36", "Amounts are common-amount"). */
const README_DEFINITIONS = new Set(['id', 'idNullable', 'reference', 'amount']);
const FIELD_KEYWORDS = ['type', 'enum', 'minLength', 'maxLength', 'pattern', 'format', 'minimum', 'exclusiveMinimum', 'amountPrecision'];

/**
 * Fields left out, each with its reason: a limit the docs do not give, or a near-miss value another
 * check already sends (the key is "<operation> <path>", or "<operation> <path> <label>").
 */
export const LEFT_OUT: Readonly<Record<string, string>> = {
  '/ibis/card/reissue /profile':
    'errata reissue-profile-undocumented: the reissue profile is typed from its example, no limits are documented',
  '/ibis/card/set-pin /pin': 'pin.set-pin.invalid.three-digits, .five-digits and pin.edge-value.* probe both ends',
  '/ibis/card/check-pin /pin': 'pin.check-pin.invalid.three-digits and .five-digits probe both ends',
  '/ibis/card/set-status /description 61 characters (maxLength 60)': 'validation.max-length.set-status-description',
  '/ibis/financial/funds-credit /description 61 characters (maxLength 60)': 'validation.max-length.funds-credit-description',
  '/ibis/account/add /reference 33 characters (maxLength 32)': 'validation.max-length.reference',
  '/ibis/financial/funds-credit /amount 0 (exclusiveMinimum 0)':
    'validation.documented.financial-funds-credit.400.amount-exclusive-minimum',
};

/** Whether LEFT_OUT names the field at `path` (or an object holding it), or this near-miss of it. */
function leftOut(operation: string, path: string, label?: string): boolean {
  return Object.keys(LEFT_OUT).some((key) => {
    const [op, field, ...words] = key.split(' ');
    if (op !== operation) return false;
    if (words.length > 0) return label !== undefined && field === path && words.join(' ') === label;
    return path === field || path.startsWith(`${field}/`);
  });
}

const swapFirstCase = (v: string): string => {
  const c = v[0];
  return (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()) + v.slice(1);
};

/**
 * A string of `n` characters made of a character the field's pattern accepts at the length `fits`
 * (the documented value itself where it has `n` characters).
 */
function filler(s: Schema, documented: unknown, n: number, fits: number): string {
  if (typeof documented === 'string' && documented.length === n) return documented;
  const pattern = typeof s.pattern === 'string' ? new RegExp(s.pattern) : undefined;
  for (const c of ['x', 'A', '1']) if (!pattern || pattern.test(c.repeat(Math.max(1, fits)))) return c.repeat(n);
  throw new Error(`boundary table: no filler character fits ${String(s.pattern)}`);
}

function enumMisses(values: string[]): NearMiss[] {
  const ends = [...new Set([values[0], values[values.length - 1]])];
  const out: NearMiss[] = ends.map((v) => ({ label: `"${v}" (an end of the enum)`, value: v }));
  const numbers = values.map(Number);
  const consecutive = values.every((v, i) => /^\d+$/.test(v) && (i === 0 || numbers[i] === numbers[i - 1] + 1));
  if (consecutive) {
    const below = String(numbers[0] - 1);
    const above = String(numbers[numbers.length - 1] + 1);
    out.push({ label: `"${below}" (one below the enum)`, value: below }, { label: `"${above}" (one above the enum)`, value: above });
  } else {
    for (const v of ends.filter((e) => /[a-zA-Z]/.test(e)))
      out.push({ label: `"${swapFirstCase(v)}" (the case of "${v}" swapped)`, value: swapFirstCase(v) });
  }
  return out;
}

/** ibis-overview.txt, "Transaction History Inquiry with /ibis": YYYY-MM-DD calendar days. */
const DATE_MISSES: NearMiss[] = [
  { label: '2024-02-29 (a leap day)', value: '2024-02-29' },
  { label: '2023-12-31 (the last day of a year)', value: '2023-12-31' },
  { label: '2023-02-29 (one day past February in a common year)', value: '2023-02-29' },
  { label: '2023-04-31 (one day past a 30-day month)', value: '2023-04-31' },
  { label: '2023-13-01 (one month past December)', value: '2023-13-01' },
  { label: '2023-12-1 (one digit short)', value: '2023-12-1' },
  { label: '2023-12-011 (one digit too many)', value: '2023-12-011' },
];

function lengthMisses(s: Schema, documented: unknown, reference: boolean): NearMiss[] {
  const fixed = typeof s.pattern === 'string' ? /^\^\\d\{(\d+)\}\$$|^\^\[A-Z\]\{(\d+)\}\$$/.exec(s.pattern) : null;
  const max = fixed ? Number(fixed[1] ?? fixed[2]) : (s.maxLength as number | undefined);
  const min = fixed ? max! : ((s.minLength as number | undefined) ?? 0);
  if (max === undefined) return [];
  const what = fixed ? `pattern ${String(s.pattern)}` : '';
  const at = (n: number, bound: string): NearMiss => ({
    label: `${n} character${n === 1 ? '' : 's'} (${what || bound})`,
    value: filler(s, documented, n, max),
    ...(reference && n > 1 ? { freshReference: n } : {}),
  });
  const out: NearMiss[] = [at(max, `maxLength ${max}`)];
  if (min !== max) out.push(at(min, min === 0 ? 'minLength 0: empty' : `minLength ${min}`));
  out.push({ ...at(max + 1, `maxLength ${max}`), freshReference: undefined });
  if (min > 0) out.push({ ...at(min - 1, `minLength ${min}`), freshReference: undefined });
  // An upper-case-only pattern: the accepted value in lower case (errata currency-pattern: "usd" is a pattern error).
  const accepted = out[0].value as string;
  if (/^\^\[A-Z\]/.test(String(s.pattern)) && accepted.toLowerCase() !== accepted)
    out.push({ label: `"${accepted.toLowerCase()}" (lower case)`, value: accepted.toLowerCase() });
  return out;
}

function numberMisses(s: Schema): NearMiss[] {
  const out: NearMiss[] = [];
  if (typeof s.exclusiveMinimum === 'number') {
    const m = s.exclusiveMinimum;
    out.push({ label: `${m + 0.01} (one cent above the exclusive minimum ${m})`, value: m + 0.01 });
    out.push({ label: `${m} (exclusiveMinimum ${m})`, value: m });
    out.push({ label: `${m - 0.01} (one cent below it)`, value: m - 0.01 });
  }
  if (s.amountPrecision === 2) {
    out.push({ label: '19.99 (two decimals)', value: 19.99 });
    out.push({ label: '19.999 (three decimals: amountPrecision 2)', value: 19.999 });
  }
  if (typeof s.minimum === 'number') {
    out.push({ label: `${s.minimum} (minimum ${s.minimum})`, value: s.minimum });
    out.push({ label: `${s.minimum - 1} (one below the minimum)`, value: s.minimum - 1 });
  }
  return out;
}

/** The near-misses of one field, by the keywords of its (dereferenced) schema. */
export function nearMisses(s: Schema, documented: unknown, definition: string | undefined): NearMiss[] {
  if (Array.isArray(s.enum)) return enumMisses(s.enum.filter((v): v is string => typeof v === 'string'));
  if (s.type === 'string' && s.format === 'dateISO') return DATE_MISSES;
  if (s.type === 'string') return lengthMisses(s, documented, definition === 'reference');
  if (s.type === 'number' || s.type === 'integer') return numberMisses(s);
  return [];
}

const definitionOf = (node: Schema): string | undefined =>
  typeof node.$ref === 'string' ? /#\/definitions\/([^/]+)$/.exec(node.$ref)?.[1] : undefined;

function docOf(x: unknown): { file: string; heading: string } | undefined {
  const d = (Array.isArray(x) ? x[0] : x) as DocRef | undefined;
  return d ? { file: d.file, heading: d.heading } : undefined;
}

const valueAt = (body: unknown, path: string): unknown =>
  path
    .split('/')
    .slice(1)
    .reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), body);

/** A copy of `body` with `value` at `path`, creating the objects on the way. */
export function withValue(body: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(body);
  const keys = path.split('/').slice(1);
  let node = copy;
  for (const k of keys.slice(0, -1)) {
    if (node[k] === null || typeof node[k] !== 'object') node[k] = {};
    node = node[k] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]] = value;
  return copy;
}

/** The documented valid request bodies of an operation, one per oneOf branch that has one. */
function baseBodies(op: OperationSpec): { branch: Schema; body: Record<string, unknown> }[] {
  const root = deref(op.request);
  const branches = Array.isArray(root.oneOf) ? (root.oneOf as Schema[]).map(deref) : [root];
  const exempt = exemptions();
  const bodies = loadExamples()
    .filter((e) => e.operation === op.operation && !exempt.has(`${e.name}:request`) && op.requestIn === 'body')
    .map((e) => e.request.body as Record<string, unknown>)
    .filter((b) => b !== null && typeof b === 'object' && validateRequest(op.operation, b).valid);
  return branches.flatMap((branch) => {
    const keys = Object.keys(branch.properties ?? {});
    const body = bodies.find((b) => Object.keys(b).every((k) => keys.includes(k)));
    return body ? [{ branch, body }] : [];
  });
}

/** The refusal a conforming validator reports at `path` for `body`, or undefined when it accepts the field. */
export function refusalAt(operation: string, body: unknown, path: string, keywords: string[]): AjvError | undefined {
  return validateRequest(operation, body).errors.find((e) => e.instancePath === path && keywords.includes(e.keyword));
}

interface Walk {
  op: OperationSpec;
  base: Record<string, unknown>;
  out: BoundaryCase[];
  seen: Set<string>;
}

function leaf(w: Walk, node: Schema, path: string, doc: { file: string; heading: string }): void {
  const s = deref(node);
  const definition = definitionOf(node);
  const keywords = FIELD_KEYWORDS.filter((k) => k in s);
  const misses = nearMisses(s, valueAt(w.base, path), definition)
    .filter((m) => !leftOut(w.op.operation, path, m.label))
    .map((m) => {
      const body = withValue(w.base, path, m.value);
      const error = refusalAt(w.op.operation, body, path, keywords);
      const valid = validateRequest(w.op.operation, body).valid;
      if (!error && !valid) throw new Error(`boundary table: ${w.op.operation} ${path} ${m.label} is refused elsewhere in the body`);
      return error ? { ...m, refusal: { keyword: error.keyword, instancePath: error.instancePath } } : m;
    });
  if (misses.length === 0 || w.seen.has(path)) return;
  w.seen.add(path);
  const own = docOf(s['x-doc']) ?? (definition && README_DEFINITIONS.has(definition) ? SCHEMA_DETAILS : undefined);
  w.out.push({
    id: `boundaries.${w.op.slug}.${path.slice(1).replace(/\//g, '.')}`,
    operation: w.op.operation,
    path,
    base: w.base,
    keywords,
    misses,
    docRef: own ?? doc,
  });
}

function walk(w: Walk, node: Schema, path: string, doc: { file: string; heading: string }): void {
  if (leftOut(w.op.operation, path)) return;
  const s = deref(node);
  const here = docOf(s['x-doc']) ?? doc;
  if (s.type === 'object' || s.properties) {
    for (const [key, sub] of Object.entries((s.properties ?? {}) as Record<string, Schema>)) walk(w, sub, `${path}/${key}`, here);
    return;
  }
  leaf(w, node, path, doc);
}

/** Every boundary case of every operation with a JSON body, in the catalogue's order. */
export function boundaryCases(operations: readonly OperationSpec[] = OPERATIONS): BoundaryCase[] {
  const out: BoundaryCase[] = [];
  for (const op of operations) {
    const doc = docOf(op['x-doc'])!;
    const seen = new Set<string>();
    for (const { branch, body } of baseBodies(op)) walk({ op, base: body, out, seen }, branch, '', doc);
  }
  return out;
}
