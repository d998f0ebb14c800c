import { REQUEST_ID } from '../api/request-id.ts';

/**
 * Redaction: the last line of defence between secrets and anything logged, recorded as evidence or
 * reported: secrets never appear in reports, Pact files or logs (docs/ci.md, "Reports"). Pure functions: the input is never mutated.
 *
 * - values under secret keys (PIN, CVV, encryptedData, account numbers, password, token, auth
 *   headers) become "[REDACTED]", whatever their type;
 * - known secret values (the token, the password) are cut out of every string, also JSON- and
 *   URL-escaped, and so are the credentials of a URL ("https://user:pass@host"); a short or
 *   placeholder secret ("string", "password") is not: it is redacted by key only (isRedactableSecret);
 * - a card number is masked to its first 6 and last 4 digits: a number of 13-19 digits (optionally
 *   grouped by single spaces or dashes) that passes the Luhn check and stands alone, in any string;
 *   and the value of a field that carries a card number (`number`, `cardNumber`, `pan`...) when its
 *   digits pass. "Stands alone": no letter, digit or underscore touches it, and it is not a part of
 *   a decimal number. So the tokens a person hands connectFi support stay whole: a hex requestId
 *   that holds 16 digits in a row, a float's mantissa (`1.3924024748305536e-219`), an id
 *   (`icrd_...`). A card number glued to letters or digits in free text is not found: the reports
 *   are also scanned for every card number the run was issued (src/runner/run.e2e.test.ts).
 */
export const REDACTED = '[REDACTED]';

export interface RedactOptions {
  /** Known secret values (tokens, passwords) to cut out of every string. */
  secrets?: readonly (string | undefined | null)[];
}

/**
 * Secret values shorter than this are only redacted by key: cutting "ab" out of every string would
 * shred the report, and a short value is as likely to be some other field's value as the secret.
 */
export const MIN_SECRET_LENGTH = 8;

/**
 * Placeholder values a sandbox hands out as credentials, or a mock echoes from the documentation's
 * examples: the same text is also the value of unrelated fields (a mock's requestId "string"), so
 * cutting it out of every string would redact what is no secret. Such a secret is redacted by key
 * only (compared lower-cased; with one character repeated, or an ascending run of digits, likewise).
 */
const PLACEHOLDER_SECRETS = new Set([
  'string',
  'test',
  'secret',
  'token',
  'password',
  'password1',
  'password123',
  'passw0rd',
  'p@ssw0rd',
  'changeme',
  'change-me',
  'changeit',
  'placeholder',
  'example',
  'sample',
  'dummy',
  'undefined',
  'null',
  'username',
  'login',
  'admin',
  'administrator',
  'default',
  'letmein',
  'testtest',
  'test1234',
  'qwertyuiop',
]);

/** Whether a known secret is cut out of every string (redaction by value), or redacted by key only. */
export function isRedactableSecret(secret: string): boolean {
  if (secret.length < MIN_SECRET_LENGTH) return false;
  const lower = secret.toLowerCase();
  if (PLACEHOLDER_SECRETS.has(lower)) return false;
  if (/^(.)\1*$/s.test(secret)) return false;
  return !'1234567890'.startsWith(secret) && !'0123456789'.startsWith(secret);
}

// Keys compared lower-cased with every non-alphanumeric removed ("x-connectfi-token" → "xconnectfitoken").
const SECRET_KEYS = new Set([
  'pin',
  'newpin',
  'oldpin',
  'cvv',
  'cvv2',
  'cvc',
  'cvc2',
  'cvn',
  'securitycode',
  'encrypteddata',
  'accountnumber',
  'vaccountnumber',
  'pseudoddanumber',
  'pseudoddanumbers',
  'password',
  'token',
  'accesstoken',
  'xconnectfitoken',
  'authorization',
  'proxyauthorization',
  'cookie',
  'setcookie',
]);

// Every exchange of a run has the same few keys: each is normalised once (bounded, should a body
// bring many distinct keys).
const normalized = new Map<string, string>();

export function normalizeKey(key: string): string {
  let n = normalized.get(key);
  if (n === undefined) {
    n = key.toLowerCase().replace(/[^a-z0-9]/g, '');
    if (normalized.size >= 10_000) normalized.clear();
    normalized.set(key, n);
  }
  return n;
}

export function isSecretKey(key: string): boolean {
  return SECRET_KEYS.has(normalizeKey(key));
}

