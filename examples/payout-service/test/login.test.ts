import { describe, expect, it } from 'vitest';
import { PayoutService } from '../src/payout-service.ts';
import { config, force, pause } from './support.ts';

/**
 * Refused logins. Every instance of the app logs in with the same credentials, so these outcomes
 * cannot be scoped to one worker: this file runs alone, before the others (vitest.config.ts).
 */
describe('logging in', () => {
  it('a refused login is a failed call, not a crash, and is not sent again at once', async () => {
    for (const outcome of ['unauthorized', 'requestValidateError']) {
      await force('/auth/get-token', outcome, undefined);
      const fresh = new PayoutService({ ...config.service, timeoutMs: 1500 });
      expect(await fresh.balance('icrd_3ZBErpQcsauarnR0Qj97Lu')).toMatchObject({ status: 'failed' });
      await fresh.close();
    }
    // A declined request is not repeated within 2 s (the proxy's handles-decline): the next login waits.
    await pause(2100);
  });
});
