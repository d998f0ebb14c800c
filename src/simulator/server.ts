import type { SimulatorState } from './state.ts';
import { buildSimulatorApp } from './app.ts';
import type { SimulatorFixtures, SimulatorOptions } from './types.ts';
import { withVariantOptions } from './variants/index.ts';

export interface RunningSimulator {
  baseUrl: string;
  credentials: { login: string; password: string };
  fixtures: SimulatorFixtures;
  state: SimulatorState;
  /** Every CONNECTFI_* variable `run` needs to target this simulator (docs/architecture.md, "Stable interfaces"). */
  env(): Record<string, string>;
  close(): Promise<void>;
}

/** The CONNECTFI_* variables of a simulator (docs/architecture.md, "Stable interfaces"). */
export function simulatorEnv(
  baseUrl: string,
  credentials: { login: string; password: string },
  f: SimulatorFixtures,
): Record<string, string> {
  return {
    CONNECTFI_BASE_URL: baseUrl,
    CONNECTFI_LOGIN: credentials.login,
    CONNECTFI_PASSWORD: credentials.password,
    CONNECTFI_ENV: 'sandbox',
    CONNECTFI_CUSTOMER_ID: f.customerId,
    CONNECTFI_UNVERIFIED_CUSTOMER_ID: f.unverifiedCustomerId,
    CONNECTFI_BUSINESS_CUSTOMER_ID: f.businessCustomerId,
    CONNECTFI_BUSINESS_REPRESENTATIVE_ID: f.businessRepresentativeId,
    CONNECTFI_BUSINESS_EMPLOYEE_ID: f.businessEmployeeId,
    CONNECTFI_DEBIT_PROGRAM_ID: f.debitProgramId,
    CONNECTFI_OTHER_DEBIT_PROGRAM_ID: f.otherDebitProgramId,
    CONNECTFI_CREDIT_PROGRAM_ID: f.creditProgramId,
  };
}

/** Starts the simulator on a real socket (port 0 = a free port). */
export async function startSimulator(given: SimulatorOptions = {}): Promise<RunningSimulator> {
  // A variant's own options (src/simulator/variants/) apply to the socket as well as to the app.
  const options = withVariantOptions(given);
  const app = await buildSimulatorApp(options);
  const host = options.host ?? '127.0.0.1';
  await app.listen({ port: options.port ?? 0, host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 0);
  const baseUrl = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const { credentials, fixtures, state } = app.simulator;
  let closed: Promise<void> | undefined;
  return {
    baseUrl,
    credentials,
    fixtures,
    state,
    env: () => simulatorEnv(baseUrl, credentials, fixtures),
    close: () => (closed ??= app.close().then(() => undefined)),
  };
}
