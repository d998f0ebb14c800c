import fc from 'fast-check';
import { HOSTILE_CHARACTERS, allowedAlphabet, parsePattern, refusedCharacters, stringOf } from './pattern-model.ts';
import type { Schema } from './schema-walk.ts';
import { lengthBounds, validArbitrary } from './valid-arbitrary.ts';

/**
 * One way to make a value invalid at one place: the value arbitrary and the keyword Ajv must
 * report. Each mutation changes one thing in an otherwise valid body. A scalar mutation carries its
 * `target` (schema and place): `toMutation` labels every generated or shrunk value with the keyword
 * the Ajv-order model (ajv-order.ts) says that value violates first, so a label always describes
 * the value it travels with (no filter that could starve); `keyword` here is the intended one.
 */
export interface MutationSpec {
  keyword: string;
  instancePath: string;
  description: string;
  /** Schema keywords this mutation exercises negatively (the coverage report counts them). */
  exercises: string[];
  /** Inside a oneOf: the error of the branch the body was built from. */
  cause?: { keyword: string; instancePath: string };
  /** The mutated scalar's schema and instancePath (absent for object-level mutations). */
  target?: { schema: Schema; path: string };
  value: fc.Arbitrary<unknown>;
}

function spec(
  s: Schema,
  path: string,
  keyword: string,
  description: string,
  value: fc.Arbitrary<unknown>,
  exercises = [keyword],
): MutationSpec {
  return { keyword, instancePath: path, description: `${path || 'body'}: ${description}`, exercises, target: { schema: s, path }, value };
}

export const NULL_NOT_NULLABLE = 'null where the schema is not nullable';

/** Wrong JSON types for a schema type, and null where the schema is not nullable (both → `type`). */
export function typeMutations(s: Schema, path: string): MutationSpec[] {
  const type = s.type as string;
  const wrong: fc.Arbitrary<unknown>[] = [fc.constant([]), fc.boolean()];
  if (type !== 'string') wrong.push(fc.string({ maxLength: 5 }));
  if (type !== 'number' && type !== 'integer') wrong.push(fc.integer());
  if (type !== 'object') wrong.push(fc.constant({}));
  if (type === 'integer') wrong.push(fc.integer({ min: -1000, max: 1000 }).map((n) => n + 0.5));
  // On a nullable node a non-null wrong type is still refused: that is the negative case of `nullable`.
  const exercises = s.nullable === true ? ['type', 'nullable'] : ['type'];
  const out = [spec(s, path, 'type', `not a${/^[aeiou]/.test(type) ? 'n' : ''} ${type}`, fc.oneof(...wrong), exercises)];
  if (s.nullable !== true) out.push(spec(s, path, 'type', NULL_NOT_NULLABLE, fc.constant(null)));
  return out;
}

function insertOrReplace(v: string, c: string, at: number, max: number): string {
  const chars = [...v];
  if (chars.length < max) chars.splice(at % (chars.length + 1), 0, c);
  else chars[at % chars.length] = c;
  return chars.join('');
}

