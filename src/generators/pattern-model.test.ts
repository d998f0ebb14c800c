import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedAlphabet, parsePattern, refusedCharacters, stringOf } from './pattern-model.ts';

describe('parsePattern', () => {
  it('reads one character class with a quantifier', () => {
    expect(parsePattern('^[0-9a-zA-Z_]+$')).toMatchObject({ kind: 'charset', min: 1, max: undefined });
    expect((parsePattern('^[0-9a-zA-Z_]+$') as { chars: string[] }).chars).toHaveLength(63);
    expect(parsePattern('^[A-Z]{2}$')).toMatchObject({ kind: 'charset', min: 2, max: 2 });
    expect(parsePattern('^\\d{4}$')).toEqual({ kind: 'charset', chars: [...'0123456789'], min: 4, max: 4 });
    expect((parsePattern('^[0-9a-zA-Z-]+$') as { chars: string[] }).chars).toContain('-');
  });
  it('reads the commonStr "no < or >" lookahead', () => {
    expect(parsePattern('^((?![<>]).)*$')).toEqual({ kind: 'excluding', excluded: ['<', '>'] });
  });
  it('leaves any other pattern to a regular expression', () => {
    expect(parsePattern('^\\d{4}-\\d{2}-\\d{2}$').kind).toBe('other');
  });
});

describe('alphabets', () => {
  it('never offer a character the pattern refuses, and refuse what they leave out', () => {
    for (const pattern of ['^[0-9a-zA-Z_]+$', '^[0-9a-zA-Z]+$', '^[A-Z]+$', '^[0-9a-zA-Z-]+$', '^((?![<>]).)*$', '^\\d{4}$']) {
      const model = parsePattern(pattern);
      const re = new RegExp(pattern, 'u');
      for (const c of allowedAlphabet(model)!)
        expect(re.test(c.repeat(model.kind === 'charset' && model.max ? model.max : 1)), `${pattern} "${c}"`).toBe(true);
      for (const c of refusedCharacters(model)) expect(re.test(c), `${pattern} refuses "${c}"`).toBe(false);
    }
    expect(refusedCharacters(parsePattern('^((?![<>]).)*$'))).toEqual(['<', '>', '\n']);
  });
  it('count lengths in code points, as Ajv does (an emoji is one character)', () => {
    const samples = fc.sample(stringOf(['😀', 'a'], 3, 3), { numRuns: 50, seed: 1 });
    for (const s of samples) expect([...s]).toHaveLength(3);
    expect(samples.some((s) => s.length > 3)).toBe(true);
  });
});
