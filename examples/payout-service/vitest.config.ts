import { defineConfig } from 'vitest/config';

/**
 * The app's tests, run by `npm test` through `connectfi-conformance proxy --exec "vitest run"`.
 * Test files run in parallel worker processes, each forcing outcomes scoped to its own card or
 * reference (`match`). What cannot be scoped runs in a group of its own, before or after them: the
 * refused logins (every worker uses the same login) and the moves of the one clock.
 */
const shared = { testTimeout: 30_000, hookTimeout: 30_000, maxWorkers: 4 };

export default defineConfig({
  test: {
    // One login for every worker: parallel workers share the token (one app, one token).
    globalSetup: ['test/global-setup.ts'],
    projects: [
      { test: { ...shared, name: 'login', include: ['test/login.test.ts'], sequence: { groupOrder: 0 } } },
      {
        test: {
          ...shared,
          name: 'payouts',
          include: ['test/**/*.test.ts'],
          exclude: ['test/login.test.ts', 'test/time.test.ts'],
          sequence: { groupOrder: 1 },
        },
      },
      { test: { ...shared, name: 'time', include: ['test/time.test.ts'], sequence: { groupOrder: 2 } } },
    ],
  },
});
