import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { confirmsMutation, invalidMutation, propertySeed, seedFor, validBody, type Mutation } from '../../src/generators/index.ts';
import { OPERATIONS, validateRequest } from '../../src/api/index.ts';

// README.md, "Error envelope": connectFi validates requests with Ajv and answers
// requestValidateError with the Ajv errors; a conforming validator reports the same keyword and
// instancePath. This offline suite holds the project's validator to the schema-derived cases:
// generated valid bodies pass, every mutation fails for its stated reason (the final error is the
// stated keyword at the stated instancePath; inside a oneOf, the branch's error is there too).
const SEED = propertySeed();
const RUNS = Number(process.env.FC_RUNS ?? 200);
console.log(`[schema properties] fast-check seed ${SEED}, ${RUNS} cases per operation and kind (FC_SEED / FC_RUNS to change)`);

function explain(operation: string, m: Mutation): string {
  const { errors } = validateRequest(operation, m.body);
  return `${m.description}: expected ${m.keyword} at "${m.instancePath}", got ${JSON.stringify(errors.map((e) => [e.keyword, e.instancePath]))} for ${JSON.stringify(m.body)}`;
}

describe('schema properties', () => {
  describe.each(OPERATIONS.map((op) => [op.slug, op.operation]))('%s', (slug, operation) => {
    it(`schema.${slug}.accepts-valid`, () => {
      fc.assert(
        fc.property(validBody(operation), (body) => {
          expect(validateRequest(operation, body).errors, JSON.stringify(body)).toEqual([]);
        }),
        { numRuns: RUNS, seed: seedFor(SEED, operation, 'schema-valid') },
      );
    });

    it(`schema.${slug}.rejects-invalid`, () => {
      fc.assert(
        fc.property(invalidMutation(operation), (m) => {
          expect(confirmsMutation(operation, m), explain(operation, m)).toBe(true);
        }),
        { numRuns: RUNS, seed: seedFor(SEED, operation, 'schema-invalid') },
      );
    });
  });
});
