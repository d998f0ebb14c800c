import { describe, expect, it } from 'vitest';
import { contractInteractions } from './interactions.ts';
import { readPact } from './pact-file.ts';
import { v4Body } from './v4-rules.ts';

/**
 * v4Body writes what pact-js writes: for every interaction of the committed contract (written by
 * pact-js's own mock server in suites/contract/consumer.test.ts), the example body and the body
 * rules built from the same template are the file's, rule for rule.
 */
describe('v4Body: a matcher template as a Pact V4 body and its rules', () => {
  const pact = readPact();

  it.each(contractInteractions().map((i) => [i.description, i] as const))('%s', (description, i) => {
    const written = pact.interactions.find((x) => x.description === description)!;
    const { content, rules } = v4Body(i.response.template);
    expect(content).toEqual(written.response.body?.content);
    expect(rules).toEqual((written.response.matchingRules as { body?: unknown } | undefined)?.body ?? {});
  });
});
