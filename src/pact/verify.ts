import { Verifier, type VerifierOptions } from '@pact-foundation/pact';
import { PACT_FILE, TOKEN_HEADER, disablePactTelemetry } from './contract-names.ts';
import { readPact } from './pact-file.ts';

/** Sets up one provider state from its params (the Pact state-change protocol's "setup"); at once, or async. */
export type StateSetup = (params: Record<string, unknown>) => void | Promise<void>;

export interface VerifyOptions {
  /** Where the provider listens, e.g. the simulator's baseUrl or CONNECTFI_BASE_URL. */
  providerBaseUrl: string;
  /** A real token for the provider; every replayed request gets it in x-connectfi-token. */
  token: string;
  /** One setup per provider-state name the pact uses. */
  stateSetups: Readonly<Record<string, StateSetup>>;
  /** Optional teardowns by state name (a states URL gets Pact's { action: "teardown" } too). */
  stateTeardowns?: Readonly<Record<string, StateSetup>>;
  /** Runs before each interaction, with or without provider states (e.g. reset the simulator). */
  beforeEach?: () => void | Promise<void>;
  pactFile?: string;
  logLevel?: 'trace' | 'debug' | 'info' | 'warn' | 'error';
  /** Per request; default 30 000 ms. */
  timeoutMs?: number;
}

export interface InteractionFailure {
  interaction: string;
  mismatches: string[];
}

export interface VerifyResult {
  ok: boolean;
  durationMs: number;
  interactions: number;
  failures: InteractionFailure[];
  /** The verifier's own JSON report (pactffi_verifier_json), parsed. */
  report: unknown;
}

export class MissingProviderStatesError extends Error {
  readonly code = 'MISSING_PROVIDER_STATES';
  constructor(readonly states: string[]) {
    super(`no setup for the provider state(s) the contract uses: ${states.map((s) => `"${s}"`).join(', ')}`);
  }
}

/** Provider-state names used by a pact file, sorted. */
export function statesUsed(pactFile = PACT_FILE): string[] {
  const names = new Set<string>();
  for (const i of readPact(pactFile).interactions) for (const s of i.providerStates ?? []) names.add(s.name);
  return [...names].sort();
}

/** A field of the verifier's report as text: strings as they are, anything else as JSON. */
const text = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

function describeMismatch(m: Record<string, unknown>): string {
  const where = typeof m.path === 'string' ? `${m.path}: ` : '';
  return `${text(m.type ?? 'mismatch')} ${where}${text(m.mismatch ?? m.description ?? m)}`;
}

/** Failures out of the verifier's JSON report ({ result, errors: [{ interaction, mismatch }] }). */
export function failuresOf(report: unknown): InteractionFailure[] {
  const errors =
    (
      report as {
        errors?: { interaction?: string; mismatch?: { type?: string; message?: string; mismatches?: Record<string, unknown>[] } }[];
      }
    )?.errors ?? [];
  return errors.map((e) => ({
    interaction: e.interaction ?? '(unknown interaction)',
    mismatches: e.mismatch?.mismatches?.map(describeMismatch) ?? [e.mismatch?.message ?? String(e.mismatch?.type ?? 'error')],
  }));
}

function parseReport(text: unknown): unknown {
  if (typeof text !== 'string') return text ?? null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return { message: text };
  }
}

/**
 * Replays the contract against a provider with the pact-js Verifier (its native Pact core): each
 * interaction's provider states are set up first, the request goes out with a real token
 * injected by the request filter, and the answer is matched against the contract's rules.
 */
export async function verifyPact(options: VerifyOptions): Promise<VerifyResult> {
  disablePactTelemetry();
  const pactFile = options.pactFile ?? PACT_FILE;
  const missing = statesUsed(pactFile).filter((s) => !(s in options.stateSetups));
  if (missing.length > 0) throw new MissingProviderStatesError(missing);

  // An express middleware (pact-js's proxy); typed locally because express's types are not installed.
  type Middleware = (req: { headers: Record<string, string | string[] | undefined> }, res: unknown, next: () => void) => void;
  const injectToken: Middleware = (req, _res, next) => {
    // The contract carries a fake token (never a real one); the provider needs its own.
    req.headers[TOKEN_HEADER] = options.token;
    next();
  };
  const stateHandlers = Object.fromEntries(
    Object.entries(options.stateSetups).map(([name, setup]) => {
      const teardown = options.stateTeardowns?.[name];
      return [
        name,
        {
          setup: async (params: unknown) => {
            await setup((params ?? {}) as Record<string, unknown>);
            return undefined;
          },
          ...(teardown
            ? {
                teardown: async (params: unknown) => {
                  await teardown((params ?? {}) as Record<string, unknown>);
                  return undefined;
                },
              }
            : {}),
        },
      ];
    }),
  );
  // No `provider` option on purpose: with it and PACT_BROKER_BASE_URL in the environment, pact-core
  // would also fetch pacts from the broker; the provider name is in the pact file anyway.
  const beforeEach = options.beforeEach;
  const verifier = new Verifier({
    providerBaseUrl: options.providerBaseUrl,
    pactUrls: [pactFile],
    stateHandlers: stateHandlers as VerifierOptions['stateHandlers'],
    beforeEach: beforeEach
      ? async () => {
          await beforeEach();
        }
      : undefined,
    requestFilter: injectToken,
    logLevel: options.logLevel ?? 'error',
    timeout: options.timeoutMs ?? 30_000,
  });
  const t0 = performance.now();
  const interactions = readPact(pactFile).interactions.length;
  try {
    const report = parseReport(await verifier.verifyProvider());
    return { ok: true, durationMs: Math.round(performance.now() - t0), interactions, failures: [], report };
  } catch (err) {
    const report = parseReport(err instanceof Error ? err.message : err);
    const failures = failuresOf(report);
    return {
      ok: false,
      durationMs: Math.round(performance.now() - t0),
      interactions,
      failures:
        failures.length > 0 ? failures : [{ interaction: '(verifier)', mismatches: [err instanceof Error ? err.message : String(err)] }],
      report,
    };
  }
}
