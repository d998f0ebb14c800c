import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConformanceReport } from '../reporting/types.ts';
import { runCli, startStandaloneSimulator, type StandaloneSimulator } from '../testing/spawn-cli.ts';

/**
 * `run --shard I/N` + `merge-reports`, as a CI matrix uses them: three shard jobs and one unsharded
 * run against the standalone simulator with the same seed; the merged report must have the very
 * same check ids and statuses (and summary) as the unsharded one.
 */
const read = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'conformance.json'), 'utf8')) as ConformanceReport;
const rows = (r: ConformanceReport) => r.checks.map((c) => `${c.id} ${c.status}`).sort();

describe('run --shard and merge-reports against the standalone simulator', () => {
  let sim: StandaloneSimulator;
  const dirs: Record<string, string> = {};
  beforeAll(async () => {
    sim = await startStandaloneSimulator(['--seed', 'shards']);
  });
  afterAll(async () => {
    await sim?.stop();
  });

  it('shards 1/3, 2/3, 3/3 merged equal an unsharded run with the same seed', async () => {
    for (const shard of ['', '1/3', '2/3', '3/3']) {
      const dir = mkdtempSync(path.join(tmpdir(), 'cfc-shard-'));
      dirs[shard || 'all'] = dir;
      const r = await runCli([
        'run',
        '--env-file',
        sim.envFile,
        '--seed',
        '16',
        '--runs',
        '1',
        '--report-dir',
        dir,
        ...(shard ? ['--shard', shard] : []),
      ]);
      expect(r.code, r.stdout + r.stderr).toBe(0);
      if (shard) expect(r.stdout).toMatch(new RegExp(`^shard ${shard}: ran \\d+ of the run's \\d+ checks`, 'm'));
    }
    const whole = read(dirs.all);
    const shards = ['1/3', '2/3', '3/3'].map((s) => read(dirs[s]));
    // Each shard knows the whole selection, runs a disjoint part of it, and no part is empty.
    const own = shards.map((s) => s.checks.filter((c) => !s.shard!.runWide.includes(c.id)).map((c) => c.id));
    expect(new Set(own.flat()).size).toBe(own.flat().length);
    expect(own.flat().sort()).toEqual(shards[0].shard!.checkIds);
    for (const part of own) expect(part.length).toBeGreaterThan(whole.checks.length / 6);

    const out = mkdtempSync(path.join(tmpdir(), 'cfc-merged-'));
    const merge = await runCli(['merge-reports', dirs['1/3'], dirs['2/3'], dirs['3/3'], '--report-dir', out]);
    expect(merge.code, merge.stdout + merge.stderr).toBe(0);
    const merged = read(out);
    expect(rows(merged)).toEqual(rows(whole));
    // The statuses equal the unsharded run's; the request and card counters are what the three
    // shard jobs really sent and opened (each shard logs in and sets up its own shared cards).
    const statuses = ({ passed, failed, skipped, waived, notApplicable }: typeof whole.summary) => ({
      passed,
      failed,
      skipped,
      waived,
      notApplicable,
    });
    expect(statuses(merged.summary)).toEqual(statuses(whole.summary));
    for (const counter of ['requests', 'cardsOpened', 'accountsOpened'] as const) {
      expect(merged.summary[counter], counter).toBe(shards.reduce((n, s) => n + (s.summary[counter] ?? 0), 0));
    }
    expect(merged.shard).toBeUndefined();
    // The shards' drift.json (docs/architecture.md, "Observed drift") added up: every answer counted once.
    const answers = (dir: string) =>
      Object.values((JSON.parse(readFileSync(path.join(dir, 'drift.json'), 'utf8')) as { answers: Record<string, number> }).answers).reduce(
        (n, a) => n + a,
        0,
      );
    expect(answers(out)).toBe(['1/3', '2/3', '3/3'].reduce((n, s) => n + answers(dirs[s]), 0));
    expect(answers(out)).toBeGreaterThan(0);
    for (const file of ['conformance.html', 'junit.xml', 'summary.md'])
      expect(readFileSync(path.join(out, file), 'utf8').length).toBeGreaterThan(100);
    expect(readFileSync(path.join(out, 'junit.xml'), 'utf8').match(/<testcase /g)).toHaveLength(whole.checks.length + 1); // every check, and the verdict test case
  }, 900_000);

  it('refuses a missing shard, a shard given twice, and an unsharded report: exit 2, one line', async () => {
    const cases: [string[], RegExp][] = [
      [
        [dirs['1/3'], dirs['2/3']],
        /^error \[MERGE_REPORTS\]: \d+ check\(s\) missing from the merged reports \(shard\(s\) 3\/3 not given\): /,
      ],
      [[dirs['1/3'], dirs['2/3'], dirs['3/3'], dirs['2/3']], /^error \[MERGE_REPORTS\]: shard 2\/3 is given twice: /],
      [[dirs.all], /^error \[MERGE_REPORTS\]: .* is not a shard report \(it was not written by run --shard I\/N\)$/],
      [[path.join(dirs.all, 'nothing-here')], /^error \[MERGE_REPORTS\]: .*nothing-here: no conformance\.json there$/],
    ];
    for (const [args, line] of cases) {
      const r = await runCli(['merge-reports', ...args, '--report-dir', mkdtempSync(path.join(tmpdir(), 'cfc-merged-'))]);
      expect(r.code, r.stdout + r.stderr).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr.trim()).toMatch(line);
    }
  }, 60_000);
});
