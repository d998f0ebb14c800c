import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appEnv, parseProxyArgs, stopLines } from './commands/proxy.ts';
import { ProxySession } from '../proxy/index.ts';

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

  it('an incomplete stop lists each outcome never met with the outcomes body that forces it', () => {
    const session = new ProxySession('http://sim');
    const report = {
      ...session.report(),
      verdict: 'incomplete' as const,
      verdictDetail: '2 documented outcome(s) of the operations used were never met',
      missingOutcomes: [
        { operation: '/ibis/card/status', outcome: '200', force: null },
        { operation: '/ibis/card/status', outcome: 'cardNotFound', force: { operation: '/ibis/card/status', outcome: 'cardNotFound' } },
      ],
    };
    expect(stopLines(report, 'SIGINT', [], 'http://127.0.0.1:4020')).toEqual([
      'connectFi proxy stopped (SIGINT): 0 exchanges, verdict INCOMPLETE (2 documented outcome(s) of the operations used were never met)',
      'outcomes never met; each is forced on the next call of its operation by POST http://127.0.0.1:4020/__simulator/outcomes with:',
      '  {"operation":"/ibis/card/status","outcome":"cardNotFound"}',
      'reports: ',
    ]);
  });

  it("gives the app the simulator's variables with the proxy as base URL, and CONNECTFI_PROXY_URL", () => {
    const sim = { env: () => ({ CONNECTFI_BASE_URL: 'http://sim', CONNECTFI_LOGIN: 'sim_user' }) };
    expect(appEnv('http://proxy', sim)).toEqual({
      CONNECTFI_BASE_URL: 'http://proxy',
      CONNECTFI_LOGIN: 'sim_user',
      CONNECTFI_PROXY_URL: 'http://proxy',
    });
    expect(appEnv('http://proxy')).toEqual({ CONNECTFI_BASE_URL: 'http://proxy', CONNECTFI_PROXY_URL: 'http://proxy' });
    expect(parseProxyArgs(['--exec', 'npm test'], {}, tmpdir()).exec).toBe('npm test');
  });

  it("names the --pact-out contract's consumer after --consumer, else the app's package.json", () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cfc-consumer-'));
    expect(parseProxyArgs(['--pact-out', 'p.json'], {}, dir)).toMatchObject({ pactOut: 'p.json', consumer: 'connectfi-app' });
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'payout-service' }));
    expect(parseProxyArgs(['--pact-out', 'p.json'], {}, dir).consumer).toBe('payout-service');
    expect(parseProxyArgs(['--pact-out', 'p.json', '--consumer', 'acme-payouts'], {}, dir).consumer).toBe('acme-payouts');
  });
});