function stringMutations(s: Schema, path: string): MutationSpec[] {
  const out: MutationSpec[] = [];
  if (Array.isArray(s.enum)) {
    const allowed = s.enum as unknown[];
    out.push(
      spec(
        s,
        path,
        'enum',
        `a string outside the enum ${JSON.stringify(allowed)}`,
        fc.string({ maxLength: 3 }).filter((v) => !allowed.includes(v)),
      ),
    );
    return out;
  }
  const model = typeof s.pattern === 'string' ? parsePattern(s.pattern) : undefined;
  const alphabet = allowedAlphabet(model);
  const [min, max] = lengthBounds(s, model);
  const valid = validArbitrary({ ...s, nullable: false }) as fc.Arbitrary<string>;
  const nonBlank = alphabet?.filter((c) => c.trim() !== '') ?? [];
  if (typeof s.maxLength === 'number' && alphabet) {
    out.push(spec(s, path, 'maxLength', `longer than ${s.maxLength} characters`, stringOf(nonBlank, s.maxLength + 1, s.maxLength + 8)));
  }
  if (typeof s.minLength === 'number' && s.minLength > 0 && alphabet) {
    out.push(
      spec(
        s,
        path,
        'minLength',
        `shorter than ${s.minLength} character${s.minLength > 1 ? 's' : ''}`,
        stringOf(nonBlank, 0, s.minLength - 1),
      ),
    );
  }
  if (model && (model.kind === 'charset' || model.kind === 'excluding')) {
    const refused = refusedCharacters(model);
    const groups = model.kind === 'excluding' ? refused.map((c) => [c]) : [refused];
    for (const chars of groups) {
      const what =
        chars.length === 1 ? (chars[0] === '\n' ? 'a line break' : `"${chars[0]}"`) : `a character outside ${s.pattern as string}`;
      const value = fc.tuple(valid, fc.constantFrom(...chars), fc.nat()).map(([v, c, at]) => insertOrReplace(v, c, at, max));
      out.push(spec(s, path, 'pattern', `contains ${what}`, value));
    }
    if (model.kind === 'charset' && model.max !== undefined && s.maxLength === undefined) {
      // A fixed count (^\d{4}$): one character too many or too few, e.g. a 5-digit PIN.
      out.push(
        spec(
          s,
          path,
          'pattern',
          `${model.max + 1} to ${model.max + 2} characters where ${s.pattern as string} wants ${model.max}`,
          stringOf(model.chars, model.max + 1, model.max + 2),
        ),
      );
      if (model.min > 0)
        out.push(
          spec(
            s,
            path,
            'pattern',
            `fewer than the ${model.min} characters ${s.pattern as string} wants`,
            stringOf(model.chars, 0, model.min - 1),
          ),
        );
    }
  } else if (model) {
    // Any other pattern: edit a valid string (insert, replace or delete one character).
    const value = fc
      .tuple(valid, fc.constantFrom(...HOSTILE_CHARACTERS), fc.nat(), fc.constantFrom('insert', 'replace', 'delete'))
      .map(([v, c, at, op]) => {
        const chars = [...v];
        const i = at % Math.max(1, chars.length);
        if (op === 'insert') chars.splice(i, 0, c);
        else if (op === 'replace') chars[i] = c;
        else chars.splice(i, 1);
        return chars.join('');
      });
    // Most edits break the pattern; the few that do not (a digit for a digit) are dropped here.
    out.push(
      spec(
        s,
        path,
        'pattern',
        `does not match ${s.pattern as string}`,
        value.filter((v) => !model.regex.test(v)),
      ),
    );
  }
  if (s.isNotOnlyWhitespace === true) {
    out.push(spec(s, path, 'isNotOnlyWhitespace', 'only white space', stringOf([' ', '\t'], Math.max(1, min), Math.min(max, 12))));
  }
  if (s.format === 'dateISO') {
    // YYYY-MM-DD shaped, not a calendar day: month 00 or 13-19, day 00, past the month's end, or
    // February 29 of a common year.
    const year = fc.integer({ min: 1900, max: 2099 });
    const p2 = (n: number) => String(n).padStart(2, '0');
    const impossible = fc.oneof(
      fc.tuple(year, fc.constantFrom(0, 13, 14, 19), fc.integer({ min: 1, max: 28 })),
      fc.tuple(year, fc.integer({ min: 1, max: 12 }), fc.constant(0)),
      fc.tuple(year, fc.constant(2), fc.constantFrom(30, 31)),
      fc.tuple(year, fc.constantFrom(4, 6, 9, 11), fc.constant(31)),
      fc.tuple(
        fc.integer({ min: 475, max: 524 }).map((q) => q * 4 + 1),
        fc.constant(2),
        fc.constant(29),
      ), // not a leap year
      fc.tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 32, max: 39 })),
    );
    out.push(
      spec(
        s,
        path,
        'format',
        'not a calendar day (dateISO)',
        impossible.map(([y, m, d]) => `${y}-${p2(m)}-${p2(d)}`),
      ),
    );
  }
  return out;
}

function numberMutations(s: Schema, path: string): MutationSpec[] {
  const out: MutationSpec[] = [];
  const precision = typeof s.amountPrecision === 'number' ? s.amountPrecision : 2;
  const scale = 10 ** precision;
  if (typeof s.exclusiveMinimum === 'number') {
    const bound = s.exclusiveMinimum;
    out.push(spec(s, path, 'exclusiveMinimum', `equal to the exclusive minimum ${bound}`, fc.constant(bound)));
    out.push(
      spec(
        s,
        path,
        'exclusiveMinimum',
        `below ${bound}`,
        fc.integer({ min: 1, max: 1e9 }).map((u) => bound - u / scale),
      ),
    );
  }
  if (typeof s.minimum === 'number') {
    const m = s.minimum;
    out.push(
      spec(
        s,
        path,
        'minimum',
        `below the minimum ${m}`,
        fc.integer({ min: 1, max: 1e6 }).map((u) => m - u),
      ),
    );
  }
  if (typeof s.amountPrecision === 'number') {
    // Positive, with exactly one decimal more than allowed (10.005 for amountPrecision 2).
    const finer = 10 ** (s.amountPrecision + 1);
    const value = fc.tuple(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 1, max: 9 })).map(([k, d]) => (k * 10 + d) / finer);
    out.push(spec(s, path, 'amountPrecision', `${s.amountPrecision + 1} decimal places`, value));
  }
  return out;
}

/** Every single-value mutation of a string, number or integer node. */
export function leafMutations(s: Schema, path: string): MutationSpec[] {
  const out = typeMutations(s, path);
  if (s.type === 'string') out.push(...stringMutations(s, path));
  else if (s.type === 'number' || s.type === 'integer') out.push(...numberMutations(s, path));
  return out;
}
