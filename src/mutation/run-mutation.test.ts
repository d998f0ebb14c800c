import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConfigurationError } from '../errors.ts';
import { runMutation, STRYKER_CONFIG } from './run-mutation.ts';
import { sampleMutationReport } from './testing/sample-mutation-report.ts';

describe('connectfi-conformance mutation --summary', () => {
  let root: string;
  let out: string;
  const sink = { write: (chunk: string) => ((out += chunk), true) } as unknown as NodeJS.WritableStream;
  const config = (thresholds: Record<string, unknown>) =>
    writeFileSync(
      path.join(root, STRYKER_CONFIG),
      JSON.stringify({ jsonReporter: { fileName: 'reports/mutation/mutation.json' }, thresholds }),
    );
  const writeReport = (value: unknown) => {
    mkdirSync(path.join(root, 'reports', 'mutation'), { recursive: true });
    writeFileSync(path.join(root, 'reports', 'mutation', 'mutation.json'), JSON.stringify(value));
  };

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'cfc-mutation-'));
    out = '';
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("prints the line of the configuration's JSON report; exit 1 below thresholds.break, 0 at or above it", async () => {
    config({ high: 90, low: 85, break: 85 });
    writeReport(sampleMutationReport(['Killed', 'Survived'], []));
    const below = await runMutation({ force: false, summaryOnly: true }, sink, root);
    expect(below.exitCode).toBe(1);
    expect(out).toMatch(/^mutation: 2 mutants, 1 killed, 1 survived, .*; score 50\.0%/);
    expect(out).toMatch(/the score is below 85% \(thresholds\.break of stryker\.config\.json\)/);
    config({ break: 50 });
    expect((await runMutation({ force: false, summaryOnly: true }, sink, root)).exitCode).toBe(0);
    config({ break: null });
    expect((await runMutation({ force: false, summaryOnly: true }, sink, root)).exitCode).toBe(0);
  });

  it('says in one coded error what is missing: the configuration, the report, a report at all', async () => {
    const code = (p: Promise<unknown>) =>
      p.then(
        () => 'resolved',
        (err: ConfigurationError) => err.code,
      );
    expect(await code(runMutation({ force: false, summaryOnly: true }, sink, root))).toBe('MUTATION_UNAVAILABLE');
    config({});
    expect(await code(runMutation({ force: false, summaryOnly: true }, sink, root))).toBe('REPORT_NOT_FOUND');
    writeReport({ files: [] });
    expect(await code(runMutation({ force: false, summaryOnly: true }, sink, root))).toBe('NOT_A_REPORT');
  });
});
