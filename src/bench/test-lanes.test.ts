import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../api/index.ts';
import { ConfigurationError } from '../errors.ts';
import {
  calibrate,
  calibrationDocument,
  checkoutScripts,
  formatLane,
  laneSteps,
  runLane,
  type LaneStep,
  type StepResult,
} from './test-lanes.ts';

// `bench --tests` runs the lanes themselves for minutes; these tests drive its parts. Nothing here
// asserts a duration: a timed test fails on a loaded machine, not on a slow lane.
describe('bench --tests: the calibration', () => {
  it('is a fixed document (the same bytes every time), and the fastest of its runs is the unit', () => {
    expect(JSON.stringify(calibrationDocument())).toBe(JSON.stringify(calibrationDocument()));
    expect(JSON.stringify(calibrationDocument()).length).toBeGreaterThan(30_000);
    const c = calibrate(3, 20);
    expect(c.runsMs).toHaveLength(3);
    expect(c.unitMs).toBe(Math.min(...c.runsMs));
    expect(c.unitMs).toBeGreaterThan(0);
  });
});

describe("bench --tests: the lanes are package.json's own scripts", () => {
  it('npm test is the typecheck then the fast lane; npm run test:e2e the end-to-end lane, each a bin of node_modules', () => {
    const scripts = checkoutScripts();
    expect(laneSteps('test', scripts).map((s) => s.line)).toEqual([
      'tsc --noEmit -p tsconfig.json',
      'vitest run --config vitest.config.ts',
    ]);
    expect(laneSteps('test:e2e', scripts).map((s) => s.line)).toEqual(['vitest run --config vitest.e2e.config.ts']);
    for (const step of laneSteps('test', scripts)) expect(step.bin).toMatch(/node_modules\/(typescript|vitest)\//);
  });

  it('refuses a step it cannot run as written, a missing script and a missing bin, before anything runs', () => {
    expect(() => laneSteps('test', { test: 'vitest run | tee out.log' })).toThrow(/is not a plain command the bench can run/);
    expect(() => laneSteps('test', { test: "vitest run -t 'a b'" })).toThrow(ConfigurationError);
    expect(() => laneSteps('nope', {})).toThrow('package.json has no "nope" script');
    expect(() => laneSteps('test', { test: 'no-such-bin run' })).toThrow('runs no-such-bin, which is not in node_modules/.bin');
  });

  it('refuses an installed package: there are no tests to measure', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cfc-installed-'));
    writeFileSync(path.join(dir, 'package.json'), '{"scripts":{}}');
    expect(() => checkoutScripts(dir)).toThrow(/a checkout of connectfi-conformance, not an installed package/);
    expect(checkoutScripts(ROOT).test).toMatch(/vitest run/);
  });
});

describe('bench --tests: running and reporting a lane', () => {
  const node = (line: string, code: number): LaneStep => ({ script: 'x', line, bin: '-e', args: [`process.exit(${code})`] });

  it('runs the steps in order and stops at the first failure, like &&, keeping the end of its output', async () => {
    const results = await runLane([node('ok', 0), node('fails', 3), node('never', 0)], 10);
    expect(results.map((r) => [r.step.line, r.exitCode])).toEqual([
      ['ok', 0],
      ['fails', 3],
    ]);
    expect(results[0].tail).toBeUndefined();
    expect(results[1].tail).toBe('');
    for (const r of results) expect(r.units).toBeCloseTo(r.wallMs / 10, 6);
  });

  it('adds up the steps and says whether the fast lane is within its budget', () => {
    const step = (ms: number): StepResult => ({
      step: { script: 'test', line: 's', bin: 'b', args: [] },
      wallMs: ms,
      units: ms / 500,
      exitCode: 0,
      loadBefore: [0, 0, 0],
      loadAfter: [0, 0, 0],
    });
    expect(formatLane('test', [step(20_000), step(60_000)], 200)).toBe('npm run test: 80.0 s = 160.0 units, within its budget of 200');
    expect(formatLane('test', [step(60_000), step(60_000)], 200)).toBe('npm run test: 120.0 s = 240.0 units, OVER its budget of 200');
    expect(formatLane('test:e2e', [step(300_000)])).toBe('npm run test:e2e: 300.0 s = 600.0 units');
  });
});