/** The Luhn (mod 10) check over a string of decimal digits. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (d < 0 || d > 9) return false;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** Masks a PAN keeping the first 6 and the last 4 digits: "4111111111111111" → "411111******1111". */
export function maskPan(pan: string): string {
  if (pan.length <= 10) return pan;
  return pan.slice(0, 6) + '*'.repeat(pan.length - 10) + pan.slice(-4);
}

// A standalone run of digits, optionally grouped by single spaces or dashes: no word character
// touches it, and it is neither the fraction nor the integer part of a decimal ("1.39240247e-219").
const DIGIT_RUN = /(?<!\w|\d\.)\d(?:[ -]?\d)*(?!\w|\.\d)/g;

/**
 * Masks the card numbers of one run: a run "4111 1111 1111 1111 2024" holds its groups, and every
 * consecutive span of whole groups with 13-19 digits that passes Luhn is a candidate (a group
 * boundary is a word boundary too).
 */
function maskDigitRun(run: string): string {
  const groups = [...run.matchAll(/\d+/g)].map((m) => ({ start: m.index, digits: m[0] }));
  const total = groups.reduce((n, g) => n + g.digits.length, 0);
  if (total < 13) return run;
  const chars = run.split('');
  let any = false;
  for (let i = 0; i < groups.length; i++) {
    let digits = '';
    for (let j = i; j < groups.length && digits.length + groups[j].digits.length <= 19; j++) {
      digits += groups[j].digits;
      if (digits.length < 13 || !luhnValid(digits)) continue;
      // Positions of this span's digits in the run; mask all but the first 6 and the last 4.
      const positions = groups.slice(i, j + 1).flatMap((g) => [...g.digits].map((_, k) => g.start + k));
      for (let k = 6; k < positions.length - 4; k++) chars[positions[k]] = '*';
      any = true;
    }
  }
  return any ? chars.join('') : run;
}

// 13 digits in a row, single spaces or dashes allowed between them: a text without this holds no
// card number, and most texts of a run (ids, dates, words) are passed over with this one test.
const THIRTEEN_DIGITS = /\d(?:[ -]?\d){12}/;

/** Masks every standalone Luhn-valid 13-19 digit number in a text. */
export function maskPans(text: string): string {
  return THIRTEEN_DIGITS.test(text) ? text.replace(DIGIT_RUN, maskDigitRun) : text;
}

// Fields whose value is a card number (newCardNumber.number in ibis-overview.txt, "Add a Debit Card
// with /ibis"; card.number in transfer-to-card-register.txt, "Register Card"), compared as
// normalizeKey does.
const CARD_NUMBER_KEYS = new Set(['number', 'cardnumber', 'newcardnumber', 'pan', 'primaryaccountnumber', 'clearcardnumber']);

/** The value of a card-number field: masked when its digits (spaces and dashes aside) pass Luhn. */
function maskCardField(value: string): string {
  const digits = value.replace(/[ -]/g, '');
  if (!/^\d{13,19}$/.test(digits) || !luhnValid(digits)) return maskPans(value);
  let seen = 0;
  return value.replace(/\d/g, (d) => (seen++ >= 6 && seen <= digits.length - 4 ? '*' : d));
}

/**
 * The forms of a list of secrets (each secret as it is, JSON-escaped and URL-encoded), longest first,
 * and, when there are many, an index that finds which of them a text holds.
 */
interface SecretForms {
  readonly forms: readonly string[];
  readonly index: FormIndex | undefined;
}

// The forms of the last secrets asked for: a run redacts every exchange with the same token and
// password. Compared element by element (no key is built), so that a hit costs no allocation.
let lastForms: { secrets: readonly (string | null)[]; forms: SecretForms } | undefined;

function secretForms(secrets: readonly (string | undefined | null)[]): SecretForms {
  if (lastForms === undefined || !sameSecrets(lastForms.secrets, secrets)) {
    lastForms = { secrets: secrets.map((s) => (typeof s === 'string' ? s : null)), forms: buildSecretForms(computeSecretForms(secrets)) };
  }
  return lastForms.forms;
}

function sameSecrets(known: readonly (string | null)[], secrets: readonly (string | undefined | null)[]): boolean {
  if (known.length !== secrets.length) return false;
  for (let i = 0; i < known.length; i++) {
    const s = secrets[i];
    if (known[i] !== (typeof s === 'string' ? s : null)) return false;
  }
  return true;
}

