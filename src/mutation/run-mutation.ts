import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../api/paths.ts';
import { ConfigurationError } from '../errors.ts';
import { isJsonObject, valueAt } from '../util/json-object.ts';
import { formatMutationSummary, mutationReportProblem, summarizeMutationReport, type MutationSummary } from './mutation-summary.ts';

/** StrykerJS's configuration, at the root of a checkout (docs/contributing.md, "Mutation testing"). */
export const STRYKER_CONFIG = 'stryker.config.json';

export interface MutationOptions {
  /** Files or globs (`file:startLine-endLine` for a range) to mutate instead of the configuration's. */
  mutate?: string[];
  /** Test every mutant again, ignoring the incremental file. */
  force: boolean;
  /** Test runner processes; the configuration's when absent. */
  concurrency?: number;
  /** Print the line of the last report and run nothing. */
  summaryOnly: boolean;
}

export interface MutationOutcome {
  summary: MutationSummary;
  /** 1 when the score is below the configuration's `thresholds.break`, else 0. */
  exitCode: 0 | 1;
}

interface StrykerSettings {
  file: string;
  jsonReport: string;
  breakAt: number | null;
}

function readStrykerSettings(root: string): StrykerSettings {
  const file = path.join(root, STRYKER_CONFIG);
  if (!existsSync(file))
    throw new ConfigurationError(
      'MUTATION_UNAVAILABLE',
      `mutation testing runs in a checkout of connectfi-conformance: ${STRYKER_CONFIG} is not in ${root}`,
    );
  const config: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const jsonReport = valueAt(config, 'jsonReporter', 'fileName');
  const breakAt = valueAt(config, 'thresholds', 'break');
  if (!isJsonObject(config) || typeof jsonReport !== 'string')
    throw new ConfigurationError('MUTATION_CONFIG', `${STRYKER_CONFIG} names no jsonReporter.fileName: the summary reads that report`);
  return { file, jsonReport: path.resolve(root, jsonReport), breakAt: typeof breakAt === 'number' ? breakAt : null };
}

function readSummary(file: string): MutationSummary {
  if (!existsSync(file))
    throw new ConfigurationError('REPORT_NOT_FOUND', `no mutation report at ${file}: run connectfi-conformance mutation first`);
  const report: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const problem = mutationReportProblem(report);
  if (problem) throw new ConfigurationError('NOT_A_REPORT', `${file} is not a StrykerJS JSON report: ${problem}`);
  return summarizeMutationReport(report);
}

/** StrykerJS over the configuration, the options given on top; it writes the HTML and JSON reports. */
async function runStryker(settings: StrykerSettings, options: MutationOptions, root: string): Promise<void> {
  let core: typeof import('@stryker-mutator/core');
  try {
    core = await import('@stryker-mutator/core');
  } catch {
    throw new ConfigurationError(
      'MUTATION_UNAVAILABLE',
      'mutation testing needs the devDependencies of a checkout (npm ci): @stryker-mutator/core is not installed',
    );
  }
  const stryker = new core.Stryker({
    configFile: settings.file,
    ...(options.mutate ? { mutate: options.mutate } : {}),
    ...(options.force ? { force: true } : {}),
    ...(options.concurrency ? { concurrency: options.concurrency } : {}),
  });
  // StrykerJS reads the globs and writes its sandbox and reports relative to the working directory.
  const cwd = process.cwd();
  process.chdir(root);
  try {
    await stryker.runMutationTest();
  } catch (err) {
    // StrykerJS has already logged the detail (a failed initial run names the failing check).
    const reason = (err instanceof Error ? err.message : String(err)).split('\n')[0];
    throw new ConfigurationError('MUTATION_FAILED', `StrykerJS could not finish: ${reason}`);
  } finally {
    process.chdir(cwd);
  }
}

/**
 * `connectfi-conformance mutation`: StrykerJS mutates the simulator and runs the live suites against
 * each mutant (docs/architecture.md, "Mutation testing"), then one line sums up its JSON report.
 */
export async function runMutation(options: MutationOptions, out: NodeJS.WritableStream, root = ROOT): Promise<MutationOutcome> {
  const settings = readStrykerSettings(root);
  if (!options.summaryOnly) await runStryker(settings, options, root);
  const summary = readSummary(settings.jsonReport);
  out.write(`${formatMutationSummary(summary)}\n`);
  const below = settings.breakAt !== null && (summary.score ?? 0) < settings.breakAt;
  if (below) out.write(`mutation: the score is below ${settings.breakAt}% (thresholds.break of ${STRYKER_CONFIG})\n`);
  return { summary, exitCode: below ? 1 : 0 };
}
