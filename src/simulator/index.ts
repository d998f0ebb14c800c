/** The reference connectFi simulator (docs/architecture.md, "Data flow"): a stateful sandbox built on schemas/ and the rule tables. */
export { buildSimulatorApp, BODY_LIMIT, type SimulatorApp, type SimulatorHandle } from './app.ts';
export { startSimulator, simulatorEnv, type RunningSimulator } from './server.ts';
export { SimulatorState, type CardSnapshot, type SeedCardOptions, type SeedTransferOptions, type SeedApplicationOptions } from './state.ts';
export { applyProviderState, PROVIDER_STATES, ProviderStateError } from './provider-states.ts';
export type { SimulatorOptions, SimulatorFixtures, ProgramType, StatusCode } from './types.ts';
export { PROGRAMS } from './fixtures.ts';
export { FAULTS, FAULT_NAMES, UnknownFaultError, faultNamed, type Fault, type FaultFamily } from './faults/index.ts';
export { VARIANTS, VARIANT_NAMES, UnknownVariantError, variantNamed, type Variant, type VariantDoc } from './variants/index.ts';
export {
  FLAKY_NETWORK_RATE,
  FLAKY_INCIDENTS,
  type FlakyNetworkOptions,
  type FlakyNetworkStats,
  type FlakyIncident,
} from './flaky-network.ts';
