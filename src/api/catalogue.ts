import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SCHEMAS_DIR } from './paths.ts';

export type JsonSchema = Record<string, unknown>;

export interface DocRef {
  file: string;
  heading: string;
  section?: string;
}

/** One documented operation, as transcribed in schemas/operations/<slug>.json. */
export interface OperationSpec {
  /** The documented path, e.g. "/ibis/card/set-pin"; the operation's id everywhere. */
  operation: string;
  /** File name stem, e.g. "ibis-card-set-pin". */
  slug: string;
  method: 'GET' | 'POST';
  /** PascalCase stem for generated type names, e.g. "CardSetPin". */
  name: string;
  summary: string;
  /** Position in the docs' endpoint table; auxiliary operations (auth) come after the 21. */
  order: number;
  /** true for /auth/get-token: served and typed, but not one of the 21 card operations. */
  auxiliary?: boolean;
  'x-doc': DocRef | DocRef[];
  /** Where the request is: a JSON body, or path parameters (GET application). */
  requestIn: 'body' | 'path';
  request: JsonSchema;
  /** Schema of `data` in the 200 envelope. */
  responseData: JsonSchema;
  /** Ids of the documented errors this operation can answer with (schemas/rules/errors.json). */
  errors: string[];
}

const OPERATIONS_DIR = path.join(SCHEMAS_DIR, 'operations');

export function readJson<T = unknown>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

function loadAll(): OperationSpec[] {
  return readdirSync(OPERATIONS_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ ...readJson<OperationSpec>(path.join(OPERATIONS_DIR, f)), slug: f.slice(0, -'.json'.length) }))
    .sort((a, b) => a.order - b.order);
}

/** Every operation file, the 21 card operations first, in the docs' order. */
export const ALL_OPERATIONS: readonly OperationSpec[] = loadAll();
/** The 21 documented card operations (the 19 of the overview table, sync-profile, card/register). */
export const OPERATIONS: readonly OperationSpec[] = ALL_OPERATIONS.filter((o) => !o.auxiliary);

const byKey = new Map<string, OperationSpec>();
for (const op of ALL_OPERATIONS) {
  byKey.set(op.operation, op);
  byKey.set(op.operation.slice(1), op);
  byKey.set(op.slug, op);
}

/** Finds an operation by documented path ("/ibis/card/set-pin"), path without the slash, or slug. */
export function findOperation(key: string): OperationSpec | undefined {
  return byKey.get(key.trim());
}

export class UnknownOperationError extends Error {
  readonly code = 'UNKNOWN_OPERATION';
  constructor(readonly requested: string) {
    super(`unknown operation "${requested}"; run \`connectfi-conformance operations\` for the list`);
  }
}

export function getOperation(key: string): OperationSpec {
  const op = findOperation(key);
  if (!op) throw new UnknownOperationError(key);
  return op;
}

/** The concrete URL path of an operation; GET application substitutes :applicationId. */
export function concretePath(op: OperationSpec, params: Record<string, string> = {}): string {
  return op.operation.replace(/:([A-Za-z]+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
}

/**
 * The operation a request targets, from its method and path: the documented path, or GET
 * application's `:applicationId` form with its path parameter. `methodMatches` is false when the
 * path is documented for another method.
 */
export function operationOf(
  method: string,
  path: string,
): { operation: string | null; params: Record<string, string>; methodMatches: boolean } {
  const direct = findOperation(path);
  if (direct && direct.operation.startsWith('/') && !direct.operation.includes(':'))
    return { operation: direct.operation, params: {}, methodMatches: direct.method === method };
  const m = /^\/ibis\/credit-card\/application\/([^/]+)$/.exec(path);
  if (m) {
    let applicationId = m[1];
    try {
      applicationId = decodeURIComponent(applicationId);
    } catch {
      // keep it as sent: the schema judges it
    }
    return { operation: '/ibis/credit-card/application/:applicationId', params: { applicationId }, methodMatches: method === 'GET' };
  }
  return { operation: null, params: {}, methodMatches: false };
}
