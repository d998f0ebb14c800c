export {
  CONSUMER,
  PROVIDER,
  CONTRACTS_DIR,
  PACT_FILE,
  TOKEN_HEADER,
  TOKEN_PATTERN,
  FAKE_TOKEN,
  disablePactTelemetry,
} from './contract-names.ts';
export { contractInteractions, UnhandledErratumError, type ContractInteraction } from './interactions.ts';
export { ADJUSTMENTS, type Adjustment } from './adjustments.ts';
export { responseTemplate, shapePattern, TIMESTAMP_PATTERN, DECIMAL_STRING_PATTERN, ANY_ID_PATTERN } from './response-matchers.ts';
export { normalizePact, readPact, writePact, type PactFile, type PactInteraction } from './pact-file.ts';
export { findLuhnValidRuns, panSafeExample } from './pan-scan.ts';
export { AppContract, type ObservedExchange } from './app-contract.ts';
export { v4Body } from './v4-rules.ts';
