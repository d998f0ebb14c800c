import fc from 'fast-check';
import { getOperation, validateRequest } from '../api/index.ts';
import { firstViolation } from './ajv-order.ts';
import { leafMutations, typeMutations, type MutationSpec } from './leaf-mutations.ts';
import { deref, pointerJoin, type Schema } from './schema-walk.ts';
import { objectArbitrary, validArbitrary } from './valid-arbitrary.ts';

export type { MutationSpec } from './leaf-mutations.ts';

/** An invalid body, labelled with the error a conforming validator reports for it. */
export interface Mutation {
  body: unknown;
  /** The Ajv keyword of the reported error: the only error, or for a oneOf body the final one. */
  keyword: string;
  instancePath: string;
  description: string;
  /** Schema keywords this mutation exercises negatively. */
  exercises: string[];
  /** Inside a oneOf: the error the branch the body was built from must also report. */
  cause?: { keyword: string; instancePath: string };
}

const EXTRA_NAME = fc
  .string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'), minLength: 0, maxLength: 8 })
  .map((s) => `x${s}`);

/** Mutations of an object node that is not a oneOf: required, additionalProperties, and each property's. */
function objectMembers(s: Schema, path: string): MutationSpec[] {
  const props = (s.properties ?? {}) as Record<string, Schema>;
  const out: MutationSpec[] = [];
  for (const k of (s.required ?? []) as string[]) {
    out.push({
      keyword: 'required',
      instancePath: path,
      description: `${path || 'body'}: without required "${k}"`,
      exercises: ['required'],
      value: objectArbitrary(s, { omit: k }),
    });
  }
  if (s.additionalProperties === false) {
    const extra = fc.tuple(
      objectArbitrary(s),
      EXTRA_NAME.filter((n) => !(n in props)),
      fc.string({ maxLength: 4 }),
    );
    out.push({
      keyword: 'additionalProperties',
      instancePath: path,
      description: `${path || 'body'}: an additional property`,
      exercises: ['additionalProperties'],
      value: extra.map(([o, name, v]) => ({ ...o, [name]: v })),
    });
  }
  for (const [k, sub] of Object.entries(props)) {
    for (const m of mutationsAt(sub, pointerJoin(path, k))) {
      out.push({ ...m, value: objectArbitrary(s, { set: [k, m.value] }) });
    }
  }
  return out;
}

/** Properties every branch requires are shared; the others tell the branches apart. */
function distinguishing(branches: Schema[], i: number): string[] {
  const req = (b: Schema) => (b.required ?? []) as string[];
  return req(branches[i]).filter((k) => !branches.every((b) => req(b).includes(k)));
}

/**
 * A oneOf node: any single fault inside a branch's body makes every branch fail, and Ajv's final
 * error is then `oneOf` at the node (ibis-overview.txt, "Get the Status of a Card": the documented
 * requestValidateError lists each branch's error, then oneOf). Plus "both" and "neither".
 */
function oneOfMembers(s: Schema, path: string): MutationSpec[] {
  const branches = (s.oneOf as Schema[]).map((b) => deref(b));
  const out: MutationSpec[] = [];
  const label = (i: number) => `branch ${i} (${distinguishing(branches, i).join(', ') || 'no distinguishing property'})`;
  branches.forEach((b, i) => {
    for (const m of objectMembers(b, path)) {
      out.push({
        ...m,
        keyword: 'oneOf',
        instancePath: path,
        cause: { keyword: m.keyword, instancePath: m.instancePath },
        description: `${label(i)}, ${m.description}`,
        exercises: [...m.exercises, 'oneOf'],
      });
    }
  });
  const first = branches[0];
  const keys = distinguishing(branches, 0);
  if (keys.length > 0) {
    // Neither: the first branch's body without what tells it apart (card/register: owner and
    // reference, but neither card nor clearCard; card/status: {}).
    const props = Object.entries((first.properties ?? {}) as Record<string, Schema>).filter(([k]) => !keys.includes(k));
    const shared = objectArbitrary({
      ...first,
      required: ((first.required ?? []) as string[]).filter((k) => !keys.includes(k)),
      properties: Object.fromEntries(props),
    });
    const none = branches.map((_, j) => distinguishing(branches, j).join('+')).join(' / ');
    out.push({
      keyword: 'oneOf',
      instancePath: path,
      cause: { keyword: 'required', instancePath: path },
      description: `${path || 'body'}: neither branch (none of ${none})`,
      exercises: ['oneOf', 'required'],
      value: shared,
    });
  }
  for (let i = 0; i < branches.length; i += 1) {
    for (let j = i + 1; j < branches.length; j += 1) {
      // Both: with additionalProperties false each branch refuses the other's property.
      const closed = branches[i].additionalProperties === false;
      out.push({
        keyword: 'oneOf',
        instancePath: path,
        description: `${path || 'body'}: both ${label(i)} and ${label(j)}`,
        exercises: closed ? ['oneOf', 'additionalProperties'] : ['oneOf'],
        ...(closed ? { cause: { keyword: 'additionalProperties', instancePath: path } } : {}),
        value: fc.tuple(validArbitrary(branches[i]), validArbitrary(branches[j])).map(([a, b]) => ({ ...(a as object), ...(b as object) })),
      });
    }
  }
  return out;
}

