import type { JsonSchema } from './catalogue.ts';
import type { SchemaSet } from './schema-set.ts';
import { derefIn, schemasAt } from './schema-at.ts';

/**
 * Compares one schema of two revisions keyword by keyword, in step, `$ref`s resolved in each
 * revision (docs/architecture.md, "Spec diff"). Each difference is noted with the instance path it
 * concerns (a JSON pointer, `*` for array items) and its direction: `narrower` (something valid
 * before is refused now), `wider` (only accepts more), `changed` (both, or undecidable: a new
 * pattern). What a direction means for whom is the caller's (schema-diff.ts).
 */
export type Direction = 'narrower' | 'wider' | 'changed';

export interface Note {
  path: string;
  change: string;
  direction: Direction;
}

const LOWER_BOUNDS = ['minLength', 'minimum', 'exclusiveMinimum', 'minItems', 'minProperties'];
const UPPER_BOUNDS = ['maxLength', 'maximum', 'exclusiveMaximum', 'maxItems', 'maxProperties'];
/** Keywords compared by their own rule below; any other keyword that is not an annotation is a constraint. */
const COMPARED = new Set([
  '$ref',
  'type',
  'nullable',
  'enum',
  'const',
  'pattern',
  'format',
  'required',
  'properties',
  'additionalProperties',
  'items',
  'allOf',
  'oneOf',
  'anyOf',
  'if',
  'then',
  'else',
  ...LOWER_BOUNDS,
  ...UPPER_BOUNDS,
]);
const ANNOTATIONS = new Set(['description', '$comment', 'title', 'examples', 'default', '$id', 'deprecated', 'readOnly', 'writeOnly']);
/** Schemas in this project are not recursive: deeper than this is a cycle. */
const MAX_DEPTH = 40;

