import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { parseProxyArgs } from './commands/proxy.ts';

// The proxy command in its own process (reports on request and on SIGTERM): proxy-command.e2e.test.ts.
describe('connectfi-conformance proxy', () => {
  it.each([
    [['--upstream', 'ftp://x'], '--upstream must be an http(s) URL or "simulator", got "ftp://x"'],
    [['--upstream', 'not a url'], '--upstream must be an http(s) URL or "simulator", got "not a url"'],
    [['--port=-1'], '--port must be an integer from 0 to 65535, got "-1"'],
    [['--progress-every', 'x'], '--progress-every must be an integer from 0 to 1000000, got "x"'],
    [['--upstream', 'https://sandbox.example', '--write-env', 'f'], '--write-env needs --upstream simulator'],
    [['extra'], 'unexpected argument "extra"'],
  ])('validates %j early: %s', (argv, message) => {
    expect(() => parseProxyArgs(argv, {}, tmpdir())).toThrow(message);
  });

  it('takes the upstream from CONNECTFI_BASE_URL, else the simulator', () => {
    expect(parseProxyArgs([], { CONNECTFI_BASE_URL: 'https://sandbox.example' }, tmpdir()).upstream).toBe('https://sandbox.example');
    expect(parseProxyArgs([], {}, tmpdir()).upstream).toBe('simulator');
    expect(() => parseProxyArgs([], { CONNECTFI_BASE_URL: 'ftp://x' }, tmpdir())).toThrow(
      'CONNECTFI_BASE_URL must be an http(s) URL or "simulator", got "ftp://x"',
    );
    expect(parseProxyArgs(['--upstream', 'simulator'], { CONNECTFI_BASE_URL: 'ftp://x' }, tmpdir()).upstream).toBe('simulator');
  });
});
