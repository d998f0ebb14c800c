/**
 * Money in integer cents (bigint), so that balances are exact and the conservation invariant
 * (the sum of balances equals pushes minus pulls) holds to the cent whatever the sequence.
 * Amounts arrive as JSON numbers with at most 2 decimals (README.md, "Schema details the overview page leaves out": common-amount).
 */

/**
 * Exact cents of a JSON number, from its shortest decimal form ("12.5", "1e+21"). Digits beyond
 * the cent are rounded half up (only reversal's amount has no amountPrecision).
 */
export function toCents(amount: number): bigint {
  // Every amount is a finite JSON number (the schema's type number refuses NaN and Infinity), whose
  // shortest decimal form this matches.
  const [, sign, int, frac = '', exp] = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(amount))!;
  const digits = BigInt(int + frac);
  const shift = Number(exp ?? 0) - frac.length + 2;
  let cents: bigint;
  if (shift >= 0) cents = digits * 10n ** BigInt(shift);
  else {
    const div = 10n ** BigInt(-shift);
    // Stryker disable next-line ArithmeticOperator: errata reversal-partial-and-limits: only a reversal amount may carry a third decimal, and its rounding is undocumented
    cents = digits / div;
    // Stryker disable next-line ArithmeticOperator,AssignmentOperator,ConditionalExpression,EqualityOperator: errata reversal-partial-and-limits: only a reversal amount may carry a third decimal, and its rounding is undocumented
    if ((digits % div) * 2n >= div) cents += 1n;
  }
  // Stryker disable next-line UnaryOperator: errata amount-exclusive-minimum: every amount is above 0, so no request reaches a negative one
  return sign ? -cents : cents;
}

/** A balance or amount as a JSON number (balance, fee, ledgerBalance ...). */
export function toAmount(cents: bigint): number {
  return Number(cents) / 100;
}

/** "33.00", "-2.00": the moneyString form of card-to-card balances and transaction history. */
export function moneyString(cents: bigint): string {
  const neg = cents < 0n;
  const abs = neg ? -cents : cents;
  const frac = String(abs % 100n).padStart(2, '0');
  return `${neg ? '-' : ''}${abs / 100n}.${frac}`;
}

/**
 * "498.0", "2000.0", "12.5": the bracketed amounts of extIbis messages ("Insufficient Funds
 * [498.0]", "must be less than or equal to [2000.0]"), Java's double form without exponent.
 */
export function bracketAmount(cents: bigint): string {
  const s = moneyString(cents);
  // Stryker disable next-line MethodExpression,StringLiteral: only message text (README.md, "Error envelope": an error's message is optional free text; variants reworded-messages, messages-omitted)
  return s.endsWith('0') ? s.slice(0, -1) : s;
}
