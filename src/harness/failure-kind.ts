/**
 * Why a check failed (docs/architecture.md, "Typed failures"): on its own assertion, because a
 * setup step it needed was refused (a precondition), or because its code crashed. The self-check
 * counts a fault as caught only by a check that failed on its own assertion: a card that could not
 * be issued says nothing about the rule the check was written for.
 */
export type FailureKind = 'assertion' | 'precondition' | 'error';

/** A setup step the check needs was refused; the message starts with "precondition failed:". */
export class PreconditionError extends Error {
  constructor(detail: string) {
    super(`precondition failed: ${detail}`);
    this.name = 'PreconditionError';
  }
}

const PRECONDITION = /^precondition failed\b/;
/** Programming errors: the check's own code broke (e.g. it read a field the answer did not have). */
const CRASHES = new Set(['TypeError', 'ReferenceError', 'RangeError', 'SyntaxError']);

/**
 * The kind of a thrown value, or of its serialised form (vitest's TestError: name, message, cause);
 * fast-check wraps a property's failure, so its cause is looked at too.
 */
export function failureKindOf(thrown: unknown, depth = 0): FailureKind {
  if (thrown === null || typeof thrown !== 'object') return 'assertion';
  const err = thrown as { name?: unknown; message?: unknown; cause?: unknown };
  const message = typeof err.message === 'string' ? err.message : '';
  if (thrown instanceof PreconditionError || PRECONDITION.test(message)) return 'precondition';
  if (depth < 3 && err.cause !== undefined) {
    const inner = failureKindOf(err.cause, depth + 1);
    if (inner !== 'assertion') return inner;
  }
  // fast-check's "Property failed by returning false / after N tests" carries the inner error in
  // its message when no cause is attached.
  if (/^Property failed/.test(message) && /\bprecondition failed\b/.test(message)) return 'precondition';
  return typeof err.name === 'string' && CRASHES.has(err.name) ? 'error' : 'assertion';
}
