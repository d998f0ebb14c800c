import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Command } from '../command.ts';
import { ConfigurationError, UsageError } from '../../errors.ts';
import { OPERATIONS } from '../../api/index.ts';
import { mergeShardReports, type ShardReport } from '../../reporting/merge-reports.ts';
import { writeReports, REPORT_FILES } from '../../reporting/write-reports.ts';
import { fixtureGapLine, verdictOf } from '../../reporting/verdict.ts';
import { DRIFT_FILE, mergeDriftReports, type DriftReport } from '../../reporting/drift-report.ts';
import type { ConformanceReport } from '../../reporting/types.ts';
import { buildMatrices, operationCoverage } from '../../runner/matrices.ts';
import { defineOptions, formatOptions, parseOptions } from '../../util/option-table.ts';

const OPTIONS = defineOptions({
  reportDir: { type: 'string', value: 'OUT', default: 'reports', must: 'be a directory path', help: 'where the merged reports go' },
});

const USAGE = `usage: connectfi-conformance merge-reports DIR... [--report-dir OUT]
  Merges the reports of the shards of one run (run --shard I/N) into the report of the whole run:
  conformance.json, conformance.html, junit.xml and summary.md in OUT, and drift.json: the shards'
  drift.json (beside their conformance.json) added up.
  Each DIR holds a shard's conformance.json (or is that file). Every shard must be given once.
${formatOptions(OPTIONS)}
exit codes: 0 conformant, 1 at least one check failed, 2 could not merge (a shard missing or given
twice, a check in two reports, reports of different runs, unreadable files)`;

function readJsonFile<T>(file: string): T {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (err) {
    throw new ConfigurationError('MERGE_REPORTS', `${file} is not valid JSON: ${(err as Error).message}`);
  }
}

function readShard(arg: string): ShardReport & { drift?: DriftReport } {
  const file = existsSync(arg) && statSync(arg).isDirectory() ? path.join(arg, REPORT_FILES.json) : arg;
  if (!existsSync(file)) throw new ConfigurationError('MERGE_REPORTS', `${arg}: no ${REPORT_FILES.json} there`);
  // The shard's drift (docs/architecture.md, "Observed drift") sits beside its conformance.json.
  const driftFile = path.join(path.dirname(file), DRIFT_FILE);
  const drift = existsSync(driftFile) ? readJsonFile<DriftReport>(driftFile) : undefined;
  return { source: file, report: readJsonFile<ConformanceReport>(file), ...(drift ? { drift } : {}) };
}

export const command: Command = {
  summary: 'merge the shard reports of one run',
  usage: USAGE,
  async run(argv) {
    const { values, positionals } = parseOptions(OPTIONS, argv, { code: 'USAGE', allowPositionals: true });
    if (positionals.length === 0) throw new UsageError('merge-reports needs at least one shard report directory');
    const shards = positionals.map(readShard);
    const merged = mergeShardReports(shards);
    const drifts = shards.flatMap((s) => (s.drift ? [s.drift] : []));
    // Coverage and the status matrices are functions of the rows: recomputed over all of them.
    const report: ConformanceReport = {
      ...merged,
      coverage: { ...merged.coverage, operations: operationCoverage(merged.checks, OPERATIONS) },
      matrices: buildMatrices(merged.checks),
      ...(drifts.length ? { drift: mergeDriftReports(drifts, merged.target) } : {}),
    };
    const files = await writeReports(report, path.resolve(values.reportDir));
    // One verdict for the console, the exit code and the reports (src/reporting/verdict.ts).
    const verdict = verdictOf(report);
    const { passed, failed, skipped, waived, notApplicable = 0 } = report.summary;
    process.stdout.write(
      `merged ${positionals.length} shards: ${verdict.headline}: ${passed} passed, ${failed} failed, ${skipped} skipped, ${notApplicable} not applicable, ${waived} waived\n`,
    );
    const gap = fixtureGapLine(verdict, report.allowMissingFixtures);
    if (gap) process.stdout.write(`${gap}\n`);
    process.stdout.write(`reports: ${files.join(', ')}\n`);
    if (verdict.error) process.stderr.write(`error [INCONCLUSIVE]: ${verdict.error}\n`);
    return verdict.exitCode;
  },
};