/** Every mutation of the value at `path` described by `schema`. */
export function mutationsAt(schema: Schema, path: string): MutationSpec[] {
  const s = deref(schema);
  const type = s.type ?? (Array.isArray(s.oneOf) ? 'object' : undefined);
  if (type !== 'object') return leafMutations(s, path);
  const out = typeMutations({ ...s, type: 'object' }, path);
  out.push(...(Array.isArray(s.oneOf) ? oneOfMembers(s, path) : objectMembers(s, path)));
  return out;
}

const catalogues = new Map<string, MutationSpec[]>();

/** The operation's mutation catalogue: one entry per (place, way to break it). */
export function mutationCatalogue(operation: string): MutationSpec[] {
  const op = getOperation(operation);
  let c = catalogues.get(op.operation);
  if (!c) {
    c = mutationsAt(op.request, '');
    catalogues.set(op.operation, c);
  }
  return c;
}

function valueAt(body: unknown, pointer: string): unknown {
  let v = body;
  for (const token of pointer.split('/').slice(1)) v = (v as Record<string, unknown>)[token.replace(/~1/g, '/').replace(/~0/g, '~')];
  return v;
}

/**
 * The labelled mutation. A scalar mutation is labelled per value (also after shrinking) with the
 * keyword the Ajv-order model says its value violates first ("valid" if none): the generators'
 * tests check that this is the intended keyword and what Ajv reports.
 */
export function toMutation(m: MutationSpec): fc.Arbitrary<Mutation> {
  const { value, target, ...label } = m;
  if (!target) return value.map((body) => ({ body, ...label }));
  const intended = m.cause?.keyword ?? m.keyword;
  return value.map((body) => {
    const found = firstViolation(target.schema, valueAt(body, target.path)) ?? 'valid';
    const exercises = label.exercises.map((k) => (k === intended ? found : k));
    return m.cause ? { body, ...label, exercises, cause: { ...m.cause, keyword: found } } : { body, ...label, exercises, keyword: found };
  });
}

/** The keyword a catalogue entry means to trigger (the cause's inside a oneOf). */
export function intendedKeyword(m: MutationSpec | Mutation): string {
  return m.cause?.keyword ?? m.keyword;
}

/** Invalid bodies of an operation, each labelled with the keyword and instancePath it must trigger. */
export function invalidMutation(operation: string, filter: (m: MutationSpec) => boolean = () => true): fc.Arbitrary<Mutation> {
  const specs = mutationCatalogue(operation).filter(filter);
  if (specs.length === 0) throw new Error(`no mutation of ${operation} passes the filter`);
  return fc.oneof(...specs.map(toMutation));
}

/** Whether the validator reports a mutation's stated error last (and its branch cause among the errors). */
export function confirmsMutation(operation: string, m: Mutation): boolean {
  const { valid, errors } = validateRequest(operation, m.body);
  const last = errors.at(-1);
  if (valid || !last || last.keyword !== m.keyword || last.instancePath !== m.instancePath) return false;
  return !m.cause || errors.some((e) => e.keyword === m.cause!.keyword && e.instancePath === m.cause!.instancePath);
}
