import { valueAt } from '../../util/json-object.ts';
import type { ProbeAnswer } from './types.ts';

/**
 * Runs `fn` with some properties of `target` replaced, then puts them back, even if `fn` throws.
 * The faults use it to patch a rule table (schemas/rules/*.json as src/simulator/rules.ts loaded it)
 * or a record for the duration of one handler call. Handlers are synchronous ("a check-and-insert
 * can never interleave with another request", handlers/context.ts), so no other request, and no
 * other simulator instance in the same process, ever sees the patched values.
 */
export function during<T extends object, R>(target: T, patch: Partial<T>, fn: () => R): R {
  const keys = Object.keys(patch) as (keyof T)[];
  const saved = keys.map((k) => [k, Object.prototype.hasOwnProperty.call(target, k), target[k]] as const);
  Object.assign(target, patch);
  try {
    const result = fn();
    if (result instanceof Promise) throw new Error('during(): the patched call must be synchronous');
    return result;
  } finally {
    for (const [k, own, value] of saved) {
      if (own) target[k] = value;
      else delete target[k];
    }
  }
}

/** Stable projections of an answer, for probes: never a random id or requestId. */
export function outcome(r: ProbeAnswer): { status: number; code: unknown; subCode?: unknown } {
  const subCode = valueAt(r.body, 'subCode');
  return { status: r.status, code: valueAt(r.body, 'code'), ...(subCode !== undefined ? { subCode } : {}) };
}
