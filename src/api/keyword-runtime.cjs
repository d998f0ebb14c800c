'use strict';
// connectFi's custom keywords and formats as plain functions (README.md, "Schema details the
// overview page leaves out"). Plain CommonJS on purpose: the standalone validators that
// `npm run generate` writes to generated/validators.cjs require this file at run time, and
// src/api/keywords.ts loads the same functions, so there is one implementation of each.

/**
 * Number of decimal places in the shortest decimal form of `n` (1e-7 has 7, 10.1 has 1).
 * @param {number} n
 * @returns {number}
 */
function decimalPlaces(n) {
  if (!Number.isFinite(n)) return Infinity;
  const m = /^-?\d+(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(n));
  if (!m) return Infinity;
  const fraction = m[1] === undefined ? 0 : m[1].length;
  const exponent = Number(m[2] === undefined ? 0 : m[2]);
  return Math.max(0, fraction - exponent);
}

/**
 * isNotOnlyWhitespace: a string that is not made only of white space (" a " passes, "   " fails).
 * @param {string} s
 * @returns {boolean}
 */
function isNotOnlyWhitespace(s) {
  return s.trim().length > 0;
}

/**
 * dateISO: YYYY-MM-DD naming a real calendar day (2023-02-29 fails, 2024-02-29 passes).
 * @param {string} s
 * @returns {boolean}
 */
function isDateISO(s) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * The formats the schemas use, by name, as the generated validators read them: ajv-formats' full
 * date-time, date and email, and connectFi's dateISO.
 */
const formats = { ...require('ajv-formats/dist/formats').fullFormats, dateISO: { type: 'string', validate: isDateISO } };

module.exports = { decimalPlaces, isNotOnlyWhitespace, isDateISO, formats };
