import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { parseProxyArgs } from './commands/proxy.ts';

// The proxy command in its own process (reports on request and on SIGTERM): proxy-command.e2e.test.ts;
// its refused options: usage-errors.test.ts.
describe('connectfi-conformance proxy', () => {
  it('takes the upstream from CONNECTFI_BASE_URL, else the simulator', () => {
    expect(parseProxyArgs([], { CONNECTFI_BASE_URL: 'https://sandbox.example' }, tmpdir()).upstream).toBe('https://sandbox.example');
    expect(parseProxyArgs([], {}, tmpdir()).upstream).toBe('simulator');
    expect(() => parseProxyArgs([], { CONNECTFI_BASE_URL: 'ftp://x' }, tmpdir())).toThrow(
      'CONNECTFI_BASE_URL must be an http(s) URL or "simulator", got "ftp://x"',
    );
    expect(parseProxyArgs(['--upstream', 'simulator'], { CONNECTFI_BASE_URL: 'ftp://x' }, tmpdir()).upstream).toBe('simulator');
  });
});
