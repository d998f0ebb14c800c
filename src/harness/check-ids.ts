/**
 * The check ids that code outside their declaring suite names (docs/architecture.md, "One check,
 * one place, one id"): the suite declares its checks with these, and every reader (the report's
 * matrices, the runner's tests) imports the same export, so renaming a check breaks the build
 * instead of a string match. An id that only its own suite uses stays written in that suite.
 */

/** `status.transition.<from>-<to>` (suites/live/status.test.ts): set-status from one status to another. */
export function statusTransitionId(from: string, to: string): string {
  return `status.transition.${from}-${to}`;
}

/** The short name of an operation in the permission ids and matrix columns: `/ibis/card/set-pin` → `set-pin`. */
export function permissionName(operation: string): string {
  return operation.split('/').pop()!;
}

/** `status.permission.<name>.<status>` (suites/live/status.test.ts): an operation on a card in a status. */
export function statusPermissionId(operation: string, status: string): string {
  return `status.permission.${permissionName(operation)}.${status}`;
}

/** The two kinds of response a run-wide envelope row grades: 200 bodies and error bodies. */
export const ENVELOPE_KINDS = ['success', 'error'] as const;
export type EnvelopeKind = (typeof ENVELOPE_KINDS)[number];

/** The slug of the run-wide envelope rows over the paths that are not documented operations. */
export const OTHER_PATHS_SLUG = 'other-paths';

/**
 * `envelope.<operation-slug>.<kind>` (suites/live/run-wide/envelope-run-wide.ts): every response of
 * that kind the run saw for the operation had the documented envelope.
 */
export function envelopeRunWideId(slug: string, kind: EnvelopeKind): string {
  return `envelope.${slug}.${kind}`;
}

/** suites/live/auth.test.ts: the documented login answers a token (the runner's waiver tests use it). */
export const AUTH_VALID_CREDENTIALS_ID = 'auth.get-token.valid-credentials';

/** suites/live/envelope.test.ts: a success answers the documented envelope (the runner's waiver tests use it). */
export const ENVELOPE_SUCCESS_SHAPE_ID = 'envelope.success.shape';

/** suites/live/pin.test.ts: the PIN lock, graded only against the simulator (a simulator choice). */
export const PIN_LOCK_ID = 'pin.lock.after-max-attempts';