type Schema = JsonSchema;
const json = (v: unknown) => JSON.stringify(v);
const show = (v: unknown) => (typeof v === 'string' ? v : json(v));
const pointer = (path: string, key: string) => `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;

function typesOf(s: Schema): Set<string> | undefined {
  if (s.type === undefined) return undefined;
  const types = new Set<string>(Array.isArray(s.type) ? (s.type as string[]) : [s.type as string]);
  if (s.nullable === true) types.add('null');
  return types;
}

/** Types in `a` that `b` no longer accepts ("integer" is inside "number"). */
function lost(a: Set<string>, b: Set<string>): string[] {
  return [...a].filter((t) => !b.has(t) && !(t === 'integer' && b.has('number')));
}

/**
 * `a` implies `b` when every keyword of `b` stands in `a` with the same value: {type: "object",
 * required: [...]} implies {type: "object"}. Cheap, and blind to how keywords combine: what it
 * cannot tell is reported as a change.
 */
function implies(a: unknown, b: unknown): boolean {
  if (json(a) === json(b)) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  const x = a as Schema;
  return Object.entries(b as Schema).every(([key, value]) => ANNOTATIONS.has(key) || key.startsWith('x-') || json(x[key]) === json(value));
}

export class SchemaComparer {
  readonly notes: Note[] = [];
  private roots: { before: unknown; after: unknown; path: string } | undefined;

  constructor(
    private readonly before: SchemaSet,
    private readonly after: SchemaSet,
  ) {}

  /** Compares two revisions of one whole schema (a request, a 200's data) found at `path` of the body. */
  compareRoots(a: unknown, b: unknown, path: string): void {
    this.roots = { before: a, after: b, path };
    this.compare(a, b, path);
  }

  compare(a: unknown, b: unknown, path: string, where = '', depth = 0): void {
    if (depth > MAX_DEPTH) return;
    const x = derefIn(this.before, a);
    const y = derefIn(this.after, b);
    if (x === undefined || y === undefined) return; // an added or removed property: the parent notes it
    if (typeof x !== 'object' || typeof y !== 'object') {
      if (json(x) !== json(y)) this.note(path, `schema ${show(x)} → ${show(y)}`, 'changed', where);
      return;
    }
    this.types(x, y, path, where);
    this.values(x, y, path, where);
    this.strings(x, y, path, where);
    this.bounds(x, y, path, where);
    this.otherKeywords(x, y, path, where);
    this.objects(x, y, path, where, depth);
    this.arrays(x, y, path, where, depth);
    this.branches(x, y, path, where, depth);
  }

  private note(path: string, change: string, direction: Direction, where: string): void {
    this.notes.push({ path: path || '/', change: where ? `${change} (${where})` : change, direction });
  }

  private types(a: Schema, b: Schema, path: string, where: string): void {
    const x = typesOf(a);
    const y = typesOf(b);
    if (!x && !y) return;
    const text = (t: Set<string> | undefined) => (t ? [...t].sort().join('|') : 'any');
    const change = `type ${text(x)} → ${text(y)}`;
    if (!x) return this.note(path, change, 'narrower', where);
    if (!y) return this.note(path, change, 'wider', where);
    const gone = lost(x, y);
    const gained = lost(y, x);
    if (gone.length && gained.length) this.note(path, change, 'changed', where);
    else if (gone.length) this.note(path, change, 'narrower', where);
    else if (gained.length) this.note(path, change, 'wider', where);
  }

  private values(a: Schema, b: Schema, path: string, where: string): void {
    if (Array.isArray(a.enum) || Array.isArray(b.enum)) {
      if (!Array.isArray(a.enum)) this.note(path, `now one of ${show(b.enum)}`, 'narrower', where);
      else if (!Array.isArray(b.enum)) this.note(path, `no longer limited to ${show(a.enum)}`, 'wider', where);
      else {
        const x = new Set(a.enum.map(json));
        const y = new Set(b.enum.map(json));
        const removed = [...x].filter((v) => !y.has(v));
        const added = [...y].filter((v) => !x.has(v));
        if (removed.length) this.note(path, `enum no longer allows ${removed.join(', ')}`, 'narrower', where);
        if (added.length) this.note(path, `enum now allows ${added.join(', ')}`, 'wider', where);
      }
    }
    if (json(a.const) !== json(b.const)) {
      const dir = a.const === undefined ? 'narrower' : b.const === undefined ? 'wider' : 'changed';
      this.note(
        path,
        `const ${a.const === undefined ? 'none' : json(a.const)} → ${b.const === undefined ? 'none' : json(b.const)}`,
        dir,
        where,
      );
    }
  }

  private strings(a: Schema, b: Schema, path: string, where: string): void {
    for (const key of ['pattern', 'format']) {
      if (a[key] === b[key]) continue;
      const dir = a[key] === undefined ? 'narrower' : b[key] === undefined ? 'wider' : 'changed';
      this.note(
        path,
        `${key} ${a[key] === undefined ? 'none' : show(a[key])} → ${b[key] === undefined ? 'none' : show(b[key])}`,
        dir,
        where,
      );
    }
  }

  private bounds(a: Schema, b: Schema, path: string, where: string): void {
    for (const [keys, tighter] of [
      [LOWER_BOUNDS, (x: number, y: number) => y > x],
      [UPPER_BOUNDS, (x: number, y: number) => y < x],
    ] as const) {
      for (const key of keys) {
        const x = a[key];
        const y = b[key];
        if (json(x) === json(y)) continue;
        const change = `${key} ${x === undefined ? 'none' : show(x)} → ${y === undefined ? 'none' : show(y)}`;
        if (x === undefined) this.note(path, change, 'narrower', where);
        else if (y === undefined) this.note(path, change, 'wider', where);
        else if (typeof x === 'number' && typeof y === 'number') this.note(path, change, tighter(x, y) ? 'narrower' : 'wider', where);
        else this.note(path, change, 'changed', where);
      }
    }
  }

  /** Custom keywords (amountPrecision, isNotOnlyWhitespace...), multipleOf, not...: added narrows, removed widens. */
  private otherKeywords(a: Schema, b: Schema, path: string, where: string): void {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      if (COMPARED.has(key) || ANNOTATIONS.has(key) || key.startsWith('x-') || json(a[key]) === json(b[key])) continue;
      const x = a[key];
      const y = b[key];
      const change = `${key} ${x === undefined ? 'none' : show(x)} → ${y === undefined ? 'none' : show(y)}`;
      // amountPrecision: more decimal places accepted is wider (README.md, "Schema details the overview page leaves out").
      const precision = key === 'amountPrecision' && typeof x === 'number' && typeof y === 'number';
      const dir = x === undefined ? 'narrower' : y === undefined ? 'wider' : precision ? (y > x ? 'wider' : 'narrower') : 'changed';
      this.note(path, change, dir, where);
    }
  }

  private objects(a: Schema, b: Schema, path: string, where: string, depth: number): void {
    const x = new Set(Array.isArray(a.required) ? (a.required as string[]) : []);
    const y = new Set(Array.isArray(b.required) ? (b.required as string[]) : []);
    for (const name of y) if (!x.has(name)) this.note(pointer(path, name), 'became required', 'narrower', where);
    for (const name of x) if (!y.has(name)) this.note(pointer(path, name), 'no longer required', 'wider', where);
    const before = (a.properties ?? {}) as Record<string, unknown>;
    const after = (b.properties ?? {}) as Record<string, unknown>;
    for (const name of Object.keys(after)) if (!(name in before)) this.added(a, after[name], pointer(path, name), where);
    for (const name of Object.keys(before)) {
      if (name in after) this.compare(before[name], after[name], pointer(path, name), where, depth + 1);
      else this.removed(b, before[name], pointer(path, name), where);
    }
    const ax = a.additionalProperties;
    const bx = b.additionalProperties;
    if (ax !== false && bx === false) this.note(path, 'extra fields are now refused (additionalProperties false)', 'narrower', where);
    else if (ax === false && bx !== false) this.note(path, 'extra fields are now accepted', 'wider', where);
    else if (typeof ax === 'object' && typeof bx === 'object') this.compare(ax, bx, `${path}/*`, where, depth + 1);
  }

  /**
   * A property this part of the schema did not name. New to the body: compatible (a body never
   * had it). Named elsewhere in the old schema (another allOf part): constrained again, which
   * narrows unless it repeats a constraint already there.
   */
  private added(a: Schema, schema: unknown, path: string, where: string): void {
    const elsewhere = this.roots ? schemasAt(this.before, this.roots.before, this.roots.path, path) : [];
    const now = derefIn(this.after, schema);
    if (elsewhere.length === 0)
      this.note(path, a.additionalProperties === false ? 'added: now accepted (extra fields were refused)' : 'added', 'wider', where);
    else if (!elsewhere.some((s) => implies(s, now))) this.note(path, `constrained again: ${json(now)}`, 'narrower', where);
  }

  /** A property this part no longer names: refused where extra fields are, else no longer constrained here. */
  private removed(b: Schema, schema: unknown, path: string, where: string): void {
    const elsewhere = this.roots ? schemasAt(this.after, this.roots.after, this.roots.path, path) : [];
    const then = derefIn(this.before, schema);
    if (b.additionalProperties === false && elsewhere.length === 0)
      this.note(path, 'removed: now refused (extra fields are refused)', 'narrower', where);
    else if (elsewhere.length === 0) this.note(path, 'removed: no longer described (any value passes)', 'wider', where);
    else if (!elsewhere.some((s) => implies(s, then))) this.note(path, `no longer constrained by ${json(then)}`, 'wider', where);
  }

  private arrays(a: Schema, b: Schema, path: string, where: string, depth: number): void {
    if (a.items === undefined && b.items === undefined) return;
    if (a.items === undefined) return this.note(`${path}/*`, 'items are now described', 'narrower', where);
    if (b.items === undefined) return this.note(`${path}/*`, 'items are no longer described', 'wider', where);
    this.compare(a.items, b.items, `${path}/*`, where, depth + 1);
  }

  private branches(a: Schema, b: Schema, path: string, where: string, depth: number): void {
    const added = { allOf: 'narrower', anyOf: 'wider', oneOf: 'changed' } as const;
    const removed = { allOf: 'wider', anyOf: 'narrower', oneOf: 'narrower' } as const;
    for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
      const x = Array.isArray(a[key]) ? (a[key] as unknown[]) : [];
      const y = Array.isArray(b[key]) ? (b[key] as unknown[]) : [];
      // An allOf part constrains the same value: only an alternative (oneOf, anyOf) is worth naming.
      const within = (i: number) => (key === 'allOf' ? where : `${key} ${i + 1}${where ? `, ${where}` : ''}`);
      for (let i = 0; i < Math.min(x.length, y.length); i++) this.compare(x[i], y[i], path, within(i), depth + 1);
      for (let i = x.length; i < y.length; i++) this.note(path, `${key} ${i + 1} added`, added[key], where);
      for (let i = y.length; i < x.length; i++) this.note(path, `${key} ${i + 1} removed`, removed[key], where);
    }
    if (json(a.if) !== json(b.if)) this.note(path, 'the condition (if) changed', 'changed', where);
    for (const key of ['then', 'else'] as const) {
      if (a[key] !== undefined && b[key] !== undefined) this.compare(a[key], b[key], path, `${key}${where ? `, ${where}` : ''}`, depth + 1);
      else if (b[key] !== undefined) this.note(path, `${key} added`, 'narrower', where);
      else if (a[key] !== undefined) this.note(path, `${key} removed`, 'wider', where);
    }
  }
}
