import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ProviderTarget, simulatorTarget } from '../../src/pact/provider-targets.ts';
import { runPactVerify } from '../../src/pact/verify-command.ts';
import { type VerifyResult, statesUsed, verifyPact } from '../../src/pact/verify.ts';
import { readPact } from '../../src/pact/index.ts';
import { startSimulator } from '../../src/simulator/index.ts';
import { type Rewrite, startRewritingProxy } from './testing/rewriting-proxy.ts';

/**
 * Provider side (docs/providers.md, "Provider states"): `npm run pact:verify` logic, in process, against the
 * embedded simulator; and two faulty variants of it (a proxy rewriting one response) that the
 * verification must reject, naming exactly the interaction concerned.
 */
const states = statesUsed();
const total = readPact().interactions.length;
let target: ProviderTarget;

beforeAll(async () => {
  target = await simulatorTarget(states);
});
afterAll(() => target?.close());

function verifyThrough(baseUrl: string): Promise<VerifyResult> {
  return verifyPact({ providerBaseUrl: baseUrl, token: target.token, stateSetups: target.stateSetups, beforeEach: target.beforeEach });
}

const failedExamples = (r: VerifyResult) =>
  r.failures.map((f) => /- ([a-z0-9-]+\.\d{3}\.[a-z0-9-]+):/.exec(f.interaction)?.[1] ?? f.interaction);

describe('contract.provider: verification against the embedded simulator', () => {
  it('contract.provider.simulator: every interaction passes', async () => {
    const result = await verifyThrough(target.baseUrl);
    expect(result.failures).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.interactions).toBe(total);
    const results = (result.report as { interactionResults: { result: string }[] }).interactionResults;
    expect(results.filter((r) => r.result === 'OK')).toHaveLength(total);
  });

  it('contract.provider.remote: CONNECTFI_BASE_URL with a provider-states URL verifies that provider instead', async () => {
    const remote = await startSimulator({ port: 0, enableStateApi: true });
    const out: string[] = [];
    try {
      const code = await runPactVerify(
        {
          CONNECTFI_BASE_URL: remote.baseUrl,
          CONNECTFI_ENV: 'sandbox',
          CONNECTFI_LOGIN: remote.credentials.login,
          CONNECTFI_PASSWORD: remote.credentials.password,
          CONNECTFI_PROVIDER_STATES_URL: `${remote.baseUrl}/__simulator/state`,
          CONNECTFI_PROVIDER_RESET_URL: `${remote.baseUrl}/__simulator/reset`,
        },
        { write: (t: string) => out.push(t) },
        { write: (t: string) => out.push(t) },
      );
      expect(out.join('')).toContain(`all ${total} interactions of the contract pass against ${remote.baseUrl}`);
      expect(code).toBe(0);
    } finally {
      await remote.close();
    }
  });

  it('contract.provider.config: a remote target not declared sandbox, or without credentials, cannot run (exit 2, one line)', async () => {
    for (const [env, code] of [
      [{ CONNECTFI_BASE_URL: 'http://127.0.0.1:9', CONNECTFI_TOKEN: 't' }, 'NOT_SANDBOX'],
      [{ CONNECTFI_BASE_URL: 'http://127.0.0.1:9', CONNECTFI_ENV: 'sandbox' }, 'MISSING_CREDENTIALS'],
    ] as const) {
      const err: string[] = [];
      expect(await runPactVerify(env, { write: () => {} }, { write: (t: string) => err.push(t) })).toBe(2);
      expect(err.join('')).toMatch(new RegExp(`^pact:verify: error \\[${code}\\]: [^\\n]+\\n$`));
    }
  });
});

describe('contract.provider: a faulty provider fails verification', () => {
  async function verifyVariant(rewrite: Rewrite): Promise<{ result: VerifyResult; rewritten: number }> {
    const proxy = await startRewritingProxy(target.baseUrl, rewrite);
    try {
      return { result: await verifyThrough(proxy.baseUrl), rewritten: proxy.rewritten() };
    } finally {
      await proxy.close();
    }
  }

  it('contract.provider.wrong-error-code: currencyNotSupported instead of the documented ibisFundsCurrency', async () => {
    // errata currency-error-code: README lists currencyNotSupported, the operation documents ibisFundsCurrency.
    const { result, rewritten } = await verifyVariant(({ body }) =>
      (body as { code?: string })?.code === 'ibisFundsCurrency' ? { ...(body as object), code: 'currencyNotSupported' } : undefined,
    );
    expect(rewritten).toBe(1);
    expect(result.ok).toBe(false);
    expect(failedExamples(result)).toEqual(['financial-funds-credit.400.currency']);
    expect(result.failures[0].mismatches.join('\n')).toMatch(
      /\$\.code.*ibisFundsCurrency|ibisFundsCurrency.*\$\.code|currencyNotSupported/,
    );
  });

  it('contract.provider.missing-field: a funds-credit answer without cFiFundsId', async () => {
    const { result, rewritten } = await verifyVariant(({ method, path, status, body }) => {
      if (method !== 'POST' || path !== '/ibis/financial/funds-credit' || status !== 200) return undefined;
      const { cFiFundsId: _dropped, ...data } = (body as { data: Record<string, unknown> }).data;
      return { ...(body as object), data };
    });
    expect(rewritten).toBe(1);
    expect(result.ok).toBe(false);
    expect(failedExamples(result)).toEqual(['financial-funds-credit.200.credited']);
    expect(result.failures[0].mismatches.join('\n')).toContain('cFiFundsId');
  });
});
