import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { ROOT } from '../api/index.ts';
import { ConfigurationError } from '../errors.ts';
import { runNode } from '../util/child-process.ts';

/**
 * `connectfi-conformance bench --tests` (docs/architecture.md, "Test lanes"): the project's test
 * lanes in calibrated units, so that a figure taken on a slow or busy machine compares with one
 * taken elsewhere. The unit is the fastest of three runs of a fixed CPU workload, JSON round trips
 * of a generated document, taken just before the lanes; each step of the lane's npm script then runs
 * as npm would run it, and its wall time is divided by the unit.
 */

/** The fast lane's budget (`npm test`, every step): about two minutes on a 2-core machine. */
export const FAST_LANE_BUDGET_UNITS = 200;
/** JSON round trips of the calibration document per run: about 0.6 s on a 2-core VM, idle. */
export const CALIBRATION_ROUND_TRIPS = 1500;

/** The calibration document: 200 card-like records, about 36 kB of JSON, the same every time. */
export function calibrationDocument(): unknown {
  const cards = Array.from({ length: 200 }, (_, i) => ({
    cFiCardId: `icrd_${i.toString(36).padStart(22, '0')}`,
    status: { code: 'A', reason: null },
    amount: i * 1.25,
    tags: ['debit', 'virtual', String(i)],
    nested: { a: i, b: [i, i + 1, i + 2], c: { d: `x${i}` } },
  }));
  return { data: { cards, total: cards.length }, requestId: 'r'.repeat(32) };
}

/** One calibration run: `roundTrips` × JSON.stringify then JSON.parse of the document; its milliseconds. */
export function calibrationRun(roundTrips = CALIBRATION_ROUND_TRIPS): number {
  const doc = calibrationDocument();
  const started = performance.now();
  let total = 0;
  for (let i = 0; i < roundTrips; i++) total += (JSON.parse(JSON.stringify(doc)) as { data: { total: number } }).data.total;
  // The sum is checked so that the engine cannot drop the loop as dead code.
  if (total !== roundTrips * 200) throw new Error(`calibration: the document changed (${total})`);
  return performance.now() - started;
}

export interface Calibration {
  runsMs: number[];
  /** The fastest run: one unit. */
  unitMs: number;
}

export function calibrate(runs = 3, roundTrips = CALIBRATION_ROUND_TRIPS): Calibration {
  const runsMs = Array.from({ length: runs }, () => calibrationRun(roundTrips));
  return { runsMs, unitMs: Math.min(...runsMs) };
}

/** One step of an npm script: a package's bin (node_modules/.bin/NAME, a Node script) and its arguments. */
export interface LaneStep {
  script: string;
  line: string;
  bin: string;
  args: string[];
}

/**
 * The steps of `npm run <script>` from package.json, joined by `&&`. Only plain `bin arg...` steps
 * are understood (no quotes, pipes or variables): anything else is refused rather than guessed.
 */
export function laneSteps(script: string, scripts: Record<string, string>, root = ROOT): LaneStep[] {
  const text = scripts[script];
  if (text === undefined) throw new ConfigurationError('BENCH', `package.json has no "${script}" script`);
  return text.split('&&').map((part) => {
    const line = part.trim();
    if (!/^[\w@./:=-]+(?: [\w@./:=-]+)*$/.test(line))
      throw new ConfigurationError('BENCH', `the "${script}" script step \`${line}\` is not a plain command the bench can run`);
    const [name, ...args] = line.split(' ');
    const bin = path.join(root, 'node_modules', '.bin', name);
    if (!existsSync(bin)) throw new ConfigurationError('BENCH', `the "${script}" script runs ${name}, which is not in node_modules/.bin`);
    return { script, line, bin: realpathSync(bin), args };
  });
}

export interface StepResult {
  step: LaneStep;
  wallMs: number;
  units: number;
  exitCode: number | null;
  loadBefore: number[];
  loadAfter: number[];
  /** The end of the step's output, kept when it failed. */
  tail?: string;
}

const load = () => loadavg().map((x) => Math.round(x * 100) / 100);

/** Runs each step in order, as npm would (cwd the package root), stopping at the first failure like `&&`. */
export async function runLane(steps: LaneStep[], unitMs: number, log: (line: string) => void = () => undefined): Promise<StepResult[]> {
  const results: StepResult[] = [];
  for (const step of steps) {
    const loadBefore = load();
    const started = performance.now();
    const r = await runNode([step.bin, ...step.args], { cwd: ROOT, env: { ...process.env, CI: process.env.CI ?? '1' } });
    const wallMs = performance.now() - started;
    const result: StepResult = { step, wallMs, units: wallMs / unitMs, exitCode: r.code, loadBefore, loadAfter: load() };
    if (r.code !== 0) result.tail = r.output.split('\n').slice(-40).join('\n');
    results.push(result);
    log(formatStep(result));
    if (r.code !== 0) break;
  }
  return results;
}

export function formatCalibration(c: Calibration, roundTrips = CALIBRATION_ROUND_TRIPS): string {
  return (
    `calibration: ${roundTrips} JSON round trips of a ${JSON.stringify(calibrationDocument()).length}-byte document, ` +
    `${c.runsMs.map((ms) => ms.toFixed(0)).join(', ')} ms: 1 unit = ${c.unitMs.toFixed(0)} ms ` +
    `(${cpus().length} CPUs, load ${load().join(' ')})`
  );
}

export function formatStep(r: StepResult): string {
  return (
    `  npm run ${r.step.script}: ${r.step.line}: ${(r.wallMs / 1000).toFixed(1)} s = ${r.units.toFixed(1)} units, ` +
    `exit ${r.exitCode} (load ${r.loadBefore.join(' ')} before, ${r.loadAfter.join(' ')} after)`
  );
}

/** The lane's total against its budget (only the fast lane has one). */
export function formatLane(script: string, results: StepResult[], budget?: number): string {
  const ms = results.reduce((n, r) => n + r.wallMs, 0);
  const units = results.reduce((n, r) => n + r.units, 0);
  const verdict = budget === undefined ? '' : units <= budget ? `, within its budget of ${budget}` : `, OVER its budget of ${budget}`;
  return `npm run ${script}: ${(ms / 1000).toFixed(1)} s = ${units.toFixed(1)} units${verdict}`;
}

/** package.json's scripts, from a checkout: an installed package has no tests to measure. */
export function checkoutScripts(root = ROOT): Record<string, string> {
  if (!existsSync(path.join(root, 'vitest.config.ts')))
    throw new ConfigurationError(
      'BENCH',
      'bench --tests measures the test lanes of a checkout of connectfi-conformance, not an installed package',
    );
  return (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
}
