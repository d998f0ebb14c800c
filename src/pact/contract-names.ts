import path from 'node:path';
import { ROOT } from '../api/index.ts';

/** The pair the contract is between (docs/providers.md, "The contract": one interaction per documented example). */
export const CONSUMER = 'connectfi-conformance-client';
export const PROVIDER = 'connectfi-api';

export const CONTRACTS_DIR = path.join(ROOT, 'contracts');
/** pact-js names the file `<consumer>-<provider>.json`; docs/architecture.md, "Stable interfaces" keeps that name. */
export const PACT_FILE = path.join(CONTRACTS_DIR, `${CONSUMER}-${PROVIDER}.json`);

/**
 * README.md, "Authentication": every /ibis and /transfer-to request carries `x-connectfi-token`.
 * The contract only says "a non-empty token without whitespace"; the example value is fake on
 * purpose and never a token any provider issued.
 */
export const TOKEN_HEADER = 'x-connectfi-token';
export const TOKEN_PATTERN = '^\\S+$';
export const FAKE_TOKEN = 'contract-example-token-not-a-real-one';

/**
 * Pact's native core reports anonymous usage to pact.io unless told not to; a conformance suite
 * that must run offline (docs/architecture.md, "In-process first") turns that off before any Pact call.
 */
export function disablePactTelemetry(): void {
  process.env.PACT_DO_NOT_TRACK = 'true';
}
