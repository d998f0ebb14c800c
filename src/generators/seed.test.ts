import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED, propertySeed, seedFor, toSeed } from './seed.ts';

describe('seeds', () => {
  it('default to a fixed seed, FC_SEED first, then CONNECTFI_SEED', () => {
    expect(propertySeed({})).toBe(DEFAULT_SEED);
    expect(propertySeed({ CONNECTFI_SEED: '42' })).toBe(42);
    expect(propertySeed({ FC_SEED: '7', CONNECTFI_SEED: '42' })).toBe(7);
  });
  it('accept any string, deterministically', () => {
    expect(toSeed('nightly')).toBe(toSeed('nightly'));
    expect(toSeed('nightly')).not.toBe(toSeed('nightly2'));
    expect(Number.isInteger(toSeed('nightly'))).toBe(true);
  });
  it('give each stream its own 32-bit seed', () => {
    const a = seedFor(1, '/ibis/card/set-pin', 'valid');
    expect(a).toBe(seedFor(1, '/ibis/card/set-pin', 'valid'));
    expect(a).not.toBe(seedFor(1, '/ibis/card/set-pin', 'mutation'));
    expect(a).not.toBe(seedFor(2, '/ibis/card/set-pin', 'valid'));
    expect(a | 0).toBe(a);
  });
});
