import { ConfigurationError } from '../errors.ts';
import { ROOT, readJson } from '../api/index.ts';
import { type ClientOptions, type ResolvedOptions, resolveOptions } from './client-options.ts';
import { type Clock, RateLimiter, realClock } from './rate-limiter.ts';
import { TokenSource } from './token-source.ts';
import { Transport } from './transport.ts';

/** A request sent and not yet answered (nor failed): what a run's progress line names while it waits. */
export interface InFlightRequest {
  method: string;
  path: string;
  /** Epoch milliseconds: comparable across the threads of a run. */
  startedAt: number;
  /** 1 for the first attempt, 2 for the first retry... */
  attempt: number;
}

/** What every call of one client shares: its options, rate limiter, connections, token and secrets. */
export interface ClientContext {
  /** The base URL without its trailing slash. */
  readonly baseUrl: string;
  readonly opts: ResolvedOptions;
  readonly clock: Clock;
  readonly limiter: RateLimiter;
  readonly transport: Transport;
  readonly tokens: TokenSource;
  /** Every secret the client knows (password, tokens), to redact what it records. */
  readonly known: Set<string>;
  readonly onExchange: ClientOptions['onExchange'];
  /** The requests on the wire, oldest first (a Set keeps insertion order). */
  readonly inFlight: Set<InFlightRequest>;
}

const VERSION = readJson<{ version: string }>(`${ROOT}/package.json`).version;

/** How the context logs in: fetch-token.ts, passed in by client.ts so that this module does not import it (it imports this one). */
export type LogIn = (ctx: ClientContext, login: string, password: string) => Promise<string>;

/** Checks the options (docs/architecture.md, "Validate options early") and builds the shared parts. */
export function createContext(options: ClientOptions, logIn: LogIn): ClientContext {
  const opts = resolveOptions(options, `connectfi-conformance/${VERSION}`);
  const clock = options.clock ?? realClock;
  const { login, password } = options;
  const ctx: ClientContext = {
    baseUrl: opts.baseUrl.href.replace(/\/+$/, ''),
    opts,
    clock,
    limiter: new RateLimiter(options.rateLimit, clock),
    transport: new Transport(opts.baseUrl, { connections: options.connections, connectTimeoutMs: Math.min(opts.timeoutMs, 10_000) }),
    known: new Set<string>([options.token, password].filter((s): s is string => !!s)),
    tokens: new TokenSource(options.token, login !== undefined ? () => logIn(ctx, login, password!) : undefined),
    onExchange: options.onExchange,
    inFlight: new Set(),
  };
  return ctx;
}

/** The current token, logging in when needed; MISSING_CREDENTIALS when the client has none to use. */
export async function requireToken(ctx: ClientContext): Promise<string> {
  const token = await ctx.tokens.get();
  if (token === undefined)
    throw new ConfigurationError(
      'MISSING_CREDENTIALS',
      `no credentials for ${ctx.baseUrl}: set CONNECTFI_TOKEN, or CONNECTFI_LOGIN and CONNECTFI_PASSWORD`,
    );
  return token;
}