function computeSecretForms(secrets: readonly (string | undefined | null)[]): string[] {
  const forms = new Set<string>();
  for (const s of secrets) {
    if (typeof s !== 'string' || !isRedactableSecret(s)) continue;
    forms.add(s);
    forms.add(JSON.stringify(s).slice(1, -1));
    forms.add(encodeURIComponent(s));
  }
  // Longest first, so that a secret containing another is replaced whole. A form inside the
  // placeholder ("REDACTED", "ACTE") is never cut: it would cut into every placeholder, round after round.
  return [...forms].filter((f) => f.length >= MIN_SECRET_LENGTH && !REDACTED.includes(f)).sort((a, b) => b.length - a.length);
}

/**
 * Above this many forms, a text is searched for all of them at once (FormIndex) rather than for one
 * after the other. Measured on 2,000 exchanges of a run: for tokens of 32-40 characters the search at
 * once is the faster from about 12-18 forms, with a password of 8 characters among them (every text of
 * 8 characters or more is then read) from about 24-32; the token and password of a conformance run
 * (4-6 forms) stay on the plain loop.
 */
const PREFILTER_MIN_FORMS = 24;

function buildSecretForms(forms: readonly string[], prefilter = forms.length > PREFILTER_MIN_FORMS): SecretForms {
  return { forms, index: prefilter && forms.length > 0 ? new FormIndex(forms) : undefined };
}

/**
 * The forms, grouped by length, and a rolling hash of their first `prefix` characters: a text is
 * read once, and only where a window's hash is that of some form's beginning are the forms of each
 * length looked up. So finding the forms a text holds costs about its length, whatever their number.
 *
 * Cutting a form only ever adds "[REDACTED]": a form that the text did not hold at first can only
 * appear across an inserted placeholder, and so must hold a "[" or a "]" (a form inside the
 * placeholder is never cut). The forms that do ("bracketed") stay candidates for every text that
 * holds some form; the others are candidates only when the text held them at first.
 */
class FormIndex {
  /** Each form's rank in `forms` (longest first), by length. */
  private readonly byLength = new Map<number, Map<string, number>>();
  /** Longest first. */
  private readonly lengths: number[];
  private readonly bracketed: number[] = [];
  /** The shortest form's length: every form's first `prefix` characters are hashed. */
  private readonly prefix: number;
  private readonly prefixHashes = new Set<number>();
  /** HASH_BASE to the power prefix - 1, to take a character out of a window's hash. */
  private readonly topPower: number;

  constructor(private readonly forms: readonly string[]) {
    forms.forEach((form, rank) => {
      let group = this.byLength.get(form.length);
      if (group === undefined) this.byLength.set(form.length, (group = new Map<string, number>()));
      group.set(form, rank);
      if (form.includes('[') || form.includes(']')) this.bracketed.push(rank);
    });
    this.lengths = [...this.byLength.keys()];
    this.prefix = this.lengths[this.lengths.length - 1]!;
    let power = 1;
    for (let i = 1; i < this.prefix; i++) power = Math.imul(power, HASH_BASE);
    this.topPower = power;
    for (const form of forms) this.prefixHashes.add(windowHash(form, 0, this.prefix) & HASH_MASK);
  }

  /** The forms that cutting secrets out of `text` may cut, in the order of `forms`; none when the text holds no form. */
  candidates(text: string): readonly string[] {
    const n = text.length;
    const k = this.prefix;
    if (n < k) return [];
    let found: Set<number> | undefined;
    let hash = windowHash(text, 0, k);
    for (let i = 0; ; i++) {
      if (this.prefixHashes.has(hash & HASH_MASK)) {
        for (const length of this.lengths) {
          if (i + length > n) continue;
          const rank = this.byLength.get(length)!.get(text.slice(i, i + length));
          if (rank !== undefined) (found ??= new Set()).add(rank);
        }
      }
      if (i + k >= n) break;
      hash = (Math.imul(hash - Math.imul(text.charCodeAt(i), this.topPower), HASH_BASE) + text.charCodeAt(i + k)) | 0;
    }
    if (found === undefined) return [];
    for (const rank of this.bracketed) found.add(rank);
    return [...found].sort((a, b) => a - b).map((rank) => this.forms[rank]);
  }
}

const HASH_BASE = 31;
// Hashes are looked up by their low 30 bits: small integers, which a Set holds without boxing.
const HASH_MASK = 0x3fffffff;

