import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resolveRunConfig, parseRateLimit } from './config.ts';

const dir = () => mkdtempSync(path.join(tmpdir(), 'cfc-config-'));

describe('resolveRunConfig', () => {
  it('targets the embedded simulator when no base URL is configured', () => {
    const c = resolveRunConfig({}, {}, dir());
    expect(c.baseUrl).toBeNull();
    expect(c.environment).toBe('simulator');
    expect(c.runs).toBe(20);
    expect(c.concurrency).toBe(32);
  });

  it('sends half the generated cases to a remote target by default (each one is a sandbox request)', () => {
    const remote = resolveRunConfig({ target: 'https://x.example' }, { CONNECTFI_TOKEN: 't', CONNECTFI_ENV: 'sandbox' }, dir());
    expect(remote.runs).toBe(10);
    expect(
      resolveRunConfig({ target: 'https://x.example', runs: '20' }, { CONNECTFI_TOKEN: 't', CONNECTFI_ENV: 'sandbox' }, dir()).runs,
    ).toBe(20);
  });

  it('applies flags over environment over the .env file', () => {
    const cwd = dir();
    writeFileSync(
      path.join(cwd, '.env'),
      'CONNECTFI_BASE_URL=https://from-dotenv.example\nCONNECTFI_TOKEN=t1\nCONNECTFI_ENV=sandbox\nCONNECTFI_RUNS=5\nCONNECTFI_CUSTOMER_ID=cstap_dotenv\n',
    );
    const fromDotenv = resolveRunConfig({}, {}, cwd);
    expect(fromDotenv).toMatchObject({ baseUrl: 'https://from-dotenv.example', runs: 5, fixtures: { customerId: 'cstap_dotenv' } });
    const fromEnv = resolveRunConfig({}, { CONNECTFI_RUNS: '7', CONNECTFI_CUSTOMER_ID: 'cstap_env' }, cwd);
    expect(fromEnv).toMatchObject({ runs: 7, fixtures: { customerId: 'cstap_env' } });
    const fromFlags = resolveRunConfig({ runs: '9', target: 'https://flag.example/' }, { CONNECTFI_RUNS: '7' }, cwd);
    expect(fromFlags).toMatchObject({ runs: 9, baseUrl: 'https://flag.example' });
  });

  it('reads --env-file and refuses a missing one by name', () => {
    const cwd = dir();
    writeFileSync(path.join(cwd, 'sim.env'), 'CONNECTFI_SEED=42\n');
    expect(resolveRunConfig({ envFile: 'sim.env' }, {}, cwd).seed).toBe('42');
    expect(() => resolveRunConfig({ envFile: 'nope.env' }, {}, cwd)).toThrow(/--env-file .*nope.env does not exist/);
  });

  it('refuses a remote target without credentials, and one not declared sandbox unless --allow-production', () => {
    const cwd = dir();
    expect(() => resolveRunConfig({ target: 'https://x.example' }, {}, cwd)).toThrow(
      /needs CONNECTFI_TOKEN, or CONNECTFI_LOGIN and CONNECTFI_PASSWORD/,
    );
    expect(() => resolveRunConfig({ target: 'https://x.example' }, { CONNECTFI_TOKEN: 't' }, cwd)).toThrow(
      /CONNECTFI_ENV is "unspecified", not "sandbox"/,
    );
    expect(() => resolveRunConfig({ target: 'https://x.example' }, { CONNECTFI_TOKEN: 't', CONNECTFI_ENV: 'production' }, cwd)).toThrow(
      /--allow-production/,
    );
    expect(
      resolveRunConfig({ target: 'https://x.example', allowProduction: true }, { CONNECTFI_TOKEN: 't', CONNECTFI_ENV: 'production' }, cwd)
        .baseUrl,
    ).toBe('https://x.example');
    expect(
      resolveRunConfig({ target: 'https://x.example' }, { CONNECTFI_LOGIN: 'u', CONNECTFI_PASSWORD: 'p', CONNECTFI_ENV: 'sandbox' }, cwd)
        .login,
    ).toBe('u');
  });

  it('names the option and the value in every validation error', () => {
    const cwd = dir();
    expect(() => resolveRunConfig({ runs: 'many' }, {}, cwd)).toThrow('--runs must be an integer from 1 to 100000, got "many"');
    expect(() => resolveRunConfig({ concurrency: '0' }, {}, cwd)).toThrow('--concurrency must be an integer from 1 to 256, got "0"');
    expect(() => resolveRunConfig({}, { CONNECTFI_CONCURRENCY: '-3' }, cwd)).toThrow(
      'CONNECTFI_CONCURRENCY must be an integer from 1 to 256, got "-3"',
    );
    expect(() => resolveRunConfig({ target: 'ftp://x' }, {}, cwd)).toThrow('--target must be an http(s) URL, got "ftp://x"');
    expect(() => resolveRunConfig({ target: 'not a url' }, {}, cwd)).toThrow('--target must be an http(s) URL');
    expect(() => resolveRunConfig({ rateLimit: 'fast' }, {}, cwd)).toThrow('--rate-limit must look like 10/s');
    expect(() => resolveRunConfig({ shard: '3/2' }, {}, cwd)).toThrow('--shard must be I/N with 1 <= I <= N <= 256 (e.g. 2/4), got "3/2"');
    expect(() => resolveRunConfig({ only: '(' }, {}, cwd)).toThrow(
      '--only must be a regular expression, got "(": Invalid regular expression',
    );
    expect(() => resolveRunConfig({ evidence: 'some' }, {}, cwd)).toThrow('--evidence must be "all" or "failures", got "some"');
  });

  it('validates a value from the environment or .env by the rule of its flag, naming the variable', () => {
    const cwd = dir();
    writeFileSync(path.join(cwd, '.env'), 'CONNECTFI_MAX_REQUESTS=0\n');
    expect(() => resolveRunConfig({}, {}, cwd)).toThrow('CONNECTFI_MAX_REQUESTS must be an integer from 1 to 10000000, got "0"');
    expect(resolveRunConfig({ maxRequests: '5' }, {}, cwd).maxRequests).toBe(5);
    expect(() => resolveRunConfig({}, { CONNECTFI_RATE_LIMIT: 'abc' }, dir())).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION', message: expect.stringMatching(/^CONNECTFI_RATE_LIMIT must look like 10\/s/) }),
    );
    expect(() => resolveRunConfig({}, { CONNECTFI_BASE_URL: 'ftp://x' }, dir())).toThrow(
      'CONNECTFI_BASE_URL must be an http(s) URL, got "ftp://x"',
    );
    expect(() => resolveRunConfig({}, { CONNECTFI_TIMEOUT_MS: '50' }, dir())).toThrow(
      'CONNECTFI_TIMEOUT_MS must be an integer from 100 to 600000, got "50"',
    );
    expect(resolveRunConfig({}, { CONNECTFI_EVIDENCE: 'all', CONNECTFI_RATE_LIMIT: '2.5/s' }, dir())).toMatchObject({
      evidence: 'all',
      rateLimit: 2.5,
    });
  });

  it('parses rate limits as requests per second', () => {
    expect(parseRateLimit('10/s')).toBe(10);
    expect(parseRateLimit('2.5')).toBe(2.5);
    for (const bad of ['0/s', 'fast', '10/m', '']) expect(parseRateLimit(bad), bad).toBeUndefined();
  });
});
