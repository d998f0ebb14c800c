import { ALL_OPERATIONS, findOperation } from './catalogue.ts';
import { errorRules, outcomeRules, type ErrorRule, type TransportOutcome } from './rules.ts';

/**
 * The outcomes of an operation (schemas/rules/outcomes.json): what the simulator can be told to
 * answer on demand, and what the integration report counts as covered. Both sides read this file;
 * neither imports the other.
 */
export const TRANSPORT_OUTCOMES: ReadonlyMap<string, TransportOutcome> = new Map(outcomeRules.transport.map((t) => [t.id, t]));
/** The outcome of a 200 answer with code "0". */
export const SUCCESS_OUTCOME = '200';
const AUTH_OPERATION = '/auth/get-token';

/** 200 and every error id the operation's schema file lists (the docs tie them to it). */
export function documentedOutcomes(operation: string): string[] {
  const op = findOperation(operation);
  return op ? [SUCCESS_OUTCOME, ...op.errors] : [];
}

/** The error ids the simulator may be told to answer on `operation`. */
export function forcibleErrors(operation: string): string[] {
  const op = findOperation(operation);
  if (!op) return [];
  const ids = new Set(op.errors);
  if (op.operation !== AUTH_OPERATION) for (const id of outcomeRules.errorsOnEveryAuthenticatedOperation.ids) ids.add(id);
  for (const [id, beside] of Object.entries(outcomeRules.errorsBesideAnother.ids)) if (op.errors.includes(beside)) ids.add(id);
  return [...ids];
}

/** Every operation on which an error id can be forced (the test proves each id reachable). */
export function operationsForcing(errorId: string): string[] {
  return ALL_OPERATIONS.filter((op) => forcibleErrors(op.operation).includes(errorId)).map((op) => op.operation);
}

// Every answer of a run and of a proxy session is classified (the drift model, the outcome
// coverage): the rules of an operation are looked up once.
const rulesByOperation = new Map<string, ErrorRule[]>();
function forcibleRules(operation: string): ErrorRule[] {
  let rules = rulesByOperation.get(operation);
  if (!rules) rulesByOperation.set(operation, (rules = forcibleErrors(operation).flatMap((id) => errorRules.get(id) ?? [])));
  return rules;
}

function matches(rule: ErrorRule, operation: string, status: number, body: Record<string, unknown>): boolean {
  if (rule.httpStatus !== status || rule.code !== body.code) return false;
  if ((rule.subCode ?? undefined) !== (typeof body.subCode === 'string' ? body.subCode : undefined)) return false;
  return true;
}

/**
 * Which documented outcome an answer of `operation` is: "200", an error id of the operation (rules
 * sharing code and subCode are told apart by their message pattern), or undefined for an answer
 * the docs do not tie to the operation.
 */
export function classifyOutcome(operation: string, status: number, body: unknown): string | undefined {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const record = body as Record<string, unknown>;
  if (status === 200 && record.code === '0') return SUCCESS_OUTCOME;
  const candidates = forcibleRules(operation).filter((r) => matches(r, operation, status, record));
  if (candidates.length <= 1) return candidates[0]?.id;
  const message = typeof record.message === 'string' ? record.message : '';
  return candidates.find((r) => r.messagePattern !== undefined && new RegExp(r.messagePattern).test(message))?.id ?? candidates[0].id;
}
