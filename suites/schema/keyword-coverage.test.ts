import { describe, expect, it } from 'vitest';
import { constraintKeywords, keywordCoverage, keywordRole, propertySeed, schemaKeywords } from '../../src/generators/index.ts';
import { OPERATIONS } from '../../src/api/index.ts';

// Schema coverage: every keyword present in the request schemas is exercised by the
// generators, positively and negatively. What counts (src/generators/coverage.ts): constraint
// keywords only; annotations (description, $comment, default, x-*) and structure (properties,
// $ref) never decide validity. Positive = a body the validator accepts had a value at a node
// carrying the keyword; negative = a mutation the validator rejects with the stated keyword
// (or, inside a oneOf, the branch cause; `nullable` = a wrong non-null type on a nullable node).
const coverage = keywordCoverage({ seed: propertySeed() });

describe('schema keyword coverage', () => {
  it('schema.keyword-coverage.classified: every keyword in the request schemas is a known constraint, annotation or structure', () => {
    const unknown = OPERATIONS.flatMap((op) =>
      schemaKeywords(op.operation)
        .filter((k) => keywordRole(k) === 'unknown')
        .map((k) => `${op.operation}: ${k}`),
    );
    expect(unknown).toEqual([]);
  });

  it('schema.keyword-coverage.complete: 100% of the constraint keywords of every operation are exercised both ways', () => {
    const missing: string[] = [];
    let pairs = 0;
    let covered = 0;
    for (const op of OPERATIONS) {
      const c = coverage[op.operation];
      for (const k of constraintKeywords(op.operation)) {
        pairs += 1;
        if (c.positive.includes(k) && c.negative.includes(k)) covered += 1;
        if (!c.positive.includes(k)) missing.push(`${op.operation}: ${k} never applied in a valid body`);
        if (!c.negative.includes(k)) missing.push(`${op.operation}: ${k} never made a body invalid`);
      }
    }
    const distinct = new Set(OPERATIONS.flatMap((op) => constraintKeywords(op.operation)));
    console.log(
      `[keyword coverage] ${covered}/${pairs} operation×keyword pairs covered both ways; ${distinct.size} distinct keywords: ${[...distinct].sort().join(', ')}`,
    );
    expect(missing).toEqual([]);
    expect(covered).toBe(pairs);
  });

  it('schema.keyword-coverage.scope: an operation reports only keywords its schema has', () => {
    for (const op of OPERATIONS) {
      const present = constraintKeywords(op.operation);
      const c = coverage[op.operation];
      for (const k of [...c.positive, ...c.negative]) expect(present, `${op.operation}: ${k}`).toContain(k);
    }
  });
});
