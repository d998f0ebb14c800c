import type { BehaviourRule } from '../behaviour-rules.ts';
import type { ProxyExchange } from '../../reporting/integration-types.ts';

/** One graded instance: a failure names its exchange; a pass or a note is evidence only. */
export interface Finding {
  failed: boolean;
  exchange: number;
  text: string;
}

/** A grader sees the whole session in order; `exercised` false means nothing triggered it. */
export interface Grading {
  exercised: boolean;
  findings: Finding[];
}

export type Grader = (exchanges: readonly ProxyExchange[], rule: BehaviourRule) => Grading;

/** "#12 POST /ibis/financial/funds-credit → 500" */
export function label(e: ProxyExchange): string {
  const answer = e.status !== null ? String(e.status) : e.transport;
  return `#${e.seq} ${e.method} ${e.operation ?? e.path} → ${answer}${e.outcome && e.outcome !== String(e.status) ? ` ${e.outcome}` : ''}`;
}

export const AUTH_OPERATION = '/auth/get-token';
