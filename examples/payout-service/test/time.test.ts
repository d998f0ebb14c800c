import { afterAll, describe, expect, it } from 'vitest';
import { activeCard, appId, done, force, newService, realTime, setClock } from './support.ts';

/**
 * Time, moved by the simulator's clock (POST /__simulator/clock) instead of waited for. One clock
 * for everyone: this file runs alone, after the others (vitest.config.ts), and gives real time back.
 */
describe('time', () => {
  const app = newService();
  afterAll(async () => {
    await realTime();
    await app.close();
  });

  it('a token outlived by the clock is refreshed once, and a payout made then carries the time of the clock', async () => {
    const card = await activeCard(app);
    // Years after the token was issued: it has expired (401), and the app logs in again.
    await setClock('2040-01-01T00:00:00Z');
    const payoutId = appId();
    done(await app.payout(card, 5, payoutId));
    expect(done(await app.payoutStatus(payoutId)).createdAt).toMatch(/^2040-01-01T/);
  });

  it('a token revoked on the spot (token-expired) is refreshed too', async () => {
    const card = await activeCard(app);
    await force('/ibis/card/status', 'token-expired', { cFiCardId: card });
    expect(done(await app.balance(card)).balance).toBe(0);
  });
});
