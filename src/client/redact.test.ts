import { fc, test as fcTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { MIN_SECRET_LENGTH, REDACTED, isRedactableSecret, luhnValid, maskPan, maskPans, redact, redactText, redactor } from './redact.ts';

/** A Luhn-valid PAN of `length` digits: the generated payload plus its check digit. */
function withCheckDigit(payload: string): string {
  for (let d = 0; d <= 9; d++) if (luhnValid(payload + d)) return payload + d;
  throw new Error('unreachable');
}
const pan16 = fc.stringMatching(/^[1-9]\d{14}$/).map(withCheckDigit);
const panAny = fc
  .integer({ min: 11, max: 17 })
  .chain((n) => fc.stringMatching(new RegExp(`^[1-9]\\d{${n}}$`)))
  .map(withCheckDigit);

/** Secrets as tokens and passwords look; not a piece of the placeholder, nor of JSON syntax or a number's text. */
const anySecret = fc
  .string({ minLength: MIN_SECRET_LENGTH, maxLength: 40 })
  .filter((s) => !REDACTED.includes(s) && !s.includes('*') && isRedactableSecret(s));
const wordSecret = fc
  .stringMatching(/^[A-DF-Za-df-z_][A-DF-Za-df-z0-9_!#%&-]{7,39}$/)
  .filter((s) => !/^(true|false|null)/.test(s) && isRedactableSecret(s));

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
    for (const text of [
      '4111111111111113',
      '1234567890123',
      '123456789012',
      '2022-10-07T08:18:57.360Z',
      'amount 100000.25',
      'icrd_3KBvJw2N0d81u5Y2sAqvCx',
    ]) {
      expect(maskPans(text)).toBe(text);
    }
  });
  it('masks only a number that stands alone: lookalikes inside other tokens stay whole', () => {
    // A hex requestId that holds 16 digits in a row (Luhn-valid: 4111111111111111), a float's
    // mantissa, a decimal fraction, ids, a PAN glued to more digits or letters.
    for (const text of [
      'a3f14111111111111111c2d4e5b69788',
      '1.3924024748305536e-219',
      '0.4111111111111111',
      '4111111111111111.25',
      'icrd_4111111111111111',
      'ref4111111111111111',
      '99994111111111111111',
    ]) {
      expect(maskPans(text)).toBe(text);
    }
    expect(luhnValid('3924024748305536')).toBe(true); // the mantissa above would be masked if it stood alone
    expect(maskPans('x 3924024748305536 y')).toBe('x 392402******5536 y');
    expect(maskPans('[4111111111111111,5555555555554444]')).toBe('[411111******1111,555555******4444]');
    expect(maskPans('no.4111111111111111 and 4111111111111111 1234')).toBe('no.411111******1111 and 411111******1111 1234');
  });
  it('masks the value of a card-number field, whatever surrounds it', () => {
    expect(
      redact({ card: { number: '4111111111111111' }, newCardNumber: { number: 5555555555554444 }, cardNumber: '4111-1111-1111-1111' }),
    ).toEqual({
      card: { number: '411111******1111' },
      newCardNumber: { number: '555555******4444' },
      cardNumber: '4111-11**-****-1111',
    });
    // A "number" that is no card number (not Luhn-valid, or too short) stays as it was, type included.
    expect(redact({ number: 4111111111111112, other: { number: '12345' } })).toEqual({
      number: 4111111111111112,
      other: { number: '12345' },
    });
  });
});

