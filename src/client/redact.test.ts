import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { REDACTED, luhnValid, maskPan, maskPans, redact, redactText } from './redact.ts';

/** A Luhn-valid PAN of `length` digits: the generated payload plus its check digit. */
function withCheckDigit(payload: string): string {
  for (let d = 0; d <= 9; d++) if (luhnValid(payload + d)) return payload + d;
  throw new Error('unreachable');
}
const pan16 = fc.stringMatching(/^[1-9]\d{14}$/).map(withCheckDigit);
const panAny = fc.integer({ min: 11, max: 17 }).chain((n) => fc.stringMatching(new RegExp(`^[1-9]\\d{${n}}$`))).map(withCheckDigit);

/** Secrets as tokens and passwords look; not a piece of the placeholder, nor of JSON syntax or a number's text. */
const anySecret = fc.string({ minLength: 4, maxLength: 40 }).filter((s) => !REDACTED.includes(s) && !s.includes('*'));
const wordSecret = fc.stringMatching(/^[A-DF-Za-df-z_][A-DF-Za-df-z0-9_!#%&-]{3,39}$/).filter((s) => !/^(true|false|null)/.test(s));

/** JSON-like values with a string slot somewhere inside; `requestId` keys are exempt by design. */
const key = fc.string({ maxLength: 8 }).filter((k) => k !== 'requestId' && k !== '__proto__');
function nest(inner: unknown) {
  return fc.oneof(
    fc.constant(inner),
    fc.tuple(fc.array(fc.jsonValue(), { maxLength: 3 }), fc.nat(3)).map(([arr, i]) => {
      const out: unknown[] = [...arr];
      out.splice(Math.min(i, out.length), 0, inner);
      return out;
    }),
    fc.tuple(fc.dictionary(key, fc.jsonValue(), { maxKeys: 3 }), key).map(([obj, k]) => ({ ...obj, [k]: { deeper: [inner] } })),
  );
}

describe('luhn and masking', () => {
  it('knows valid and invalid card numbers', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('5555555555554444')).toBe(true);
    expect(luhnValid('378282246310005')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(luhnValid('')).toBe(false);
  });
  it('keeps the first 6 and the last 4 digits', () => {
    expect(maskPan('4111111111111111')).toBe('411111******1111');
    expect(maskPans('Card Number(4111111111111111)')).toBe('Card Number(411111******1111)');
    expect(maskPans('4111 1111 1111 1111')).toBe('4111 11** **** 1111');
    expect(maskPans('4111-1111-1111-1111 ok')).toBe('4111-11**-****-1111 ok');
  });
  it('leaves Luhn-invalid numbers, short numbers, dates and amounts alone', () => {
    // 4111111111111113: neither the number nor any 13-18 digit part of it passes Luhn.
    for (const text of ['4111111111111113', '1234567890123', '123456789012', '2022-10-07T08:18:57.360Z', 'amount 100000.25', 'icrd_3KBvJw2N0d81u5Y2sAqvCx']) {
      expect(maskPans(text)).toBe(text);
    }
  });
  it('masks only a number that stands alone: lookalikes inside other tokens stay whole', () => {
    // A hex requestId that holds 16 digits in a row (Luhn-valid: 4111111111111111), a float's
    // mantissa, a decimal fraction, ids, a PAN glued to more digits or letters.
    for (const text of ['a3f14111111111111111c2d4e5b69788', '1.3924024748305536e-219', '0.4111111111111111', '4111111111111111.25', 'icrd_4111111111111111', 'ref4111111111111111', '99994111111111111111']) {
      expect(maskPans(text)).toBe(text);
    }
    expect(luhnValid('3924024748305536')).toBe(true); // the mantissa above would be masked if it stood alone
    expect(maskPans('x 3924024748305536 y')).toBe('x 392402******5536 y');
    expect(maskPans('[4111111111111111,5555555555554444]')).toBe('[411111******1111,555555******4444]');
    expect(maskPans('no.4111111111111111 and 4111111111111111 1234')).toBe('no.411111******1111 and 411111******1111 1234');
  });
  it('masks the value of a card-number field, whatever surrounds it', () => {
    expect(redact({ card: { number: '4111111111111111' }, newCardNumber: { number: 5555555555554444 }, cardNumber: '4111-1111-1111-1111' })).toEqual({
      card: { number: '411111******1111' }, newCardNumber: { number: '555555******4444' }, cardNumber: '4111-11**-****-1111',
    });
    // A "number" that is no card number (not Luhn-valid, or too short) stays as it was, type included.
    expect(redact({ number: 4111111111111112, other: { number: '12345' } })).toEqual({ number: 4111111111111112, other: { number: '12345' } });
  });
});

describe('redact', () => {
  it('redacts secret keys whatever their value, keeps keyId', () => {
    const input = {
      pin: '1234', cvv: 123, CVC: '999', card: { encryptedData: 'abc', keyId: 'key-1' },
      accountNumber: '000123', vAccountNumber: 'x', password: 'p', token: 't', nested: [{ newPin: '4321' }],
      headers: { 'x-connectfi-token': 'tok', Authorization: 'Bearer x', 'content-type': 'application/json' },
    };
    expect(redact(input)).toEqual({
      pin: REDACTED, cvv: REDACTED, CVC: REDACTED, card: { encryptedData: REDACTED, keyId: 'key-1' },
      accountNumber: REDACTED, vAccountNumber: REDACTED, password: REDACTED, token: REDACTED, nested: [{ newPin: REDACTED }],
      headers: { 'x-connectfi-token': REDACTED, Authorization: REDACTED, 'content-type': 'application/json' },
    });
  });
  it('never mutates its input', () => {
    const input = { pin: '1234', list: [{ number: '4111111111111111' }], note: 'secret-token-value' };
    const copy = structuredClone(input);
    const out = redact(input, { secrets: ['secret-token-value'] });
    expect(input).toEqual(copy);
    expect(out).toEqual({ pin: REDACTED, list: [{ number: '411111******1111' }], note: REDACTED });
  });
  it('masks PANs in numbers, keys and strings', () => {
    expect(redact({ n: 4111111111111111, ['4111111111111111']: 1, m: 'Card Number(4111111111111111)' })).toEqual({
      n: '411111******1111', ['411111******1111']: 1, m: 'Card Number(411111******1111)',
    });
  });
  it('cuts known secrets, also escaped, and ignores very short ones', () => {
    const secret = 'pa"ss/wo rd';
    const text = `a ${secret} b ${JSON.stringify(secret)} c ${encodeURIComponent(secret)}`;
    expect(redactText(text, [secret])).not.toMatch(/pa.?"ss|pa%22ss/);
    expect(redactText('abc', ['ab'])).toBe('abc');
  });
  it('cuts credentials out of URLs', () => {
    expect(redactText('target https://me:s3cret@sandbox.example.com/api')).toBe('target https://[REDACTED]@sandbox.example.com/api');
    expect(redactText('https://sandbox.example.com:8443/a@b')).toBe('https://sandbox.example.com:8443/a@b');
  });
  it('keeps a 32-hex request id whole, handles cycles and dates', () => {
    const requestId = '1234567890123456789012345678901a';
    const cyclic: Record<string, unknown> = { requestId, when: new Date(0) };
    cyclic.self = cyclic;
    expect(redact(cyclic)).toEqual({ requestId, when: '1970-01-01T00:00:00.000Z', self: '[Circular]' });
  });
});

describe('redaction properties', () => {
  // Standalone: what is next to the number is not a letter, digit or underscore.
  const sep = fc.constantFrom(' ', '(', ')', '"', ':', ',', '\n', '=', '[', ']', '/');
  fcTest.prop([pan16, fc.string(), sep, sep, fc.string()])('a standalone Luhn-valid 16-digit number never survives in a text', (pan, before, l, r, after) => {
    expect(redactText(before + l + pan + r + after)).not.toContain(pan);
  });
  fcTest.prop([panAny, fc.string(), sep, sep, fc.string()])('nor one of 13-19 digits', (pan, before, l, r, after) => {
    expect(redactText(`${before}${l}${pan}${r}${after}`)).not.toContain(pan);
  });
  fcTest.prop([fc.stringMatching(/^[0-9a-f]{32}$/)])('a 32-hex request id is never altered, whatever digits it holds', (requestId) => {
    expect(redactText(`requestId ${requestId}: failed`)).toBe(`requestId ${requestId}: failed`);
    expect(redact({ requestId, note: `see ${requestId}` })).toEqual({ requestId, note: `see ${requestId}` });
  });
  // Integers are left out: an integer of 13-19 digits that passes Luhn is a card number.
  fcTest.prop([fc.double({ noNaN: true, noDefaultInfinity: true }).filter((x) => !Number.isInteger(x))])('a float is never altered, as a number or as text', (x) => {
    expect(redact({ x })).toEqual({ x });
    expect(redactText(`value ${x} done`)).toBe(`value ${x} done`);
  });
  fcTest.prop([pan16.chain((pan) => fc.tuple(fc.constant(pan), nest(`Card Number(${pan})`)))])(
    'a PAN embedded anywhere in a value never survives',
    ([pan, value]) => {
      expect(JSON.stringify(redact(value))).not.toContain(pan);
    },
  );
  fcTest.prop([anySecret, fc.string(), fc.string()])('the known secret never survives', (secret, before, after) => {
    const out = redactText(before + secret + after, [secret]);
    expect(out).not.toContain(secret);
  });
  fcTest.prop([wordSecret.chain((s) => fc.tuple(fc.constant(s), nest(`x${s}y`)))])(
    'the known secret never survives in a nested value, nor in its JSON',
    ([secret, value]) => {
      const out = JSON.stringify(redact(value, { secrets: [secret] }));
      expect(out).not.toContain(secret);
      expect(out).not.toContain(JSON.stringify(secret).slice(1, -1));
    },
  );
  fcTest.prop([fc.jsonValue()])('is idempotent and leaves the input unchanged', (value) => {
    const before = JSON.stringify(value);
    const once = redact(value, { secrets: ['s3cr3t'] });
    expect(JSON.stringify(value)).toBe(before);
    expect(redact(once, { secrets: ['s3cr3t'] })).toEqual(once);
  });
});
