import { beforeAll } from 'vitest';
import { listChecks, type DeclaredCheck } from '../list-checks.ts';

/**
 * The checks the live suites declare (list-checks.ts), for a test file: the array is filled once,
 * before the file's tests run (collecting imports every suite file, which takes a while).
 */
export function declaredChecks(): readonly DeclaredCheck[] {
  const checks: DeclaredCheck[] = [];
  beforeAll(async () => {
    checks.push(...(await listChecks()));
  }, 120_000);
  return checks;
}
