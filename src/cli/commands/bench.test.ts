import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../api/paths.ts';

const BIN = path.join(ROOT, 'bin', 'connectfi-conformance.mjs');
const cli = (args: string[]) => spawnSync(process.execPath, ['--', BIN, ...args], { encoding: 'utf8', cwd: tmpdir() });

// The bench is a subcommand like every other job (docs/architecture.md, "Where things go"); a full
// run takes minutes and writes reports/bench.json, so the test drives only its argument handling.
describe('connectfi-conformance bench', () => {
  it('is listed in the top-level help and has its own --help', () => {
    expect(cli(['--help']).stdout).toMatch(/^\s+bench\s/m);
    const r = cli(['bench', '--help']);
    expect(r.status).toBe(0);
    for (const flag of ['--requests', '--concurrency', '--warmup', '--latency', '--no-prism', '--no-conformance'])
      expect(r.stdout).toContain(flag);
  });
  it('refuses a bad number with one usage line and exit 2, before starting any server', () => {
    const r = cli(['bench', '--requests', '0']);
    expect(r.status).toBe(2);
    // One line: the message says what the value must be, so the usage does not follow it.
    expect(r.stderr).toBe('error [USAGE]: --requests must be a positive integer, got "0"\n');
  });
});
