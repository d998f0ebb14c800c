import { param, type BehaviourRule } from '../behaviour-rules.ts';
import type { ProxyExchange } from '../report/integration-types.ts';
import { Findings, Keyed, Pending, unsettled, type Finding, type GraderFactory, type Waiting } from './grade-types.ts';

/** An exchange that waits, under its key, for a later one. */
export type KeyedWait = Waiting & { key: string };

/**
 * A behaviour graded by a later exchange under the same key (the same request again, the same body
 * under any reference) within a window after an answer (docs/architecture.md, "Integrator kit").
 */
export interface WindowedBehaviour<P extends KeyedWait> {
  /** The rule's parameter that holds the window, in ms. */
  windowParam: string;
  /** What did not happen when nothing settled a waiting exchange ("not repeated"). */
  unsettledNote: string;
  key(f: ProxyExchange): string;
  /** The finding when `f` settles the waiting `p`, or undefined when it does not. */
  settles(f: ProxyExchange, p: P, windowMs: number): Finding | undefined;
  /** What `f` leaves waiting under `key`, or undefined when it waits for nothing. */
  waits(f: ProxyExchange, key: string): P | undefined;
}

/**
 * The grader of a windowed behaviour: each exchange first settles those waiting under its key,
 * then may wait itself. Past the window (from their answer, measured against the horizon) the
 * waiting become the finding "`unsettledNote`", and nothing of them is kept.
 */
export function windowedGrader<P extends KeyedWait>(behaviour: WindowedBehaviour<P>): GraderFactory {
  return (rule: BehaviourRule) => {
    const windowMs = param(rule, behaviour.windowParam);
    const findings = new Findings();
    const byKey = new Keyed<P>();
    const queue = new Pending<P>();
    let exercised = false;
    return {
      observe(f, horizon) {
        const key = behaviour.key(f);
        byKey.settle(key, (p) => {
          const finding = behaviour.settles(f, p, windowMs);
          if (finding) findings.add(finding);
          return finding !== undefined;
        });
        const p = behaviour.waits(f, key);
        if (p) {
          exercised = true;
          byKey.add(key, p);
          queue.add(p);
        }
        queue.expire(horizon, windowMs, (expired) => {
          findings.add(unsettled(expired, behaviour.unsettledNote));
          byKey.prune(expired.key);
        });
      },
      result: () =>
        findings.grading(
          exercised,
          queue.open().map((p) => unsettled(p, behaviour.unsettledNote)),
        ),
      held: () => queue.size + byKey.size,
    };
  };
}
