import { describe, expect, it } from 'vitest';
import { runMain as cli } from '../testing/run-main.ts';

describe('connectfi-conformance selfcheck', () => {
  it('has --help, listed in the top-level help', async () => {
    const r = await cli(['selfcheck', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^usage: connectfi-conformance selfcheck \[options\]/);
    expect(r.stdout).toContain('--only PATTERN');
    expect((await cli(['--help'])).stdout).toMatch(/\n {2}selfcheck {2,}grade the suite/);
  });

  it.each([
    [['--only', 'no-such-fault'], /^error \[USAGE\]: --only "no-such-fault" matches no fault; faults: auth-not-enforced, /],
    [['--runs', '0'], /^error \[INVALID_OPTION\]: --runs must be an integer from 1 to 1000, got "0"/],
    [['--bogus'], /^error \[USAGE\]: Unknown option '--bogus'/],
  ])('refuses %j before running anything: exit 2, one line', async (args, message) => {
    const r = await cli(['selfcheck', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });
});
