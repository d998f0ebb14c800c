import type { ObservedExchange } from '../harness/run-wide.ts';
import { DriftTally, type DriftReport } from '../reporting/drift-report.ts';

/**
 * The drift of a run (docs/architecture.md, "Observed drift"): every exchange summary carries what
 * its answer showed beyond the docs, already redacted in the worker; they are tallied into
 * drift.json here and dropped from the summaries, which conformance.json keeps as they were.
 */
export function tallyRunDrift(observed: readonly ObservedExchange[], target: string): DriftReport {
  const tally = new DriftTally();
  for (const { summary } of observed) {
    if (!summary.operation || summary.status <= 0) continue;
    tally.add(summary.operation, summary.status, summary.drift);
    delete summary.drift;
  }
  return tally.report(target);
}
