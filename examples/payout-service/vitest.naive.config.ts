import { defineConfig } from 'vitest/config';

/** The naive variant's test (`npm run test:naive`): the same service written naively, graded not ready. */
export default defineConfig({ test: { include: ['naive/**/*.test.ts'], testTimeout: 30_000 } });
