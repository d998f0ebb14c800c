import { SchemaComparer, type Direction, type Note } from './schema-compare.ts';
import type { SchemaSet } from './schema-set.ts';

/**
 * What a revision of schemas/ changes, per operation and side, and whom it breaks
 * (docs/architecture.md, "Spec diff"):
 * - `integrators`: a request that was valid is now refused (a new required field, a narrower type,
 *   enum, pattern or length, a removed field where extra fields are refused);
 * - `providers`: an answer that was valid is now refused (a response field newly required, a
 *   narrower type or enum...);
 * - `none`: compatible (the side only accepts more, or only the documented error list changed).
 * A change that both narrows and widens (a new pattern) counts as narrowing.
 */
export type Side = 'request' | 'response';
export type Breaking = 'integrators' | 'providers' | 'none';

export interface SchemaChange {
  /** The documented path, or "*" for the envelope every operation shares. */
  operation: string;
  side: Side;
  /** JSON pointer into the request or response body ("/dateFrom", "/data/transactions/*\/amount"). */
  path: string;
  change: string;
  breaking: Breaking;
}

/** Every answer's envelope (README.md, "Error envelope"): shared by every operation, compared once. */
const ENVELOPE = [
  { ref: 'envelope#/definitions/requestId', path: '/requestId' },
  { ref: 'envelope#/definitions/error', path: '' },
  { ref: 'envelope#/definitions/requestValidateError', path: '' },
  { ref: 'envelope#/definitions/unauthorized', path: '' },
];

export function breakingOf(side: Side, direction: Direction): Breaking {
  if (direction === 'wider') return 'none';
  return side === 'request' ? 'integrators' : 'providers';
}

function changes(operation: string, side: Side, notes: readonly Note[]): SchemaChange[] {
  const seen = new Set<string>();
  return notes.flatMap((n) => {
    const key = `${n.path}\n${n.change}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ operation, side, path: n.path, change: n.change, breaking: breakingOf(side, n.direction) }];
  });
}

function compared(before: SchemaSet, after: SchemaSet, a: unknown, b: unknown, path: string): Note[] {
  const comparer = new SchemaComparer(before, after);
  comparer.compareRoots(a, b, path);
  return comparer.notes;
}

function operationChanges(before: SchemaSet, after: SchemaSet, operation: string): SchemaChange[] {
  const a = before.operations.get(operation);
  const b = after.operations.get(operation);
  if (!a) return [{ operation, side: 'request', path: '/', change: 'operation added', breaking: 'none' }];
  if (!b)
    return [{ operation, side: 'request', path: '/', change: 'operation removed: its requests are refused', breaking: 'integrators' }];
  const out: SchemaChange[] = [];
  if (a.method !== b.method)
    out.push({ operation, side: 'request', path: '/', change: `method ${a.method} → ${b.method}`, breaking: 'integrators' });
  out.push(...changes(operation, 'request', compared(before, after, a.request, b.request, '')));
  out.push(...changes(operation, 'response', compared(before, after, a.responseData, b.responseData, '/data')));
  for (const id of b.errors)
    if (!a.errors.includes(id)) out.push({ operation, side: 'response', path: '/code', change: `documents error ${id}`, breaking: 'none' });
  for (const id of a.errors)
    if (!b.errors.includes(id))
      out.push({ operation, side: 'response', path: '/code', change: `no longer documents error ${id}`, breaking: 'none' });
  return out;
}

/** The changes from `before` to `after`: the shared envelope first, then the operations in path order. */
export function diffSchemaSets(before: SchemaSet, after: SchemaSet): SchemaChange[] {
  const envelope = ENVELOPE.flatMap(({ ref, path }) =>
    changes('*', 'response', compared(before, after, { $ref: ref }, { $ref: ref }, path)),
  );
  const operations = [...new Set([...before.operations.keys(), ...after.operations.keys()])].sort();
  return [...envelope, ...operations.flatMap((op) => operationChanges(before, after, op))];
}
