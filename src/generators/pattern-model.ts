import fc from 'fast-check';

/**
 * The shapes of `pattern` used in schemas/, recognised so that valid strings can be built with the
 * right length directly (a filter over fc.stringMatching would starve on "10 digits"):
 *   charset:   ^[0-9a-zA-Z_]+$, ^[A-Z]{2}$, ^\d{4}$ (one character class, one quantifier)
 *   excluding: ^((?![<>]).)*$ (common-commonStr*: any character but those and line terminators)
 *   other:     anything else, generated with fc.stringMatching (e.g. ^\d{4}-\d{2}-\d{2}$)
 */
export type PatternModel =
  | { kind: 'charset'; chars: string[]; min: number; max: number | undefined }
  | { kind: 'excluding'; excluded: string[] }
  | { kind: 'other'; regex: RegExp };

/** What `.` does not match (ECMAScript line terminators): a line break violates `excluding`. */
export const LINE_TERMINATORS = ['\n', '\r', '\u2028', '\u2029'];

/** Printable characters for free text: ASCII, a tab, accented letters, CJK, an astral emoji. */
export const TEXT_ALPHABET: readonly string[] = [
  ...Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)),
  '\t',
  'é',
  'ß',
  'Ω',
  'ñ',
  '中',
  '€',
  '😀',
];

/** Characters tried when a pattern must be violated; each mutation keeps only those the pattern refuses. */
export const HOSTILE_CHARACTERS: readonly string[] = ['<', '>', ' ', '-', '_', '.', '!', '@', '/', 'é', 'a', 'Z', '0', '\n'];

function expandClass(body: string): string[] {
  const out: string[] = [];
  const src = body.replace(/\\d/g, '0-9');
  for (let i = 0; i < src.length; i += 1) {
    const c = src[i];
    if (src[i + 1] === '-' && i + 2 < src.length) {
      for (let code = c.charCodeAt(0); code <= src.charCodeAt(i + 2); code += 1) out.push(String.fromCharCode(code));
      i += 2;
    } else out.push(c);
  }
  return [...new Set(out)];
}

const CHARSET = /^\^(\[(?:[^\]\\]|\\d)+\]|\\d)(\+|\*|\{(\d+)(?:,(\d*))?\})\$$/;
const EXCLUDING = /^\^\(\(\?!\[([^\]\\]+)\]\)\.\)\*\$$/;

export function parsePattern(pattern: string): PatternModel {
  const cs = CHARSET.exec(pattern);
  if (cs) {
    const chars = cs[1] === '\\d' ? expandClass('\\d') : expandClass(cs[1].slice(1, -1));
    const q = cs[2];
    if (q === '+') return { kind: 'charset', chars, min: 1, max: undefined };
    if (q === '*') return { kind: 'charset', chars, min: 0, max: undefined };
    const min = Number(cs[3]);
    const max = cs[4] === undefined ? min : cs[4] === '' ? undefined : Number(cs[4]);
    return { kind: 'charset', chars, min, max };
  }
  const ex = EXCLUDING.exec(pattern);
  if (ex) return { kind: 'excluding', excluded: [...ex[1]] };
  return { kind: 'other', regex: new RegExp(pattern, 'u') };
}

/** The characters a string may be made of under a pattern (undefined: not a single alphabet). */
export function allowedAlphabet(model: PatternModel | undefined): readonly string[] | undefined {
  if (!model) return TEXT_ALPHABET;
  if (model.kind === 'charset') return model.chars;
  if (model.kind === 'excluding') return TEXT_ALPHABET.filter((c) => !model.excluded.includes(c) && !LINE_TERMINATORS.includes(c));
  return undefined;
}

/**
 * A string of `alphabet` characters with a length (in code points) within [min, max]. size 'max'
 * spreads lengths over the whole range, boundaries included: fast-check's default size would never
 * go past about 12 characters, and a provider enforcing maxLength 50 instead of 60 would pass.
 */
export function stringOf(alphabet: readonly string[], min: number, max: number): fc.Arbitrary<string> {
  return fc.string({ unit: fc.constantFrom(...alphabet), minLength: min, maxLength: max, size: 'max' });
}

/** Hostile characters a pattern refuses wherever they appear. */
export function refusedCharacters(model: PatternModel): string[] {
  if (model.kind === 'charset') return HOSTILE_CHARACTERS.filter((c) => !model.chars.includes(c));
  if (model.kind === 'excluding') return [...model.excluded, '\n'];
  return HOSTILE_CHARACTERS.filter((c) => !model.regex.test(c) && c !== '\n');
}
