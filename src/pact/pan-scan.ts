import { luhnValid } from '../client/index.ts';

/**
 * A run of 13 to 19 digits, optionally grouped by single spaces or dashes ("4111 1111 1111 1111"),
 * not glued to other digits: the shape of a full card number (PAN).
 */
const DIGIT_RUN = /(?<![\d])\d(?:[ -]?\d){12,18}(?![\d]|[ -]\d)/g;

/** Every 13-19 digit run of `text` that passes the Luhn check, i.e. could be a real PAN. */
export function findLuhnValidRuns(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(DIGIT_RUN)) {
    const digits = m[0].replace(/[ -]/g, '');
    if (digits.length >= 13 && digits.length <= 19 && luhnValid(digits)) found.push(m[0]);
  }
  return found;
}

/**
 * An example value safe to publish: a 13-19 digit string that passes Luhn gets its last digit
 * changed so that it no longer does (the field is matched by a regex, so the value is only an
 * illustration). Documented placeholders such as "1234567890123456" already fail Luhn and stay.
 */
export function panSafeExample(value: string): string {
  if (!/^\d{13,19}$/.test(value) || !luhnValid(value)) return value;
  const last = Number(value[value.length - 1]);
  return value.slice(0, -1) + String((last + 1) % 10);
}
