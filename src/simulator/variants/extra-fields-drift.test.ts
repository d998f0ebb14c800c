import { describe, expect, it } from 'vitest';
import { exchangeDrift } from '../../api/drift.ts';
import { harness } from '../testing/harness.ts';
import { EXTRA_RESPONSE_FIELDS } from './format-variants.ts';

describe('simulator variant extra-response-fields: a freedom the docs give, taken', () => {
  it('adds fields no schema names to every 200 answer (each item of a list), which still validates', async () => {
    const h = await harness({ variants: ['extra-response-fields'] });
    h.state.seedCard();
    h.state.seedCard();
    const list = await h.call('/ibis/card/list', { customerId: h.fixtures.customerId });
    expect(list.status).toBe(200); // harness.call asserts the documented schema of every answer
    expect(list.body.apiRevision).toBe(EXTRA_RESPONSE_FIELDS.envelope.apiRevision);
    expect(list.body.data.length).toBeGreaterThan(0);
    for (const card of list.body.data) expect(card.processorRegion).toBe(EXTRA_RESPONSE_FIELDS.data.processorRegion);
    const drift = exchangeDrift({ operation: '/ibis/card/list', status: 200, headers: {}, body: list.body });
    expect(drift?.fields?.map((f) => f.path).sort()).toEqual(['/apiRevision', '/data/*/partnerTraceId', '/data/*/processorRegion']);
  });

  it('leaves error answers and the clean simulator as they are', async () => {
    const variant = await harness({ variants: ['extra-response-fields'] });
    const refused = await variant.call('/ibis/card/status', { cFiCardId: 'icrd_doesNotExist0000000' });
    expect(refused.status).toBe(400);
    expect(refused.body.apiRevision).toBeUndefined();
    const clean = await harness();
    const list = await clean.call('/ibis/card/list', { customerId: clean.fixtures.customerId });
    expect(list.body.apiRevision).toBeUndefined();
    expect(exchangeDrift({ operation: '/ibis/card/list', status: 200, headers: {}, body: list.body })).toBeUndefined();
  });
});
