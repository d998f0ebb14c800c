import { describe, expect, it } from 'vitest';
import { runMain as cli } from '../testing/run-main.ts';

// The bench is a subcommand like every other job (docs/architecture.md, "Where things go"); a full
// run takes minutes and writes reports/bench.json, so the test drives only its argument handling.
describe('connectfi-conformance bench', () => {
  it('is listed in the top-level help and has its own --help', async () => {
    expect((await cli(['--help'])).stdout).toMatch(/^\s+bench\s/m);
    const r = await cli(['bench', '--help']);
    expect(r.code).toBe(0);
    for (const flag of ['--requests', '--concurrency', '--warmup', '--latency', '--no-prism', '--no-conformance', '--tests', '--e2e'])
      expect(r.stdout).toContain(flag);
  });
  it('refuses a bad number with one usage line and exit 2, before starting any server', async () => {
    const r = await cli(['bench', '--requests', '0']);
    expect(r.code).toBe(2);
    // One line: the message says what the value must be, so the usage does not follow it.
    expect(r.stderr).toBe('error [USAGE]: --requests must be a positive integer, got "0"\n');
  });
  it('takes --e2e only with --tests', async () => {
    const r = await cli(['bench', '--e2e']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('error [USAGE]: --e2e goes with --tests');
  });
});
