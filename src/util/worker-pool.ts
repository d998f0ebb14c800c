/**
 * Runs `task` for every item with at most `limit` tasks in flight, starting them in order, and
 * returns the results in the order of the items. The one bounded-concurrency loop of the project:
 * the runner's cleanup, the self-check's runs and the bench's load all use it
 * (docs/architecture.md, "Layers": util sits at the bottom and imports nothing of the project).
 * A task that rejects rejects the whole pool once the tasks in flight have settled; callers that
 * want to go on catch inside the task.
 */
export async function mapPool<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`mapPool: limit must be a positive integer, got ${limit}`);
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < items.length; i = next++) results[i] = await task(items[i], i);
  };
  const settled = await Promise.allSettled(Array.from({ length: Math.min(limit, items.length) }, worker));
  const failure = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failure) throw failure.reason;
  return results;
}
