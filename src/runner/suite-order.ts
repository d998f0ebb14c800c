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

/** The place of a suite file in SUITE_ORDER (by its name without `.test.ts`), or -1 when it has none. */
export const suiteIndex = (file: string): number =>
  SUITE_ORDER.indexOf(
    file
      .replace(/\\/g, '/')
      .split('/')
      .pop()!
      .replace(/\.test\.ts$/, ''),
  );

const rank = (file: string): number => {
  const i = suiteIndex(file);
  return i === -1 ? SUITE_ORDER.length : i;
};

export class SuiteOrder extends BaseSequencer {
  override sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return Promise.resolve([...files].sort((a, b) => rank(a.moduleId) - rank(b.moduleId) || a.moduleId.localeCompare(b.moduleId)));
  }
}
