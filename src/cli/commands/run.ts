import type { Command } from '../command.ts';
import { RUN_OPTIONS, resolveRunConfig } from '../../runner/config.ts';
import { runConformance } from '../../runner/run.ts';
import { fixtureGapLine, verdictOf } from '../../reporting/verdict.ts';
import { causeLine, reportCauses } from '../../reporting/causes.ts';
import { DRIFT_FILE, driftLine } from '../../reporting/drift-report.ts';
import { formatProfile } from '../../runner/profile.ts';
import { formatOptions, parseFlags } from '../../util/option-table.ts';

const USAGE = `usage: connectfi-conformance run [options]
  Runs the conformance checks against a target and writes reports. Flags > environment > .env.
${formatOptions(RUN_OPTIONS)}
exit codes: 0 conformant (nothing failed, something passed, no fixture gap), 1 at least one check
failed (or, with --fail-on-drift, drift.json lists something), 2 could not run or inconclusive
(fixture variables missing, or no check passed)`;

/** The console shows at most this many causes; the reports list every cause and every failed check. */
const MAX_CAUSE_LINES = 10;

export const command: Command = {
  summary: 'run the conformance suites',
  usage: USAGE,
  async run(argv) {
    const config = resolveRunConfig(parseFlags(RUN_OPTIONS, argv).flags);
    const { exitCode, report, reportFiles } = await runConformance(config);
    const verdict = verdictOf(report);
    const { passed, failed, skipped, waived, notApplicable = 0, errors = 0, advisories = 0, requests, cardsOpened } = report.summary;
    const out = process.stdout;
    // Advisories never change the verdict, but are said (docs/ci.md, "Exit codes").
    for (const c of report.checks.filter((c) => c.status === 'advisory')) out.write(`ADVISORY ${c.id}: ${c.reason ?? ''}\n`);
    for (const c of report.checks.filter((c) => c.status === 'error')) out.write(`ERROR ${c.id} (transport trouble): ${c.reason ?? ''}\n`);
    if (report.shard) {
      const { index, total, checkIds, runWide } = report.shard;
      out.write(
        `shard ${index}/${total}: ran ${report.checks.length - runWide.length} of the run's ${checkIds.length} checks, plus ${runWide.length} run-wide rows; merge the shards with merge-reports\n`,
      );
    }
    // --fail-on-drift: the verdict line says why a run whose checks all passed fails.
    out.write(
      `${verdict.headline}${verdict.drift ? ` (${verdict.drift})` : ''}: ${passed} passed, ${failed} failed, ${errors ? `${errors} could not be graded, ` : ''}${advisories ? `${advisories} advisory, ` : ''}${skipped} skipped, ${notApplicable} not applicable, ${waived} waived in ${(report.durationMs / 1000).toFixed(1)} s (seed ${report.seed}); ${requests} requests, ${cardsOpened} cards opened\n`,
    );
    // The failures by cause, not one line per check (docs/ci.md, "Causes"): every failed id is in the reports.
    const causes = reportCauses(report);
    for (const cause of causes.slice(0, MAX_CAUSE_LINES)) out.write(`${causeLine(cause)}\n`);
    if (causes.length > MAX_CAUSE_LINES) out.write(`… and ${causes.length - MAX_CAUSE_LINES} more causes in the reports\n`);
    const gap = fixtureGapLine(verdict, report.allowMissingFixtures);
    if (gap) out.write(`${gap}\n`);
    const driftFile = reportFiles.find((f) => f.endsWith(DRIFT_FILE)) ?? DRIFT_FILE;
    const drift = report.drift && !verdict.drift ? driftLine(report.drift, driftFile) : undefined;
    if (drift) out.write(`${drift}\n`);
    const leftOut = report.checks.filter((c) => c.status === 'skipped' && c.reason?.startsWith('left out: the request budget')).length;
    if (leftOut > 0) out.write(`${leftOut} checks left out by --max-requests ${config.maxRequests} (skipped, reason in the reports)\n`);
    if (report.profile) process.stderr.write(formatProfile(report.profile));
    out.write(`reports: ${reportFiles.join(', ')}\n`);
    if (verdict.error) process.stderr.write(`error [INCONCLUSIVE]: ${verdict.error}\n`);
    return exitCode;
  },
};
