import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from '../command.ts';
import { ConfigurationError, UsageError } from '../../errors.ts';
import { compareReports, comparisonExitCode, type Comparison } from '../../reporting/compare-reports.ts';
import { renderComparisonMarkdown } from '../../reporting/comparison-markdown.ts';
import { readReport } from '../../reporting/read-report.ts';
import { defineOptions, formatOptions, parseOptions } from '../../util/option-table.ts';

const OPTIONS = defineOptions({
  reportDir: {
    type: 'string',
    value: 'D',
    default: 'reports',
    must: 'be a directory path',
    help: 'where comparison.json and comparison.md go',
  },
});

export const COMPARISON_FILES = { json: 'comparison.json', markdown: 'comparison.md' } as const;

const USAGE = `usage: connectfi-conformance compare BASE NEW [--report-dir D]
  What changed from the run BASE to the run NEW: new failures, fixed, still failing, new and removed
  checks, the verdict. BASE and NEW are report directories or conformance.json files. Writes
  comparison.json and comparison.md (for a pull-request comment or the job summary) to D.
  A check with status "error" in NEW (not graded: transport trouble) is not a new failure.
${formatOptions(OPTIONS)}
exit codes: 0 nothing newly fails, 1 a check fails in NEW that did not fail in BASE (a new check
that fails included), 2 bad input (a missing file, not a report)`;

/** Console lines listed per list; the files hold them all. */
const SHOWN = 10;

function consoleLines(c: Comparison, files: string[]): string {
  const v = c.verdictChange;
  const head = v.changed ? `verdict ${v.base} -> ${v.new}` : `verdict ${v.new} (unchanged)`;
  const counts = `${c.newFailures.length} new failures, ${c.fixed.length} fixed, ${c.stillFailing.length} still failing, ${c.notGraded.length} not graded, ${c.newChecks.length} new checks, ${c.removedChecks.length} removed`;
  const lines = [`compare: NEW ${c.new.source} against BASE ${c.base.source}`, `${counts}; ${head}`];
  for (const f of c.newFailures.slice(0, SHOWN))
    lines.push(`NEW FAILURE ${f.id}${f.baseStatus === null ? ' (new check)' : ''}: ${(f.reason ?? '').split('\n')[0]}`);
  if (c.newFailures.length > SHOWN) lines.push(`... and ${c.newFailures.length - SHOWN} more new failures (see comparison.md)`);
  for (const f of c.notGraded.slice(0, SHOWN)) lines.push(`NOT GRADED ${f.id}: ${f.baseStatus ?? 'absent'} -> ${f.status ?? 'absent'}`);
  if (c.notGraded.length > SHOWN) lines.push(`... and ${c.notGraded.length - SHOWN} more not graded`);
  lines.push(`comparison: ${files.join(', ')}`);
  return `${lines.join('\n')}\n`;
}

async function writeComparison(c: Comparison, dir: string): Promise<string[]> {
  const files = [path.join(dir, COMPARISON_FILES.json), path.join(dir, COMPARISON_FILES.markdown)];
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(files[0], `${JSON.stringify(c, null, 2)}\n`, 'utf8');
    await writeFile(files[1], renderComparisonMarkdown(c), 'utf8');
  } catch (err) {
    throw new ConfigurationError(
      'REPORT_DIR',
      `cannot write the comparison to ${dir}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
    );
  }
  return files;
}

export const command: Command = {
  summary: 'what changed between two runs',
  usage: USAGE,
  async run(argv) {
    const { values, positionals } = parseOptions(OPTIONS, argv, { code: 'USAGE', allowPositionals: true });
    if (positionals.length !== 2) throw new UsageError(`compare needs two reports, BASE and NEW; got ${positionals.length}`);
    const [base, next] = positionals.map(readReport);
    const comparison = compareReports(base, next);
    const files = await writeComparison(comparison, path.resolve(values.reportDir));
    process.stdout.write(consoleLines(comparison, files));
    return comparisonExitCode(comparison);
  },
};
