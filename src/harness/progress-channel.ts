import { randomBytes } from 'node:crypto';
import { BroadcastChannel, threadId } from 'node:worker_threads';
import type { InFlightRequest } from '../client/client.ts';

/**
 * How a run's progress line learns which requests the vitest workers have on the wire
 * (docs/architecture.md, "Progress while a run waits"). The workers are threads of the run's
 * process, so a BroadcastChannel named after the run reaches them: the runner asks, each worker's
 * client answers with its count and its oldest request. Nothing is sent unless asked, so a run
 * pays for this once a poll, not once a request.
 */

export function progressChannelName(runId: string): string {
  return `connectfi-conformance:progress:${runId}`;
}

export interface InFlightQuestion {
  type: 'in-flight?';
}

export interface InFlightAnswer {
  type: 'in-flight';
  /** Which client answers: its thread and module instance (a worker may hold several). */
  source: string;
  count: number;
  oldest?: InFlightRequest;
}

/**
 * In a worker: answers the runner's questions about this client's requests. The channel does not
 * keep the worker alive, and stays open for the worker's life (the runner stops asking at the end).
 */
export function answerInFlight(runId: string, inFlight: () => { count: number; oldest?: InFlightRequest }): void {
  const channel = new BroadcastChannel(progressChannelName(runId));
  channel.unref();
  const source = `${threadId}:${randomBytes(4).toString('hex')}`;
  channel.onmessage = (event) => {
    if ((event.data as InFlightQuestion | undefined)?.type !== 'in-flight?') return;
    const { count, oldest } = inFlight();
    const answer: InFlightAnswer = { type: 'in-flight', source, count, ...(oldest ? { oldest: { ...oldest } } : {}) };
    channel.postMessage(answer);
  };
}
