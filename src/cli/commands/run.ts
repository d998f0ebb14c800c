import { parseCommandArgs, type Command } from '../command.ts';
import { resolveRunConfig } from '../../runner/config.ts';
import { runConformance } from '../../runner/run.ts';
import { verdictOf } from '../../reporting/verdict.ts';
import { formatProfile } from '../../runner/profile.ts';

const USAGE = `usage: connectfi-conformance run [options]
  Runs the conformance checks against a target and writes reports.
  --target URL          base URL of the API (default: CONNECTFI_BASE_URL; none = embedded simulator)
  --env-file F          dotenv file to read (default: ./.env when present)
  --only PATTERN        run only checks whose id matches the regular expression
  --shard I/N           run only part I of N (stable, by check id); merge with merge-reports
  --runs N              generated cases per operation in the property checks (default 20; 10
                        against a remote target, where each case is a sandbox request)
  --concurrency N       checks in flight at once in each worker (default 32)
  --rate-limit N/s      requests per second for the whole run (default: unlimited)
  --max-requests N      send at most N requests; the checks left out are reported as skipped
  --profile             print where the time went (startup, target, suite import, schema
                        compilation, checks, cleanup, reporting); also in conformance.json
  --report-dir D        where to write the reports (default: reports)
  --seed S              seed for generated data (default: random, printed)
  --waivers F           waiver file (default: conformance.waivers.json)
  --evidence MODE       keep request/response evidence for "failures" (default) or "all" checks
  --allow-production    allow a remote target whose CONNECTFI_ENV is not "sandbox"
  --keep                keep the cards a remote run opened (default: close them at the end)
  --allow-missing-fixtures
                        accept checks skipped for a missing fixture variable (default: such a run
                        is inconclusive, exit 2)
exit codes: 0 conformant (nothing failed, something passed, no fixture gap), 1 at least one check
failed, 2 could not run or inconclusive (fixture variables missing, or no check passed)`;

export const command: Command = {
  summary: 'run the conformance suites',
  usage: USAGE,
  async run(argv) {
    const { values } = parseCommandArgs(argv, {
      target: { type: 'string' },
      'env-file': { type: 'string' },
      only: { type: 'string' },
      shard: { type: 'string' },
      runs: { type: 'string' },
      concurrency: { type: 'string' },
      'rate-limit': { type: 'string' },
      'report-dir': { type: 'string' },
      seed: { type: 'string' },
      waivers: { type: 'string' },
      evidence: { type: 'string' },
      'allow-production': { type: 'boolean' },
      keep: { type: 'boolean' },
      'allow-missing-fixtures': { type: 'boolean' },
      'max-requests': { type: 'string' },
      profile: { type: 'boolean' },
    });
    const config = resolveRunConfig({
      target: values.target,
      envFile: values['env-file'],
      only: values.only,
      shard: values.shard,
      runs: values.runs,
      concurrency: values.concurrency,
      rateLimit: values['rate-limit'],
      reportDir: values['report-dir'],
      seed: values.seed,
      waivers: values.waivers,
      evidence: values.evidence,
      allowProduction: values['allow-production'],
      keep: values.keep,
      allowMissingFixtures: values['allow-missing-fixtures'],
      maxRequests: values['max-requests'],
      profile: values.profile,
    });
    const { exitCode, report, reportFiles } = await runConformance(config);
    const verdict = verdictOf(report);
    const { passed, failed, skipped, waived, notApplicable = 0, requests, cardsOpened } = report.summary;
    const out = process.stdout;
    for (const c of report.checks.filter((c) => c.status === 'failed')) out.write(`FAILED ${c.id}: ${c.reason ?? ''}\n`);
    if (report.shard) {
      const { index, total, checkIds, runWide } = report.shard;
      out.write(
        `shard ${index}/${total}: ran ${report.checks.length - runWide.length} of the run's ${checkIds.length} checks, plus ${runWide.length} run-wide rows; merge the shards with merge-reports\n`,
      );
    }
    out.write(
      `${verdict.headline}: ${passed} passed, ${failed} failed, ${skipped} skipped, ${notApplicable} not applicable, ${waived} waived in ${(report.durationMs / 1000).toFixed(1)} s (seed ${report.seed}); ${requests} requests, ${cardsOpened} cards opened\n`,
    );
    const leftOut = report.checks.filter((c) => c.status === 'skipped' && c.reason?.startsWith('left out: the request budget')).length;
    if (leftOut > 0) out.write(`${leftOut} checks left out by --max-requests ${config.maxRequests} (skipped, reason in the reports)\n`);
    if (report.profile) process.stderr.write(formatProfile(report.profile));
    out.write(`reports: ${reportFiles.join(', ')}\n`);
    if (verdict.error) process.stderr.write(`error [INCONCLUSIVE]: ${verdict.error}\n`);
    return exitCode;
  },
};
