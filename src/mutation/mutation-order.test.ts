import { describe, expect, it } from 'vitest';
import type { TestSpecification, Vitest } from 'vitest/node';
import { SUITE_ORDER } from '../runner/suite-order.ts';
import { MutationOrder } from './mutation-order.ts';

describe('the order of the suite files under mutation testing', () => {
  it("is a run's order reversed: the pointed checks first, the property and lifecycle runs last", async () => {
    const files = ['properties', 'validation', 'lifecycle', 'auth', 'unlisted'].map(
      (name) => ({ moduleId: `/repo/suites/live/${name}.test.ts` }) as TestSpecification,
    );
    const sorted = await new MutationOrder({} as Vitest).sort(files);
    expect(sorted.map((f) => f.moduleId.split('/').pop())).toEqual([
      'unlisted.test.ts',
      'validation.test.ts',
      'auth.test.ts',
      'lifecycle.test.ts',
      'properties.test.ts',
    ]);
    expect(SUITE_ORDER.slice(0, 2)).toEqual(['properties', 'lifecycle']);
  });
});
