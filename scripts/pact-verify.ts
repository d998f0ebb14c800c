/**
 * npm run pact:verify: verifies contracts/ against the embedded simulator, or against
 * CONNECTFI_BASE_URL when set (contracts/README.md). Exit 0 = every interaction passes,
 * 1 = some fail, 2 = could not run. The logic lives in src/pact/verify-command.ts.
 */
import { runPactVerify } from '../src/pact/verify-command.ts';

process.exitCode = await runPactVerify();
