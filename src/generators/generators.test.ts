import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OPERATIONS, validateRequest } from '../api/index.ts';
import { confirmsMutation, intendedKeyword, invalidMutation, mutationCatalogue, toMutation, type Mutation } from './mutations.ts';
import { propertySeed, seedFor } from './seed.ts';
import { validBody } from './valid-arbitrary.ts';

// The generators' own properties: over 1,000 samples per operation, every
// valid sample validates and every mutation fails for its stated reason.
const SEED = propertySeed();
const SAMPLES = 1000;
console.log(`[generators] fast-check seed ${SEED} (replay with FC_SEED=${SEED})`);

function explain(operation: string, m: Mutation): string {
  const { errors } = validateRequest(operation, m.body);
  return `${m.description}: expected ${m.keyword} at "${m.instancePath}"${m.cause ? ` (cause ${m.cause.keyword} at "${m.cause.instancePath}")` : ''}, got ${JSON.stringify(errors.map((e) => [e.keyword, e.instancePath]))} for ${JSON.stringify(m.body)}`;
}

describe.each(OPERATIONS.map((op) => [op.operation]))('generators of %s', (operation) => {
  it(`every valid body validates (${SAMPLES} samples)`, () => {
    fc.assert(
      fc.property(validBody(operation), (body) => {
        expect(validateRequest(operation, body).errors, JSON.stringify(body)).toEqual([]);
      }),
      { numRuns: SAMPLES, seed: seedFor(SEED, operation, 'valid') },
    );
  });

  it(`every mutation fails with its stated keyword at its stated instancePath (${SAMPLES} samples)`, () => {
    fc.assert(
      fc.property(invalidMutation(operation), (m) => {
        const { valid, errors } = validateRequest(operation, m.body);
        expect(valid, explain(operation, m)).toBe(false);
        // allErrors false: a single error, or for a oneOf body each branch's error then oneOf.
        expect(errors.at(-1), explain(operation, m)).toMatchObject({ keyword: m.keyword, instancePath: m.instancePath });
        if (m.cause) expect(errors, explain(operation, m)).toContainEqual(expect.objectContaining(m.cause));
        if (m.keyword !== 'oneOf') expect(errors, explain(operation, m)).toHaveLength(1);
      }),
      { numRuns: SAMPLES, seed: seedFor(SEED, operation, 'mutation') },
    );
  });

  it('every entry of the mutation catalogue yields what it intends, and Ajv agrees (20 samples each)', () => {
    const catalogue = mutationCatalogue(operation);
    expect(catalogue.length).toBeGreaterThan(0);
    catalogue.forEach((spec, i) => {
      for (const m of fc.sample(toMutation(spec), { numRuns: 20, seed: seedFor(SEED, operation, `entry${i}`) })) {
        expect(intendedKeyword(m), `construction of ${spec.description}: ${JSON.stringify(m.body)}`).toBe(intendedKeyword(spec));
        expect(confirmsMutation(operation, m), explain(operation, m)).toBe(true);
      }
    });
  });

  it('every catalogue entry, shrunk as far as fast-check goes, still fails for its intended reason', () => {
    // A property that fails on every case makes fast-check shrink each entry to its smallest value.
    mutationCatalogue(operation).forEach((spec, i) => {
      const details = fc.check(
        fc.property(toMutation(spec), () => false),
        { seed: seedFor(SEED, operation, `shrink${i}`) },
      );
      expect(details.failed).toBe(true);
      const minimal = details.counterexample![0] as Mutation;
      expect(intendedKeyword(minimal), `${spec.description}: ${JSON.stringify(minimal.body)}`).toBe(intendedKeyword(spec));
      expect(confirmsMutation(operation, minimal), explain(operation, minimal)).toBe(true);
    });
  });
});

describe('shrinking keeps the stated reason', () => {
  it('a 5-digit PIN shrinks to "00000", still a pattern error at /pin', () => {
    const fiveDigits = invalidMutation('/ibis/card/set-pin', (s) => s.instancePath === '/pin' && s.description.includes('5 to 6'));
    const details = fc.check(
      fc.property(fiveDigits, (m) => !/^\d{5}$/.test((m.body as { pin: string }).pin)),
      { seed: SEED },
    );
    const minimal = details.counterexample![0];
    expect((minimal.body as { pin: string }).pin).toBe('00000');
    expect(confirmsMutation('/ibis/card/set-pin', minimal)).toBe(true);
  });

  it('a blank commonStr shrinks to one white-space character, still isNotOnlyWhitespace', () => {
    const blank = invalidMutation('/ibis/credit-card/application', (s) => s.keyword === 'isNotOnlyWhitespace');
    const details = fc.check(
      fc.property(blank, () => false),
      { seed: SEED },
    );
    const minimal = details.counterexample![0] as Mutation;
    expect((minimal.body as { employer: string }).employer).toMatch(/^[ \t]$/);
    expect(confirmsMutation('/ibis/credit-card/application', minimal)).toBe(true);
  });
});
