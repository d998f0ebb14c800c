import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findOperation, SCHEMAS_DIR } from '../api/index.ts';
import { buildSimulatorApp } from './app.ts';
import { assertDocumentedShape } from './testing/harness.ts';

// schemas/examples/: every documented exchange with a provider state, replayed against the
// simulator after setting that state over the state API (as the Pact verifier does): the same
// HTTP status, code and subCode as the docs, and a body that validates.
interface Example {
  name: string;
  providerState?: { name: string; params: Record<string, unknown> } | null;
  request?: { method: string; path: string; body?: unknown };
  response?: { status: number; body: { code: string; subCode?: string; data?: unknown; context?: Record<string, unknown> } } | null;
}

const dir = path.join(SCHEMAS_DIR, 'examples');
const examples: Example[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json') && f !== 'states.json')
  .flatMap((f) => (JSON.parse(readFileSync(path.join(dir, f), 'utf8')).examples as Example[]) ?? []);
// An example whose documented request does not validate is exempt in schemas/errata.json: not replayed.
const exempt = new Set<string>(
  (JSON.parse(readFileSync(path.join(SCHEMAS_DIR, 'errata.json'), 'utf8')).errata as { exempt?: { example: string; part: string }[] }[])
    .flatMap((e) => e.exempt ?? [])
    .filter((x) => x.part === 'request')
    .map((x) => x.example),
);
const replayable = examples.filter((e) => e.providerState && e.request && e.response && !exempt.has(e.name));
const states: { name: string }[] = JSON.parse(readFileSync(path.join(dir, 'states.json'), 'utf8')).states;

describe('provider states (schemas/examples/states.json)', () => {
  it('the state API exists only when enabled', async () => {
    const off = await buildSimulatorApp({ seed: 'ps' });
    const res = await off.inject({ method: 'POST', url: '/__simulator/reset', payload: {} });
    expect(res.statusCode).toBe(404);
  });

  it('knows every state of states.json and refuses an unknown one', async () => {
    const app = await buildSimulatorApp({ seed: 'ps', enableStateApi: true });
    const { PROVIDER_STATES } = await import('./provider-states.ts');
    expect(Object.keys(PROVIDER_STATES).sort()).toEqual(states.map((s) => s.name).sort());
    const res = await app.inject({
      method: 'POST',
      url: '/__simulator/state',
      payload: { state: 'the moon is made of cheese', params: {} },
    });
    expect(res.statusCode).toBe(400);
    expect(JSON.parse(res.body).code).toBe('unknownProviderState');
  });

  it('answers a Pact teardown with 200, refuses bad params with 400, and resets on reset: true', async () => {
    const app = await buildSimulatorApp({ seed: 'ps', enableStateApi: true });
    const post = async (payload: object) => app.inject({ method: 'POST', url: '/__simulator/state', payload });
    const card = {
      state: 'a card {cFiCardId} in status {status} with PIN {pin}',
      params: { cFiCardId: 'icrd_1PnLbkm5fJpMELm4Z8l2AM', status: 'B', pin: '1234' },
    };
    expect((await post(card)).statusCode).toBe(200);
    expect(app.simulator.state.cards()).toHaveLength(1);
    expect((await post({ ...card, action: 'teardown' })).statusCode).toBe(200);
    expect((await post({ ...card, params: { ...card.params, status: 'Z' } })).statusCode).toBe(400);
    expect((await post({ ...card, params: { cFiCardId: 'icrd_other', status: 'A', pin: '1111' }, reset: true })).statusCode).toBe(200);
    expect(app.simulator.state.cards().map((c) => c.cFiCardId)).toEqual(['icrd_other']);
  });

  it('tells interactions apart from setup/teardown alone: a new interaction starts from the fixtures; an empty state name is a no-op', async () => {
    const app = await buildSimulatorApp({ seed: 'ps', enableStateApi: true });
    const post = async (payload: object) => app.inject({ method: 'POST', url: '/__simulator/state', payload });
    const state = 'a card {cFiCardId} in status {status} with PIN {pin}';
    const one = { state, params: { cFiCardId: 'icrd_first', status: 'B', pin: '1234' } };
    const two = { state, params: { cFiCardId: 'icrd_second', status: 'B', pin: '1234' } };
    expect((await post({ ...one, action: 'setup' })).statusCode).toBe(200);
    expect((await post({ ...two, action: 'setup' })).statusCode).toBe(200); // same interaction: both stay
    expect(
      app.simulator.state
        .cards()
        .map((c) => c.cFiCardId)
        .sort(),
    ).toEqual(['icrd_first', 'icrd_second']);
    expect((await post({ ...one, action: 'teardown' })).statusCode).toBe(200);
    expect(app.simulator.state.cards()).toHaveLength(2);
    expect((await post({ ...two, action: 'teardown' })).statusCode).toBe(200); // the last teardown: back to the fixtures
    expect(app.simulator.state.cards()).toHaveLength(0);
    expect((await post({ ...one, action: 'setup' })).statusCode).toBe(200);
    expect((await post({ state: '', params: {}, action: 'setup' })).statusCode).toBe(200);
    expect(app.simulator.state.cards().map((c) => c.cFiCardId)).toEqual(['icrd_first']);
  });

  it.each(replayable.map((e) => [e.name, e] as [string, Example]))('%s', async (_, example) => {
    const app = await buildSimulatorApp({ seed: example.name, enableStateApi: true });
    const token = app.simulator.issueToken();
    const reset = await app.inject({ method: 'POST', url: '/__simulator/reset', payload: {} });
    expect(reset.statusCode).toBe(200);
    const set = await app.inject({
      method: 'POST',
      url: '/__simulator/state',
      payload: { state: example.providerState?.name, params: example.providerState?.params },
    });
    expect(set.statusCode, set.body).toBe(200);
    const { method, path: url, body } = example.request as NonNullable<Example['request']>;
    const res = await app.inject({
      method: method as 'GET' | 'POST',
      url,
      headers: { 'x-connectfi-token': token, ...(method === 'POST' ? { 'content-type': 'application/json' } : {}) },
      ...(method === 'POST' ? { payload: JSON.stringify(body ?? {}) } : {}),
    });
    const reply = { status: res.statusCode, body: JSON.parse(res.body), headers: res.headers };
    const operation =
      findOperation(url)?.operation ??
      (url.startsWith('/ibis/credit-card/application/') ? '/ibis/credit-card/application/:applicationId' : undefined);
    assertDocumentedShape(operation, reply);
    const expected = example.response as NonNullable<Example['response']>;
    expect(reply.status, res.body).toBe(expected.status);
    expect(reply.body.code).toBe(expected.body.code);
    expect(reply.body.subCode).toBe(expected.body.subCode);
    if (expected.body.code === 'referenceExists') expect(reply.body.context).toEqual(expected.body.context);
  });
});
