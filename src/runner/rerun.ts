import type { CheckResult } from '../reporting/types.ts';

/**
 * Checks that ended `error` (transport trouble: docs/ci.md, "Transport trouble") run once more at
 * the end of the run, alone: a network that dropped a request a minute ago may not drop the same
 * one again. Their new rows replace the old; a check that still errors makes the run inconclusive.
 */
export interface Rerun {
  ids: string[];
  /** The `only` pattern of the second pass: exactly these ids. */
  only: string;
  /** The suite files that declare them (relative to the project root), so that vitest loads no other. */
  files: string[];
}

const escape = (id: string) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The checks to run once more, or undefined when none errored. */
export function rerunOf(checks: readonly CheckResult[]): Rerun | undefined {
  const errored = checks.filter((c) => c.status === 'error');
  if (errored.length === 0) return undefined;
  const ids = errored.map((c) => c.id);
  const files = [...new Set(errored.map((c) => c.file).filter((f): f is string => !!f))].sort();
  return { ids, only: `^(?:${ids.map(escape).join('|')})$`, files };
}

/**
 * The first pass's rows with the second pass's in place of those that ran again; each such row
 * keeps the incidents of its first run in `rerun`. A check the second pass did not report keeps
 * its first row.
 */
export function replaceRerun(first: readonly CheckResult[], again: readonly CheckResult[], rerun: Rerun): CheckResult[] {
  const wanted = new Set(rerun.ids);
  const second = new Map(again.filter((c) => wanted.has(c.id)).map((c) => [c.id, c]));
  return first.map((row) => {
    const next = second.get(row.id);
    if (!next || row.status !== 'error') return row;
    return { ...next, rerun: { firstIncidents: row.incidents ?? [], firstReason: row.reason ?? '' } };
  });
}

/** One line for the console: what the second pass made of the errored checks. */
export function rerunLine(rows: readonly CheckResult[], rerun: Rerun): string {
  const wanted = new Set(rerun.ids);
  const counts = new Map<string, number>();
  for (const r of rows) if (wanted.has(r.id)) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  const parts = [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([status, n]) => `${n} ${status === 'error' ? 'still could not be graded' : status}`);
  return `rerun of ${rerun.ids.length} check${rerun.ids.length === 1 ? '' : 's'} that met transport trouble: ${parts.join(', ')}`;
}
