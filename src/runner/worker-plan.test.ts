import { describe, expect, it } from 'vitest';
import { workerPlan } from './worker-plan.ts';

describe('workerPlan', () => {
  it('runs one worker per core against the embedded simulator (CPU-bound), with --concurrency checks in flight in each', () => {
    expect(workerPlan({ concurrency: 32 }, 'simulator', 2)).toEqual({ workers: 2, perWorker: 32 });
    expect(workerPlan({ concurrency: 32 }, 'simulator', 8)).toEqual({ workers: 8, perWorker: 32 });
  });

  it('goes wider against a remote target (latency-bound), unless a rate limit bounds the run', () => {
    expect(workerPlan({ concurrency: 32 }, 'remote', 2)).toEqual({ workers: 4, perWorker: 32 });
    expect(workerPlan({ concurrency: 32, rateLimit: 5 }, 'remote', 2)).toEqual({ workers: 2, perWorker: 32 });
  });

  it('never runs more workers than checks in flight: --concurrency 1 is one check at a time', () => {
    expect(workerPlan({ concurrency: 1 }, 'remote', 2)).toEqual({ workers: 1, perWorker: 1 });
    expect(workerPlan({ concurrency: 1 }, 'simulator', 4)).toEqual({ workers: 1, perWorker: 1 });
  });
});
