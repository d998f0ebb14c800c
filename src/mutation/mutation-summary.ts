import { isJsonArray, isJsonObject } from '../util/json-object.ts';

/**
 * The counts of a StrykerJS JSON report (mutation-testing-report-schema: `files.<path>.mutants[]`,
 * each with a `status`), and the score the mutation guide grades (docs/contributing.md, "Mutation
 * testing"): killed and timed-out mutants are detected, Ignored ones (marked equivalent by a
 * `Stryker disable` comment) are left out, and every other mutant counts against the score.
 */
export interface MutationSummary {
  mutants: number;
  killed: number;
  survived: number;
  noCoverage: number;
  timeout: number;
  ignored: number;
  /** CompileError, RuntimeError, Pending: a mutant the run did not grade. */
  errors: number;
  /** Detected (killed + timeout) out of the mutants not ignored, in percent; null when there are none. */
  score: number | null;
}

const COUNTED: Record<string, keyof Omit<MutationSummary, 'mutants' | 'errors' | 'score'>> = {
  Killed: 'killed',
  Survived: 'survived',
  NoCoverage: 'noCoverage',
  Timeout: 'timeout',
  Ignored: 'ignored',
};

/** Why a parsed JSON value is not a mutation report, or undefined when it is one. */
export function mutationReportProblem(value: unknown): string | undefined {
  if (!isJsonObject(value) || !isJsonObject(value.files)) return 'it has no "files" object';
  for (const [file, entry] of Object.entries(value.files)) {
    if (!isJsonObject(entry) || !isJsonArray(entry.mutants)) return `files["${file}"] has no "mutants" list`;
    if (!entry.mutants.every((m) => isJsonObject(m) && typeof m.status === 'string')) return `a mutant of ${file} has no string "status"`;
  }
  return undefined;
}

/** The counts of a report that mutationReportProblem accepted. */
export function summarizeMutationReport(report: unknown): MutationSummary {
  const problem = mutationReportProblem(report);
  if (problem) throw new Error(`not a mutation report: ${problem}`);
  const summary: MutationSummary = { mutants: 0, killed: 0, survived: 0, noCoverage: 0, timeout: 0, ignored: 0, errors: 0, score: null };
  const files = (report as { files: Record<string, { mutants: { status: string }[] }> }).files;
  for (const { mutants } of Object.values(files)) {
    for (const { status } of mutants) {
      summary.mutants += 1;
      const key = COUNTED[status];
      if (key) summary[key] += 1;
      else summary.errors += 1;
    }
  }
  const graded = summary.mutants - summary.ignored;
  summary.score = graded === 0 ? null : (100 * (summary.killed + summary.timeout)) / graded;
  return summary;
}

/** The one console line of a mutation run. */
export function formatMutationSummary(s: MutationSummary): string {
  const score = s.score === null ? 'no score (no mutant graded)' : `score ${s.score.toFixed(1)}%`;
  const errors = s.errors > 0 ? `, ${s.errors} not graded (errors)` : '';
  return `mutation: ${s.mutants} mutants, ${s.killed} killed, ${s.survived} survived, ${s.noCoverage} no coverage, ${s.timeout} timeout, ${s.ignored} ignored${errors}; ${score} (detected of the mutants not ignored)`;
}