/** The hash of text[start, start + length), in 32 bits: the polynomial FormIndex rolls along a text. */
function windowHash(text: string, start: number, length: number): number {
  let hash = 0;
  for (let i = start; i < start + length; i++) hash = (Math.imul(hash, HASH_BASE) + text.charCodeAt(i)) | 0;
  return hash;
}

function cutSecrets(text: string, secretForms: SecretForms): string {
  const forms = secretForms.index === undefined ? secretForms.forms : secretForms.index.candidates(text);
  let out = text;
  // Until nothing is left: "]]]]]]]" minus "]]]]" is "[REDACTED]]]]", which holds it again.
  for (let round = 0; round < 8; round++) {
    let changed = false;
    for (const form of forms) {
      if (!out.includes(form)) continue;
      out = out.split(form).join(REDACTED);
      changed = true;
    }
    if (!changed) break;
  }
  return out;
}

// "https://user:password@host": credentials in a URL's userinfo.
const URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@:]+:[^\s/?#@]*@/gi;

// The shortest text that can hold a PAN (13 digits) or URL credentials ("a://b:@").
const SHORTEST_PAN = 13;

function redactString(text: string, forms: SecretForms): string {
  // Fast paths (every exchange of a run is redacted, mostly short ids and words): a text without
  // "://" has no URL credentials, and one shorter than 13 characters no PAN; cutSecrets only
  // replaces forms it finds.
  const withoutUserinfo = text.includes('://') ? text.replace(URL_USERINFO, `$1${REDACTED}@`) : text;
  const cut = cutSecrets(withoutUserinfo, forms);
  return cut.length < SHORTEST_PAN ? cut : maskPans(cut);
}

/** Redacts a free text (a log line, a curl command): URL credentials, known secrets and PANs. */
export function redactText(text: string, secrets: readonly (string | undefined | null)[] = []): string {
  return redactString(text, secretForms(secrets));
}

// connectFi request ids are 32 lowercase hex (README.md, "Error envelope"; REQUEST_ID reads the
// envelope schema); a run of 13+ decimal digits inside one is not a PAN, and masking it would
// destroy the id support asks for.

/** Returns a redacted deep copy of a JSON-like value (objects, arrays, strings, numbers...). */
export function redact<T>(value: T, options: RedactOptions = {}): T {
  return redactor(options.secrets ?? [])(value);
}

/**
 * `redact` with the secrets bound once, for redacting many values with the same secrets. `prefilter`
 * forces the search of a text for all forms at once on or off, whatever their number (for tests: the
 * output is the same either way).
 */
export function redactor(secrets: readonly (string | undefined | null)[], options: { prefilter?: boolean } = {}): <T>(value: T) => T {
  const forms = options.prefilter === undefined ? secretForms(secrets) : buildSecretForms(computeSecretForms(secrets), options.prefilter);
  return <T>(value: T) => redactWith(value, forms);
}

function redactWith<T>(value: T, forms: SecretForms): T {
  const text = (s: string) => redactString(s, forms);
  const seen = new WeakSet<object>();
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return text(v);
    if (typeof v === 'number') {
      if (!Number.isInteger(v)) return v;
      const masked = text(String(v));
      return masked === String(v) ? v : masked;
    }
    if (typeof v === 'bigint') {
      const masked = text(v.toString());
      return masked === v.toString() ? v : masked;
    }
    if (v === null || typeof v !== 'object') return v;
    if (seen.has(v)) return '[Circular]';
    seen.add(v);
    try {
      if (Array.isArray(v)) return v.map(walk);
      if (v instanceof Date) return v.toISOString();
      const out: Record<string, unknown> = {};
      for (const [k, child] of Object.entries(v)) {
        const key = text(k);
        if (isSecretKey(k)) out[key] = REDACTED;
        else if (
          CARD_NUMBER_KEYS.has(normalizeKey(k)) &&
          (typeof child === 'string' || (typeof child === 'number' && Number.isInteger(child)))
        ) {
          out[key] = maskCardField(cutSecrets(String(child), forms));
          if (typeof child === 'number' && out[key] === String(child)) out[key] = child;
        } else if (k === 'requestId' && typeof child === 'string' && REQUEST_ID.test(child)) out[key] = cutSecrets(child, forms);
        else out[key] = walk(child);
      }
      return out;
    } finally {
      seen.delete(v);
    }
  };
  return walk(value) as T;
}
