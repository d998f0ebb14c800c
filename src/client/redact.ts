/**
 * Redaction: the last line of defence between secrets and anything logged, recorded as evidence or
 * reported (issue 4, "redaction ... applied to everything that is logged, recorded as evidence or
 * reported"). Pure functions: the input is never mutated.
 *
 * - values under secret keys (PIN, CVV, encryptedData, account numbers, password, token, auth
 *   headers) become "[REDACTED]", whatever their type;
 * - known secret values (the token, the password) are cut out of every string, also JSON- and
 *   URL-escaped, and so are the credentials of a URL ("https://user:pass@host");
 * - any run of 13-19 digits (optionally grouped by single spaces or dashes) that passes the Luhn check
 *   is masked to its first 6 and last 4 digits, also inside longer digit runs and inside words.
 *   Every 13-19 digit window of a run is checked, so that a PAN glued to other digits is found; the
 *   price is that some long non-PAN numbers (an ARN, a trace number) get partly masked too.
 */
export const REDACTED = '[REDACTED]';

export interface RedactOptions {
  /** Known secret values (tokens, passwords) to cut out of every string. */
  secrets?: readonly (string | undefined | null)[];
}

/** Secret values shorter than this are only redacted by key: cutting "ab" out of every string would shred the report. */
export const MIN_SECRET_LENGTH = 4;

// Keys compared lower-cased with every non-alphanumeric removed ("x-connectfi-token" → "xconnectfitoken").
const SECRET_KEYS = new Set([
  'pin', 'newpin', 'oldpin', 'cvv', 'cvv2', 'cvc', 'cvc2', 'cvn', 'securitycode',
  'encrypteddata', 'accountnumber', 'vaccountnumber', 'pseudoddanumber', 'pseudoddanumbers',
  'password', 'token', 'accesstoken', 'xconnectfitoken', 'authorization', 'proxyauthorization', 'cookie', 'setcookie',
]);

export function normalizeKey(key: string): string {
  return key.toLowerCase().replace(/[^a-z0-9]/g, '');
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

// A digit, then at least 12 more, each optionally after one space or dash ("4111 1111 1111 1111").
const DIGIT_RUN = /\d(?:[ -]?\d){12,}/g;

function maskDigitRun(run: string): string {
  const positions: number[] = [];
  for (let i = 0; i < run.length; i++) if (run[i] >= '0' && run[i] <= '9') positions.push(i);
  const digits = positions.map((p) => run[p]).join('');
  const masked = new Array<boolean>(digits.length).fill(false);
  let any = false;
  // Every 13-19 digit window, so that a PAN glued to other digits is still found.
  for (let start = 0; start + 13 <= digits.length; start++) {
    for (let len = 13; len <= 19 && start + len <= digits.length; len++) {
      if (!luhnValid(digits.slice(start, start + len))) continue;
      for (let k = start + 6; k < start + len - 4; k++) masked[k] = true;
      any = true;
    }
  }
  if (!any) return run;
  const chars = run.split('');
  masked.forEach((m, k) => {
    if (m) chars[positions[k]] = '*';
  });
  return chars.join('');
}

/** Masks every Luhn-valid 13-19 digit number in a text. */
export function maskPans(text: string): string {
  return text.replace(DIGIT_RUN, maskDigitRun);
}

function secretForms(secrets: readonly (string | undefined | null)[]): string[] {
  const forms = new Set<string>();
  for (const s of secrets) {
    if (typeof s !== 'string' || s.length < MIN_SECRET_LENGTH) continue;
    forms.add(s);
    forms.add(JSON.stringify(s).slice(1, -1));
    forms.add(encodeURIComponent(s));
  }
  // Longest first, so that a secret containing another is replaced whole.
  return [...forms].filter((f) => f.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
}

function cutSecrets(text: string, forms: readonly string[]): string {
  let out = text;
  // Until nothing is left: "]]]]]]]" minus "]]]]" is "[REDACTED]]]]", which holds it again.
  for (let round = 0; round < 8; round++) {
    let changed = false;
    for (const form of forms) {
      if (!out.includes(form) || REDACTED.includes(form)) continue;
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

function redactString(text: string, forms: readonly string[]): string {
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

// connectFi request ids are 32 lowercase hex (README.md, "Error envelope"); a run of 13+ decimal
// digits inside one is not a PAN, and masking it would destroy the id support asks for.
const REQUEST_ID = /^[0-9a-f]{32}$/;

/** Returns a redacted deep copy of a JSON-like value (objects, arrays, strings, numbers...). */
export function redact<T>(value: T, options: RedactOptions = {}): T {
  const forms = secretForms(options.secrets ?? []);
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
        else if (k === 'requestId' && typeof child === 'string' && REQUEST_ID.test(child)) out[key] = cutSecrets(child, forms);
        else out[key] = walk(child);
      }
      return out;
    } finally {
      seen.delete(v);
    }
  };
  return walk(value) as T;
}