describe('redact', () => {
  it('redacts secret keys whatever their value, keeps keyId', () => {
    const input = {
      pin: '1234',
      cvv: 123,
      CVC: '999',
      card: { encryptedData: 'abc', keyId: 'key-1' },
      accountNumber: '000123',
      vAccountNumber: 'x',
      password: 'p',
      token: 't',
      nested: [{ newPin: '4321' }],
      headers: { 'x-connectfi-token': 'tok', Authorization: 'Bearer x', 'content-type': 'application/json' },
    };
    expect(redact(input)).toEqual({
      pin: REDACTED,
      cvv: REDACTED,
      CVC: REDACTED,
      card: { encryptedData: REDACTED, keyId: 'key-1' },
      accountNumber: REDACTED,
      vAccountNumber: REDACTED,
      password: REDACTED,
      token: REDACTED,
      nested: [{ newPin: REDACTED }],
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
      n: '411111******1111',
      ['411111******1111']: 1,
      m: 'Card Number(411111******1111)',
    });
  });
  it('cuts known secrets, also escaped, and ignores very short ones', () => {
    const secret = 'pa"ss/wo rd';
    const text = `a ${secret} b ${JSON.stringify(secret)} c ${encodeURIComponent(secret)}`;
    expect(redactText(text, [secret])).not.toMatch(/pa.?"ss|pa%22ss/);
    expect(redactText('abc', ['ab'])).toBe('abc');
  });
  it('redacts a short or placeholder secret by key only: the same text elsewhere is no secret', () => {
    // A mock that answers the documentation's examples gives "string" as the requestId and as the token.
    const answer = { requestId: 'string', data: { token: 'string', note: 'a test of string, password and abc1234' } };
    const secrets = ['string', 'test', 'password', 'abc1234', 'xxxxxxxxxx', '12345678', 'PassWord'];
    expect(redact(answer, { secrets })).toEqual({
      requestId: 'string',
      data: { token: REDACTED, note: 'a test of string, password and abc1234' },
    });
    expect(redactText('login password with xxxxxxxxxx and 12345678', secrets)).toBe('login password with xxxxxxxxxx and 12345678');
    expect(['string', 'test', 'password', 'Password', 'abc1234', 'xxxxxxxx', '12345678'].filter(isRedactableSecret)).toEqual([]);
    // A real secret of 8 characters or more is still cut out of every string.
    expect(isRedactableSecret('hunter2-Sample!')).toBe(true);
    expect(redactText('pw hunter2-Sample! end', ['hunter2-Sample!', 'password'])).toBe('pw [REDACTED] end');
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
  fcTest.prop([pan16, fc.string(), sep, sep, fc.string()])(
    'a standalone Luhn-valid 16-digit number never survives in a text',
    (pan, before, l, r, after) => {
      expect(redactText(before + l + pan + r + after)).not.toContain(pan);
    },
  );
  fcTest.prop([panAny, fc.string(), sep, sep, fc.string()])('nor one of 13-19 digits', (pan, before, l, r, after) => {
    expect(redactText(`${before}${l}${pan}${r}${after}`)).not.toContain(pan);
  });
  fcTest.prop([fc.stringMatching(/^[0-9a-f]{32}$/)])('a 32-hex request id is never altered, whatever digits it holds', (requestId) => {
    expect(redactText(`requestId ${requestId}: failed`)).toBe(`requestId ${requestId}: failed`);
    expect(redact({ requestId, note: `see ${requestId}` })).toEqual({ requestId, note: `see ${requestId}` });
  });
  // Integers are left out: an integer of 13-19 digits that passes Luhn is a card number.
  fcTest.prop([fc.double({ noNaN: true, noDefaultInfinity: true }).filter((x) => !Number.isInteger(x))])(
    'a float is never altered, as a number or as text',
    (x) => {
      expect(redact({ x })).toEqual({ x });
      expect(redactText(`value ${x} done`)).toBe(`value ${x} done`);
    },
  );
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
    const once = redact(value, { secrets: ['s3cr3t-value'] });
    expect(JSON.stringify(value)).toBe(before);
    expect(redact(once, { secrets: ['s3cr3t-value'] })).toEqual(once);
  });
});

describe('many secrets', () => {
  /** The forms a secret is cut in: as it is, JSON-escaped and URL-encoded. */
  const formsOf = (s: string) => [s, JSON.stringify(s).slice(1, -1), encodeURIComponent(s)];
  // Characters that make secrets overlap each other, their escaped forms and the placeholder.
  const tricky = fc.constantFrom('[', ']', 'R', 'E', 'D', 'A', 'C', 'T', '"', '\\', '%', '2', '0', 'a', ' ', '/');
  const fragment = fc
    .tuple(fc.nat(REDACTED.length), fc.nat(REDACTED.length))
    .map(([a, b]) => REDACTED.slice(Math.min(a, b), Math.max(a, b)));
  const slice = (text: string) =>
    fc.tuple(fc.nat(text.length), fc.nat(text.length)).map(([a, b]) => text.slice(Math.min(a, b), Math.max(a, b)));
  /**
   * Secrets that overlap one another (pieces of one text: which is cut first decides the output) and
   * that a cut can bring about (a piece of the placeholder next to a piece of that text: "D]ab"
   * appears when "xy" is cut out of "xyab"), among random ones.
   */
  const secretList = fc.string({ unit: tricky, minLength: 8, maxLength: 24 }).chain((base) =>
    fc.tuple(
      fc.constant(base),
      fc.array(
        fc.oneof(
          slice(base),
          fc.tuple(fc.nat(REDACTED.length - 1), slice(base)).map(([i, t]) => REDACTED.slice(i) + t),
          fc.tuple(slice(base), fc.nat(REDACTED.length - 1)).map(([t, i]) => t + REDACTED.slice(0, i + 1)),
          fc.tuple(fragment, fc.string({ unit: tricky, maxLength: 4 }), fragment).map(([a, b, c]) => a + b + c),
          fc.string({ unit: tricky, minLength: 1, maxLength: 16 }),
          fc.string({ maxLength: 16 }),
          fc.constantFrom(undefined, null),
        ),
        { maxLength: 40 },
      ),
    ),
  );
  /** A text made of the secrets, their forms, pieces of the placeholder, brackets and digits. */
  function textOf(base: string, secrets: readonly (string | undefined | null)[]) {
    const forms = secrets.filter((s) => typeof s === 'string').flatMap(formsOf);
    const piece = fc.oneof(
      forms.length > 0 ? fc.constantFrom(...forms) : fc.constant(''),
      slice(base),
      fragment,
      fc.constantFrom('[', ']', '[[', ']]', REDACTED),
      fc.stringMatching(/^\d{1,4}$/),
      fc.string({ unit: tricky, maxLength: 6 }),
      fc.string({ maxLength: 6 }),
    );
    return fc.array(piece, { maxLength: 20 }).map((pieces) => pieces.join(''));
  }
  const case_ = secretList.chain(([base, secrets]) => fc.tuple(fc.constant(secrets), textOf(base, secrets)));

  fcTest.prop([case_], { numRuns: 1000 })(
    'searching a text for all forms at once cuts exactly what the plain loop cuts',
    ([secrets, text]) => {
      const value = [text, { note: text, [`k${text}`]: [text, `${text} ${text}`] }];
      const plain = redactor(secrets, { prefilter: false })(value);
      expect(redactor(secrets, { prefilter: true })(value)).toEqual(plain);
      expect(redact(value, { secrets })).toEqual(plain);
      // Whatever the order of the cuts, a form with no bracket never survives (nor one with a '*',
      // which masking a PAN may create): cutting adds "[REDACTED]" and nothing else.
      const out = redactor(secrets, { prefilter: true })(text);
      for (const s of secrets) {
        if (typeof s !== 'string' || !isRedactableSecret(s)) continue;
        for (const form of formsOf(s)) {
          if (form.length >= MIN_SECRET_LENGTH && !REDACTED.includes(form) && !/[[\]*]/.test(form)) expect(out).not.toContain(form);
        }
      }
    },
  );

  it('cuts a form that only a cut brings about, searching for all forms at once or not', () => {
    // "abcdefgh" first (longest first, then in the order given): "[REDACTED]xyzuvwQ" then holds "D]xyzuvw".
    for (const prefilter of [false, true])
      expect(redactor(['abcdefgh', 'D]xyzuvw'], { prefilter })('abcdefghxyzuvwQ')).toBe('[REDACTE[REDACTED]Q');
  });

  it('cuts each of several thousand secrets out of a nested value, and nothing else', () => {
    let seed = 7;
    const random = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    const word = (n: number) => Array.from({ length: n }, () => ALNUM[Math.floor(random() * ALNUM.length)]).join('');
    // Tokens of 32-40 characters, each in 3 forms (the '"' is escaped in JSON, the '/' in a URL),
    // and a password of 8: the shortest form a secret cut by value has.
    const token = () => `${word(14 + Math.floor(random() * 8))}/${word(14)}"${word(2)}`;
    const secrets = [...Array.from({ length: 5000 }, token), 'pw!4-8ch'];
    const other = Array.from({ length: 100 }, token);
    const entry = (secret: string, lookalike: string, cut: (form: string) => string) => ({
      headers: { 'x-trace': `Bearer ${cut(secret)}`, accept: 'application/json' },
      body: {
        raw: `{"t":"${cut(JSON.stringify(secret).slice(1, -1))}"}`,
        url: `https://h.example/x?t=${cut(encodeURIComponent(secret))}&p=${cut('pw!4-8ch')}`,
      },
      // Not secrets: a token of no secret, the secret with its last character changed, its beginning.
      untouched: [lookalike, `${secret.slice(0, -1)}~`, secret.slice(0, 20), 'pw!4-8c'],
    });
    const value = { entries: secrets.slice(0, -1).map((s, i) => entry(s, other[i % other.length], (form) => form)) };
    const expected = { entries: secrets.slice(0, -1).map((s, i) => entry(s, other[i % other.length], () => REDACTED)) };
    expect(redact(value, { secrets })).toEqual(expected);
    expect(redactor(secrets, { prefilter: true })(value.entries.slice(0, 50))).toEqual(
      redactor(secrets, { prefilter: false })(value.entries.slice(0, 50)),
    );
  });
});
