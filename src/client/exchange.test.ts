import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { type Exchange, recordExchange, shellQuote, toCurl } from './exchange.ts';
import { retryClass } from './retry-policy.ts';

const base: Exchange = {
  operation: '/ibis/card/set-pin',
  method: 'POST',
  url: 'https://sandbox.example.com/ibis/card/set-pin',
  requestHeaders: {
    accept: 'application/json',
    'content-type': 'application/json',
    'x-connectfi-token': 'tok-abcdef-123456',
    'user-agent': 'x',
    host: 'h',
  },
  requestBody: { cFiCardId: 'icrd_1', pin: '1234', note: "it's" },
  status: 200,
  responseHeaders: {},
  responseBody: { code: '0', data: { card: '4111111111111111' }, requestId: 'f'.repeat(32) },
  requestId: 'f'.repeat(32),
  durationMs: 3,
  startedAt: '2025-01-01T00:00:00.000Z',
  attempt: 1,
};

describe('recordExchange', () => {
  it('redacts the token header, the pin, PANs and known secrets', () => {
    const recorded = recordExchange({ ...base, responseHeaders: { 'set-cookie': 'a=b' }, error: 'x tok-abcdef-123456' }, [
      'tok-abcdef-123456',
    ]);
    expect(recorded.requestHeaders['x-connectfi-token']).toBe('[REDACTED]');
    expect(recorded.requestBody).toEqual({ cFiCardId: 'icrd_1', pin: '[REDACTED]', note: "it's" });
    expect(recorded.responseBody).toEqual({ code: '0', data: { card: '411111******1111' }, requestId: 'f'.repeat(32) });
    expect(recorded.responseHeaders['set-cookie']).toBe('[REDACTED]');
    expect(recorded.error).toBe('x [REDACTED]');
  });

  // Headers and bodies are redacted when first read (exchange.ts): every way out of the record
  // must read them redacted.
  const SECRETS = ['tok-abcdef-123456', '1234', '4111111111111111'];
  const leaks = (text: string) =>
    SECRETS.filter((secret) => secret !== '1234' && text.includes(secret)).concat(text.includes('"pin":"1234"') ? ['pin'] : []);

  it('reads redacted through JSON, a spread, structuredClone and Object.entries', () => {
    const ways: [string, (r: Exchange) => string][] = [
      ['JSON.stringify', (r) => JSON.stringify(r)],
      ['spread', (r) => JSON.stringify({ ...r })],
      ['structuredClone', (r) => JSON.stringify(structuredClone(r))],
      ['Object.entries', (r) => JSON.stringify(Object.entries(r))],
    ];
    for (const [name, out] of ways) expect(leaks(out(recordExchange(base, ['tok-abcdef-123456']))), name).toEqual([]);
  });

  it('records what was sent: changing the objects passed in afterwards changes nothing', () => {
    const body = { cFiCardId: 'icrd_1', amount: 5 };
    const recorded = recordExchange({ ...base, requestBody: body }, []);
    body.amount = 500;
    expect(recorded.requestBody).toEqual({ cFiCardId: 'icrd_1', amount: 5 });
    expect(recorded.requestBody).toBe(recorded.requestBody); // redacted once, then kept
  });

  it('redacts at once what has no JSON form (a cycle)', () => {
    const cyclic: Record<string, unknown> = { pin: '1234' };
    cyclic.self = cyclic;
    const recorded = recordExchange({ ...base, requestBody: cyclic }, []);
    expect(recorded.requestBody).toEqual({ pin: '[REDACTED]', self: '[Circular]' });
  });
});

describe('toCurl', () => {
  it('renders a command with the token as $CONNECTFI_TOKEN', () => {
    const curl = toCurl(recordExchange(base, []));
    expect(curl).toBe(
      `curl -sS -X POST 'https://sandbox.example.com/ibis/card/set-pin' -H 'accept: application/json' -H 'content-type: application/json' ` +
        `-H "x-connectfi-token: $CONNECTFI_TOKEN" --data-raw '{"cFiCardId":"icrd_1","pin":"[REDACTED]","note":"it'\\''s"}'`,
    );
  });

  it('sends a raw string body verbatim and omits an absent body', () => {
    expect(toCurl({ ...base, requestBody: '{"broken": ', requestHeaders: {} })).toBe(
      `curl -sS -X POST 'https://sandbox.example.com/ibis/card/set-pin' --data-raw '{"broken": '`,
    );
    expect(toCurl({ ...base, method: 'get', requestBody: undefined, requestHeaders: {} })).toBe(
      `curl -sS -X GET 'https://sandbox.example.com/ibis/card/set-pin'`,
    );
  });

  it('quotes for a POSIX shell: what sh receives is the original text', () => {
    for (const word of ['plain', "it's", "a'b'c", '$HOME `id` "q" \\ \n!']) {
      expect(execFileSync('sh', ['-c', `printf %s ${shellQuote(word)}`], { encoding: 'utf8' })).toBe(word);
    }
  });
});

describe('retryClass', () => {
  it('classifies reads, reference-bearing writes and the rest', () => {
    expect(retryClass('/ibis/card/status', 'POST', {})).toBe('read');
    expect(retryClass('/ibis/financial/funds-credit', 'POST', { reference: 'r' })).toBe('reference');
    expect(retryClass('/ibis/card/reissue', 'POST', { reissueType: '3' })).toBe('reference');
    expect(retryClass('/ibis/card/reissue', 'POST', { reissueType: '1' })).toBe('unsafe');
    expect(retryClass('/ibis/credit-card/application', 'POST', {})).toBe('unsafe');
    expect(retryClass('/ibis/card/set-pin', 'POST', {})).toBe('unsafe');
    expect(retryClass(null, 'GET', undefined)).toBe('read');
    expect(retryClass(null, 'POST', undefined)).toBe('unsafe');
  });
});
