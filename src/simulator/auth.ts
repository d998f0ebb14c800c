import { randomBytes } from 'node:crypto';
import { ApiError } from './api-error.ts';
import { Random } from './random.ts';

export const TOKEN_HEADER = 'x-connectfi-token';
export const DEFAULT_TOKEN_TTL_MS = 3_600_000;

/**
 * README.md, "Authentication": POST /auth/get-token { user: { login, password } } returns a token
 * and dtsExpireAt; every other request sends it in x-connectfi-token. Bad credentials, and a
 * missing, wrong or expired token, are 401 { code: "unauthorized", message: "Authentication error" }
 * (the token lifetime and the answer for a bad token are undocumented: chosen here).
 */
export class Auth {
  readonly credentials: { login: string; password: string };
  /**
   * Each issued token and when it expires (ms). Only this class adds to it; the state API's
   * token-expired outcome deletes from it and a fault's token matcher reads it (tokenCheckFor,
   * src/simulator/faults/install.ts).
   */
  readonly tokens = new Map<string, number>();

  constructor(
    seed: string | undefined,
    private readonly ttlMs: number,
    private readonly clock: () => Date,
  ) {
    // A local sandbox: the password is random per instance, reproducible from the seed.
    // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: README.md, "Sandbox": "The sandbox base URL and credentials are given privately to each client"; the password is free
    const password = seed === undefined ? randomBytes(18).toString('base64url') : new Random(`${seed}:password`).base62(24);
    this.credentials = { login: 'sim_user', password };
  }

  /** Issues a token, or throws 401 for credentials that do not match (`matches`: exact, unless a fault replaces it). */
  login(
    login: string,
    password: string,
    matches: (given: { login: string; password: string }, actual: { login: string; password: string }) => boolean = sameCredentials,
  ): { token: string; dtsExpireAt: string } {
    if (!matches({ login, password }, this.credentials)) throw unauthorized();
    return this.issue();
  }

  issue(): { token: string; dtsExpireAt: string } {
    const now = this.clock().getTime();
    // Stryker disable next-line BlockStatement,ConditionalExpression,EqualityOperator: errata token-lifetime-undocumented: the token lifetime and when an expired token is refused are undocumented
    if (this.tokens.size > 10_000) {
      // Stryker disable next-line ConditionalExpression,EqualityOperator: errata token-lifetime-undocumented: the token lifetime and when an expired token is refused are undocumented
      for (const [token, expiresAt] of this.tokens) if (expiresAt <= now) this.tokens.delete(token);
    }
    const token = randomBytes(48).toString('base64url');
    const expiresAt = now + this.ttlMs;
    this.tokens.set(token, expiresAt);
    return { token, dtsExpireAt: new Date(expiresAt).toISOString() };
  }

  /**
   * The refusal a request meets before anything else, or undefined: every request but
   * POST /auth/get-token sends a valid token (`accepts`: this instance's, unless a fault or a
   * variant widens it), checked before the body is read or validated.
   */
  refusal(route: string, token: unknown, accepts: (token: unknown) => boolean = (t) => this.isValid(t)): ApiError | undefined {
    if (route === '/auth/get-token' || accepts(token)) return undefined;
    return unauthorized();
  }

  isValid(token: unknown): boolean {
    // Anything but an issued token string (a missing header, say) is in no entry of the map.
    const expiresAt = (this.tokens as ReadonlyMap<unknown, number>).get(token) ?? 0;
    return expiresAt > this.clock().getTime();
  }
}

function sameCredentials(given: { login: string; password: string }, actual: { login: string; password: string }): boolean {
  return given.login === actual.login && given.password === actual.password;
}

export function unauthorized(): ApiError {
  return new ApiError(401, {
    code: 'unauthorized',
    // Stryker disable next-line StringLiteral: README.md, "Error envelope": an error's message is optional free text (variants reworded-messages, messages-omitted)
    message: 'Authentication error',
  });
}
