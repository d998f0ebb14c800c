import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The order the live suite files start in. A worker runs its files one after another, so the files
 * with the longest chains of calls go first (the property checks: 20 sequential cases each; the
 * lifecycle's sequences; the idempotency and money flows) and the short ones fill in behind them:
 * the critical path, not the order vitest happens to pick, bounds a latency-bound run.
 */
export const SUITE_ORDER = [
  'properties',
  'lifecycle',
  'idempotency',
  'money',
  'status',
  'history',
  'reversal',
  'cards',
  'credit',
  'pin',
  'cards-reissue-sync',
  'auth',
  'envelope',
  'register',
  'validation',
];

const rank = (file: string): number => {
  const name = file
    .replace(/\\/g, '/')
    .split('/')
    .pop()!
    .replace(/\.test\.ts$/, '');
  const i = SUITE_ORDER.indexOf(name);
  return i === -1 ? SUITE_ORDER.length : i;
};

export class SuiteOrder extends BaseSequencer {
  override sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return Promise.resolve([...files].sort((a, b) => rank(a.moduleId) - rank(b.moduleId) || a.moduleId.localeCompare(b.moduleId)));
  }
}
