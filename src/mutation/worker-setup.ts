import { startWorkerTarget } from './worker-target.ts';

// The setup file of vitest.mutation.config.ts, run in the worker before each suite file: the
// in-process simulator is the target (worker-target.ts).
await startWorkerTarget();
