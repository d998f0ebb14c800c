/**
 * npm run pact:publish: publishes contracts/ to the Pact Broker named by PACT_BROKER_BASE_URL
 * (PACT_BROKER_TOKEN, or PACT_BROKER_USERNAME + PACT_BROKER_PASSWORD), consumer version = git sha,
 * branch = git branch. Exit 0 published, 1 refused, 2 missing configuration. Logic: src/pact/publish.ts.
 */
import { runPactPublish } from '../src/pact/publish.ts';

process.exitCode = await runPactPublish();
