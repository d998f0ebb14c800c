import { ConfigurationError } from '../errors.ts';
import { createClient } from '../client/index.ts';
import { applyProviderState, startSimulator } from '../simulator/index.ts';
import type { StateSetup } from './verify.ts';

/**
 * The providers `npm run pact:verify` can verify: the embedded simulator (default), or a remote
 * connectFi implementation given by CONNECTFI_BASE_URL. This is the only file of src/pact that
 * knows the simulator: it is the harness that stands a provider up, never a check.
 */
export interface ProviderTarget {
  name: string;
  baseUrl: string;
  token: string;
  stateSetups: Readonly<Record<string, StateSetup>>;
  stateTeardowns?: Readonly<Record<string, StateSetup>>;
  beforeEach?: () => void | Promise<void>;
  /** Provider states with no way to set them up (remote provider without a states URL). */
  unsupportedStates: string[];
  close(): Promise<void>;
}

/**
 * The embedded simulator on a free port, its provider states applied in process by name
 * (src/simulator/provider-states.ts implements every state of schemas/examples/states.json), a
 * reset before each interaction, and a token obtained with its own credentials.
 */
export async function simulatorTarget(states: readonly string[], start = startSimulator): Promise<ProviderTarget> {
  // The state API on: the provider state that forces a documented error (an app's own contract) needs it.
  const sim = await start({ port: 0, enableStateApi: true });
  try {
    const client = createClient({ baseUrl: sim.baseUrl, login: sim.credentials.login, password: sim.credentials.password, retries: 0 });
    const token = await client.getToken().finally(() => client.close());
    const stateSetups = Object.fromEntries(
      states.map((name) => [
        name,
        (params: Record<string, unknown>) => {
          applyProviderState(sim.state, name, params);
        },
      ]),
    );
    return {
      name: `embedded simulator at ${sim.baseUrl}`,
      baseUrl: sim.baseUrl,
      token,
      stateSetups,
      beforeEach: () => sim.state.reset(),
      unsupportedStates: [],
      close: () => sim.close(),
    };
  } catch (err) {
    await sim.close();
    throw err;
  }
}

export interface RemoteTargetOptions {
  baseUrl: string;
  token?: string;
  login?: string;
  password?: string;
  /** A Pact provider-states endpoint: POST { state, params, action: "setup" } per state. */
  statesUrl?: string;
  /**
   * POSTed (empty JSON body) before each interaction, so that each starts from a clean sandbox:
   * the examples reuse ids and references across interactions (e.g. extCrd119 is both a seeded
   * card's reference and the reference debit-card/add issues a new card with).
   */
  resetUrl?: string;
}

async function post(url: string, body: unknown, what: string): Promise<void> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  if (!res.ok) throw new Error(`${what} refused by ${url}: HTTP ${res.status} ${(await res.text()).slice(0, 300)}`);
}

function checkUrl(variable: string, value: string | undefined): void {
  if (value === undefined) return;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new ConfigurationError('INVALID_OPTION', `${variable}: expected an http(s) URL, got ${JSON.stringify(value)}`);
  }
}

/** A remote provider (a provider team's implementation, or a simulator started elsewhere). */
export async function remoteTarget(states: readonly string[], options: RemoteTargetOptions): Promise<ProviderTarget> {
  if (!options.token && !(options.login && options.password)) {
    throw new ConfigurationError(
      'MISSING_CREDENTIALS',
      `no credentials for ${options.baseUrl}: set CONNECTFI_TOKEN, or CONNECTFI_LOGIN and CONNECTFI_PASSWORD`,
    );
  }
  checkUrl('CONNECTFI_BASE_URL', options.baseUrl);
  checkUrl('CONNECTFI_PROVIDER_STATES_URL', options.statesUrl);
  checkUrl('CONNECTFI_PROVIDER_RESET_URL', options.resetUrl);
  const client = createClient({
    baseUrl: options.baseUrl,
    token: options.token,
    login: options.login,
    password: options.password,
    retries: 0,
  });
  const token = await client.getToken().finally(() => client.close());
  const { statesUrl, resetUrl } = options;
  // Without a states endpoint, interactions needing a state are still replayed (and will
  // likely fail): the report names them, so a team sees what its endpoint must implement.
  // Pact's provider-state protocol: { state, params, action } before ("setup") and after
  // ("teardown") each interaction that names the state.
  const change = (action: 'setup' | 'teardown') =>
    Object.fromEntries(
      states.map((name) => [
        name,
        statesUrl
          ? (params: Record<string, unknown>) => post(statesUrl, { state: name, params, action }, `provider state "${name}" (${action})`)
          : async () => {},
      ]),
    );
  const stateSetups = change('setup');
  const stateTeardowns = statesUrl ? change('teardown') : undefined;
  return {
    name: `${options.baseUrl}${statesUrl ? ` (provider states: ${statesUrl})` : ' (no provider-states URL)'}`,
    baseUrl: options.baseUrl,
    token,
    stateSetups,
    ...(stateTeardowns ? { stateTeardowns } : {}),
    beforeEach: resetUrl ? () => post(resetUrl, {}, 'reset') : undefined,
    unsupportedStates: statesUrl ? [] : [...states],
    close: async () => {},
  };
}
