import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { luhnValid } from '../client/redact.ts';
import { runCli, startStandaloneSimulator, type StandaloneSimulator } from '../testing/spawn-cli.ts';

/**
 * Ten consecutive `run --evidence all` against the standalone simulator (each with its own random
 * seed), then every report file is scanned for a standalone Luhn-valid 13-19 digit number. For time,
 * each run is limited to the checks whose exchanges carry card numbers: register (clearCard.number
 * in the request) and reissue (newCardNumber.number in the response).
 */
const RUNS = 10;
// Every file a run writes (docs/ci.md, "Reports"), each scanned.
const REPORT_FILES = ['conformance.html', 'conformance.json', 'drift.json', 'junit.xml', 'summary.md'];
const ONLY = '^(register\\.|cards\\.reissue\\.)';
// Standalone: no letter, digit or underscore next to it, and not a part of a decimal number.
const STANDALONE = /(?<!\w|\d\.)\d(?:[ -]?\d){12,18}(?!\w|\.\d)/g;

describe('no card number in any report, run after run', () => {
  let sim: StandaloneSimulator;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'cfc-panleak-'));
    sim = await startStandaloneSimulator();
  }, 30_000);
  afterAll(() => {
    return sim?.stop();
  });

  it(`${RUNS} consecutive runs with --evidence all leave no standalone Luhn-valid 13-19 digit number`, async () => {
    let scanned = 0;
    let masked = 0;
    for (let i = 0; i < RUNS; i++) {
      const reportDir = path.join(dir, `run-${i}`);
      const r = await runCli(
        ['run', '--env-file', sim.envFile, '--evidence', 'all', '--only', ONLY, '--runs', '3', '--report-dir', reportDir],
        {},
        dir,
      );
      expect(r.code, r.stdout + r.stderr).toBe(0);
      expect(readdirSync(reportDir).sort()).toEqual(REPORT_FILES);
      for (const name of readdirSync(reportDir)) {
        const text = readFileSync(path.join(reportDir, name), 'utf8');
        scanned++;
        masked += (text.match(/\b\d{6}\*{3,9}\d{4}\b/g) ?? []).length;
        for (const m of text.matchAll(STANDALONE)) {
          const digits = m[0].replace(/[ -]/g, '');
          if (digits.length < 13 || digits.length > 19) continue;
          expect(
            luhnValid(digits),
            `run ${i}, ${name}: a Luhn-valid number …${text.slice(Math.max(0, m.index - 60), m.index)}[${digits.length} digits]`,
          ).toBe(false);
        }
      }
    }
    expect(scanned).toBe(RUNS * REPORT_FILES.length);
    // The runs did meet card numbers: the reports hold them masked.
    expect(masked).toBeGreaterThan(RUNS);
  }, 900_000);
});
