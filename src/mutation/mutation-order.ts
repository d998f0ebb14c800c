import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { SUITE_ORDER, suiteIndex } from '../runner/suite-order.ts';

const rank = (file: string): number => {
  const i = suiteIndex(file);
  return i === -1 ? -1 : SUITE_ORDER.length - i;
};

/**
 * The order of the live suite files under mutation testing: a run's order (src/runner/suite-order.ts)
 * reversed. A run starts its long chains first because its workers run files side by side; under
 * StrykerJS one worker runs one check at a time and stops at the first failure, so the short,
 * pointed checks go first and the property and lifecycle runs last: a mutant is killed by the first
 * check of its rule, and the long runs are paid for only by mutants nothing shorter catches.
 */
export class MutationOrder extends BaseSequencer {
  override sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return Promise.resolve([...files].sort((a, b) => rank(a.moduleId) - rank(b.moduleId) || a.moduleId.localeCompare(b.moduleId)));
  }
}
