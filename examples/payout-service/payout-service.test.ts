import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentedOutcomes, SUCCESS_OUTCOME } from '../../src/api/index.ts';
import { writeIntegrationReports } from '../../src/proxy/report/write-integration-reports.ts';
import { NaivePayoutService } from './naive-payout-service.ts';
import { PayoutService, referenceFor } from './payout-service.ts';
import { appId, startPayoutKit, type PayoutKit } from './payout-kit.ts';
import type { PayoutResult } from './payout-types.ts';

/**
 * The example payout service, driven through the integration proxy against the simulator: every
 * documented outcome of every operation it uses is made to happen (the simulator's on-demand
 * outcomes), and the proxy grades the app `ready`; the naive variant is `not-ready` with exactly
 * its three faults.
 */
const done = <T>(r: PayoutResult<T>): T => {
  if (r.status !== 'done') throw new Error(`expected done, got ${JSON.stringify(r)}`);
  return r.value;
};

describe('example payout service through the proxy', () => {
  let kit: PayoutKit;
  let app: PayoutService;
  let card: string;
  const newCard = async () =>
    done(
      await app.issueCard({
        customerId: kit.sim.fixtures.customerId,
        cardProgramId: kit.sim.fixtures.debitProgramId,
        nameOnCard: 'ANA PAYEE',
        requestId: appId(),
      }),
    ).cFiCardId;

  beforeAll(async () => {
    kit = await startPayoutKit('example-good');
    // A timeout well above this machine's slowest answer, well below the forced timeout's delay.
    app = new PayoutService({ ...kit.appOptions, timeoutMs: 1500 });
  });
  afterAll(async () => {
    await app.close();
    await kit.close();
  });

  it('issues, activates, pays out, collects and reads a payout back', async () => {
    card = await newCard();
    done(await app.activate(card));
    const payoutId = appId();
    const { cFiFundsId } = done(await app.payout(card, 100, payoutId));
    done(await app.collect(card, 10, appId()));
    expect(done(await app.payoutStatus(payoutId))).toEqual({ cFiFundsId, reference: referenceFor('po', payoutId) });
    expect(done(await app.balance(card)).balance).toBe(90);
  });

  it('handles the documented declines it meets for real: card already active (97), insufficient funds (51)', async () => {
    expect(await app.activate(card)).toMatchObject({ status: 'declined', reason: 'card-not-usable', subCode: '97' });
    expect(await app.collect(card, 5000, appId())).toMatchObject({ status: 'declined', reason: 'insufficient-funds', subCode: '51' });
  });

  it.each([
    ['http-500', {}],
    ['http-503', {}],
    ['timeout', { delayMs: 3000 }],
    ['reset', {}],
    ['token-expired', {}],
  ])('a payout survives a forced %s, exactly once', async (outcome, extra) => {
    await kit.force('/ibis/financial/funds-credit', outcome, extra);
    const payoutId = appId();
    const paid = done(await app.payout(card, 7, payoutId));
    expect(done(await app.payoutStatus(payoutId)).cFiFundsId).toBe(paid.cFiFundsId);
  });

  it('a collection waits out a forced 429 (Retry-After)', async () => {
    await kit.force('/ibis/financial/funds-debit', 'http-429', { retryAfterSeconds: 1 });
    done(await app.collect(card, 1, appId()));
  });

  it('answers every documented error of every operation it uses without crashing or repeating it', async () => {
    const calls: Record<string, () => Promise<PayoutResult<unknown>>> = {
      '/ibis/debit-card/add': () =>
        app.issueCard({
          customerId: kit.sim.fixtures.customerId,
          cardProgramId: kit.sim.fixtures.debitProgramId,
          nameOnCard: 'ANA PAYEE',
          requestId: appId(),
        }),
      '/ibis/card/activate': async () => app.activate(await newCard()),
      '/ibis/financial/funds-credit': () => app.payout(card, 1, appId()),
      '/ibis/financial/funds-debit': () => app.collect(card, 1, appId()),
      '/ibis/financial/retrieve': () => app.payoutStatus(appId()),
      '/ibis/card/status': async () => app.balance(await newCard()),
    };
    for (const [operation, call] of Object.entries(calls)) {
      for (const outcome of documentedOutcomes(operation).filter((o) => o !== SUCCESS_OUTCOME)) {
        await kit.force(operation, outcome);
        const result = await call();
        expect(result.status, `${operation} ${outcome}`).not.toBe('done');
      }
    }
  });

  it('a refused login is a failed call, not a crash', async () => {
    for (const outcome of ['unauthorized', 'requestValidateError']) {
      await kit.force('/auth/get-token', outcome);
      const fresh = new PayoutService(kit.appOptions);
      expect(await fresh.collect(card, 1, appId())).toMatchObject({ status: 'failed' });
      await fresh.close();
    }
  });

  it('is graded ready, with every behaviour exercised and passed', async () => {
    const report = kit.proxy.report();
    const why = JSON.stringify({
      detail: report.verdictDetail,
      violations: report.violations,
      behaviours: report.behaviours.map((b) => [b.id, b.status, b.evidence.filter((e) => e.startsWith('FAILED'))]),
    });
    expect(report.violations, why).toEqual([]);
    expect(report.coverage.operations.filter((f) => f.missing.length > 0)).toEqual([]);
    expect(report.behaviours.filter((b) => b.status !== 'passed').map((b) => `${b.id}: ${b.status}`)).toEqual([]);
    expect(report.verdict).toBe('ready');
    const dir = mkdtempSync(path.join(tmpdir(), 'integration-'));
    const files = await writeIntegrationReports(report, dir);
    expect(files.map((f) => path.basename(f))).toEqual(['integration.json', 'integration.html', 'junit.xml', 'summary.md', 'drift.json']);
    const json = readFileSync(files[0], 'utf8');
    expect(JSON.parse(json).verdict).toBe('ready');
    expect(json).not.toContain(kit.sim.credentials.password);
  });
});

describe('the naive payout service through the proxy', () => {
  it('is graded not-ready with exactly idempotent-retry, token-reuse and handles-decline failed', async () => {
    const kit = await startPayoutKit('example-naive');
    const app = new NaivePayoutService(kit.appOptions);
    try {
      const card = done(
        await app.issueCard({
          customerId: kit.sim.fixtures.customerId,
          cardProgramId: kit.sim.fixtures.debitProgramId,
          nameOnCard: 'ANA PAYEE',
        }),
      ).cFiCardId;
      done(await app.activate(card));
      await kit.force('/ibis/financial/funds-credit', 'http-500');
      done(await app.payout(card, 100));
      expect(await app.collect(card, 5000)).toMatchObject({ status: 'declined', reason: 'insufficient-funds' });
      const report = kit.proxy.report();
      expect(report.verdict).toBe('not-ready');
      expect(
        report.behaviours
          .filter((b) => b.status === 'failed')
          .map((b) => b.id)
          .sort(),
      ).toEqual(['handles-decline', 'idempotent-retry', 'token-reuse']);
      expect(report.violations.filter((v) => v.kind !== 'behaviour')).toEqual([]);
    } finally {
      await app.close();
      await kit.close();
    }
  });
});
