import { ConfigurationError, TransportError } from '../errors.ts';
import type { ClientContext } from './client-context.ts';
import { executeCall } from './execute-call.ts';
import { AUTH_OPERATION, prepareCall } from './prepared-request.ts';

/**
 * Logs in: POST /auth/get-token with the credentials (README.md, "Authentication"). The token is
 * remembered as a secret; a refusal is the user's configuration (AUTH_REFUSED), anything else the
 * target's (AUTH_UNAVAILABLE).
 */
export async function fetchToken(ctx: ClientContext, user: string, password: string): Promise<string> {
  const res = await executeCall(ctx, prepareCall(AUTH_OPERATION, { user: { login: user, password } }, {}, false));
  const token = res.ok ? (res.data as { token?: unknown }).token : undefined;
  if (res.ok && typeof token === 'string' && token !== '') {
    ctx.known.add(token);
    return token;
  }
  const detail = `HTTP ${res.status}${res.error ? ` ${res.error.code}` : ''}${res.error?.message ? ` "${res.error.message}"` : ''}`;
  if (res.status >= 400 && res.status < 500) {
    throw new ConfigurationError(
      'AUTH_REFUSED',
      `authentication refused by ${ctx.baseUrl}: ${detail} for login "${user}" (check CONNECTFI_LOGIN and CONNECTFI_PASSWORD)`,
    );
  }
  throw new TransportError('AUTH_UNAVAILABLE', `cannot obtain a token from ${ctx.baseUrl}/auth/get-token: ${detail}`);
}
