import { runAgainstSimulator, type TargetRunOptions } from './run-target.ts';

/**
 * A self-check lane: a child process (forked by lanes.ts) that runs the jobs it is sent one after
 * the other, in-process. Loading the runner and vitest once per lane, not once per fault, is most
 * of what a fault run used to cost. Jobs come and results go over the IPC channel.
 */
export interface LaneJob {
  id: number;
  options: TargetRunOptions;
}

export type LaneReply = { id: number; result: Awaited<ReturnType<typeof runAgainstSimulator>> } | { id: number; crash: string };

process.on('message', (job: LaneJob) => {
  process.stderr.write(
    `\n==== job ${job.id}: ${job.options.fault ?? (job.options.variants ? `variant ${job.options.variants.join(', ')}` : 'clean simulator')} (only: ${job.options.only ?? 'all'}; files: ${job.options.files?.join(', ') ?? 'all'})\n`,
  );
  runAgainstSimulator(job.options).then(
    (result) => process.send?.({ id: job.id, result } satisfies LaneReply),
    (err: unknown) => process.send?.({ id: job.id, crash: (err as Error)?.stack ?? String(err) } satisfies LaneReply),
  );
});
process.on('disconnect', () => process.exit(0));
