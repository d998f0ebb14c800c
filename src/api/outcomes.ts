import { ALL_OPERATIONS, findOperation } from './catalogue.ts';
import { outcomeRules, type TransportOutcome } from './rules.ts';

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
