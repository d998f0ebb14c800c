import { describe, expect, it } from 'vitest';
import { formatMutationSummary, mutationReportProblem, summarizeMutationReport } from './mutation-summary.ts';
import { sampleMutationReport } from './testing/sample-mutation-report.ts';

describe('the mutation summary line', () => {
  it('counts each status; killed and timeout are detected, ignored mutants leave the score', () => {
    const s = summarizeMutationReport(
      sampleMutationReport(['Killed', 'Killed', 'Survived', 'Ignored'], ['Timeout', 'NoCoverage', 'Killed', 'RuntimeError']),
    );
    expect(s).toEqual({ mutants: 8, killed: 3, survived: 1, noCoverage: 1, timeout: 1, ignored: 1, errors: 1, score: (100 * 4) / 7 });
    expect(formatMutationSummary(s)).toBe(
      'mutation: 8 mutants, 3 killed, 1 survived, 1 no coverage, 1 timeout, 1 ignored, 1 not graded (errors); score 57.1% (detected of the mutants not ignored)',
    );
  });

  it('has no score when every mutant is ignored, and refuses what is not a report', () => {
    expect(summarizeMutationReport(sampleMutationReport(['Ignored'], [])).score).toBeNull();
    expect(mutationReportProblem({ checks: [] })).toBe('it has no "files" object');
    expect(mutationReportProblem({ files: { 'a.ts': { mutants: [{ id: '1' }] } } })).toBe('a mutant of a.ts has no string "status"');
    expect(() => summarizeMutationReport([])).toThrow(/not a mutation report/);
  });
});
