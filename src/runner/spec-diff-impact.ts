import type { SchemaChange } from '../api/schema-diff.ts';
import type { InteractionRef } from '../pact/interactions-by-operation.ts';
import type { SpecDiffChange } from '../reporting/spec-diff-report.ts';

/** What spec-diff needs of a declared check (src/runner/list-checks.ts). */
export interface CheckRef {
  id: string;
  operation: string | null;
  family: string;
}

/** The envelope every answer shares ("*") is graded by the envelope family. */
const ENVELOPE_FAMILY = 'envelope';

/**
 * Names, for each change, the checks and Pact interactions it affects (docs/architecture.md,
 * "Spec diff"): the checks of its operation; the interactions whose request is that operation's,
 * all of them for a request change, the 200 ones for a change of the answer's data, the error
 * ones for a change of the documented errors. A change of the shared envelope ("*") affects the
 * envelope family and every interaction.
 */
export function withImpact(
  changes: readonly SchemaChange[],
  checks: readonly CheckRef[],
  interactions: readonly InteractionRef[],
): SpecDiffChange[] {
  const checksOf = new Map<string, string[]>();
  for (const c of checks) if (c.operation) checksOf.set(c.operation, [...(checksOf.get(c.operation) ?? []), c.id]);
  const envelopeChecks = checks.filter((c) => c.family === ENVELOPE_FAMILY).map((c) => c.id);
  return changes.map((change) => {
    const own = change.operation === '*' ? envelopeChecks : (checksOf.get(change.operation) ?? []);
    const related = interactions.filter((i) => {
      if (change.operation === '*') return true;
      if (i.operation !== change.operation) return false;
      if (change.side === 'request') return true;
      return change.path.startsWith('/data') ? i.status === 200 : i.status !== 200;
    });
    return { ...change, checks: [...new Set(own)].sort(), interactions: related.map((i) => i.description).sort() };
  });
}
