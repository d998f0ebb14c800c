import { afterEach, describe, expect, it } from 'vitest';
import type { ServerResponse } from 'node:http';
import { createClient } from './client.ts';
import { ok, sendJson, startLocalServer, type LocalServer } from './testing/local-servers.ts';

/** The client knows which of its requests are on the wire, oldest first: a run's progress line names it. */
let server: LocalServer | undefined;
afterEach(() => server?.close());

describe('client.inFlight', () => {
  it('counts the requests sent and not answered, names the oldest, and forgets each once answered', async () => {
    const held: ServerResponse[] = [];
    const arrived: (() => void)[] = [];
    const arrivals = [0, 1].map((i) => new Promise<void>((resolve) => (arrived[i] = resolve)));
    server = await startLocalServer((_req, res, index) => {
      held.push(res);
      arrived[index - 1]?.();
    });
    const client = createClient({ baseUrl: server.baseUrl, token: 'in-flight-token-123456' });
    expect(client.inFlight()).toEqual({ count: 0, oldest: undefined });
    const before = Date.now();
    const first = client.call('/ibis/card/status', { cFiCardId: 'icrd_first' });
    await arrivals[0]; // the second starts once the first is on the wire
    const second = client.call('/ibis/card/list', { customerId: 'cst_second' });
    await arrivals[1];
    const now = client.inFlight();
    expect(now.count).toBe(2);
    expect(now.oldest).toMatchObject({ method: 'POST', path: '/ibis/card/status', attempt: 1 });
    expect(now.oldest!.startedAt).toBeGreaterThanOrEqual(before);
    expect(now.oldest!.startedAt).toBeLessThanOrEqual(Date.now());
    sendJson(held[0], 200, ok({ cFiCardId: 'icrd_first' }));
    await first;
    expect(client.inFlight()).toMatchObject({ count: 1, oldest: { path: '/ibis/card/list' } });
    sendJson(held[1], 200, ok([]));
    await second;
    expect(client.inFlight()).toEqual({ count: 0, oldest: undefined });
    await client.close();
  });
});
