import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeIntegrationReports } from './report/write-integration-reports.ts';
import { profile, ref, startKit, type Kit } from './testing/kit.ts';

describe('proxy: the drift of a session (docs/architecture.md, "Observed drift")', () => {
  let kit: Kit;
  let token: string;
  beforeAll(async () => {
    kit = await startKit({}, { variants: ['extra-response-fields'] });
    token = await kit.login();
  });
  afterAll(() => kit.close());

  it('records undocumented fields, statuses and headers per operation, and writes drift.json beside integration.json', async () => {
    const { customerId, debitProgramId } = kit.sim.fixtures;
    const added = await kit.post(
      '/ibis/debit-card/add',
      { customerId, reference: ref('dc'), cardProgramId: debitProgramId, profile },
      token,
    );
    expect(added.status).toBe(200);
    const cFiCardId = added.json.data.cFiCardId as string;
    expect((await kit.post('/ibis/card/status', { cFiCardId }, token)).status).toBe(200);
    await kit.force('/ibis/card/status', 'http-429', { retryAfterSeconds: 1 });
    expect((await kit.post('/ibis/card/status', { cFiCardId }, token)).status).toBe(429);
    // The wrong method is the app's mistake: its answer says nothing of the upstream.
    await kit.post('/ibis/credit-card/application/gsa_x', {}, token);

    const report = kit.proxy.report();
    const drift = report.drift!;
    expect(drift.fields.filter((f) => f.operation === '/ibis/card/status').map((f) => [f.path, f.seen])).toEqual([
      ['/apiRevision', 1],
      ['/data/partnerTraceId', 1],
      ['/data/processorRegion', 1],
    ]);
    expect(drift.statuses).toEqual([{ operation: '/ibis/card/status', status: 429, seen: 1, code: 'tooManyRequests' }]);
    expect(drift.headers).toEqual([{ operation: '/ibis/card/status', header: 'retry-after', seen: 1, example: '1' }]);
    expect(drift.answers['/ibis/card/status']).toBe(2);
    expect(drift.answers['/ibis/credit-card/application/:applicationId']).toBeUndefined();
    expect(JSON.stringify(drift)).not.toContain(token);

    const dir = mkdtempSync(path.join(tmpdir(), 'cfc-proxy-drift-'));
    const files = await writeIntegrationReports(report, dir);
    expect(files.map((f) => path.basename(f))).toContain('drift.json');
    expect(JSON.parse(readFileSync(path.join(dir, 'drift.json'), 'utf8')).statuses[0].status).toBe(429);
    expect(JSON.parse(readFileSync(path.join(dir, 'integration.json'), 'utf8')).drift).toBeUndefined();
    expect(readFileSync(path.join(dir, 'integration.html'), 'utf8')).toContain('<table id="drift-statuses">');
  });
});
