import { describe, expect } from 'vitest';
import { LIVE_BINDINGS } from '../../src/generators/live-bindings.ts';
import { runPropertyCheck, type PropertyCheckResult, type PropertyKind } from '../../src/generators/live-property.ts';
import { check, type CheckContext } from '../../src/harness/check.ts';
import { PreconditionError } from '../../src/harness/failure-kind.ts';
import { OPERATIONS, type OperationSpec } from '../../src/api/index.ts';

// Schema-derived property checks against the target, t.runs cases per operation and kind,
// seeded by the run's seed. README.md, "Error envelope": connectFi validates with Ajv, so an invalid
// body gets 400 requestValidateError with the keyword and instancePath a conforming validator
// reports, and a valid body is never refused with requestValidateError (business refusals are
// tallied in the transcript, not failures). A failure shrinks to a minimal body with a curl command.

function docRef(op: OperationSpec): { file: string; heading: string } {
  const ref = Array.isArray(op['x-doc']) ? op['x-doc'][0] : op['x-doc'];
  return { file: ref.file, heading: ref.heading };
}

const TITLES: Record<PropertyKind, string> = {
  'rejects-invalid': 'generated invalid bodies get 400 requestValidateError with the expected keyword and instancePath',
  'accepts-valid': 'generated valid bodies are not refused with requestValidateError',
};

async function run(t: CheckContext, operation: string, kind: PropertyKind): Promise<void> {
  const result: PropertyCheckResult = await runPropertyCheck({
    client: t.client,
    operation,
    kind,
    runs: t.runs,
    seed: t.seed,
    fixtures: t.fixtures,
    ref: t.ref,
    log: t.log,
  });
  if (result.error && result.counterexample === undefined && /^setup step/.test(result.error)) {
    if (t.incidents().length > 0) throw new PreconditionError(`could not set up the valid cases: ${result.error}`);
    t.skip(`could not set up the valid cases: ${result.error}`);
  }
  if (!result.ok) {
    t.expectation(result.expected ?? 'the property to hold', result.actual ?? result.error);
    const shapes = result.redactedShapes?.length ? ` (redacted: ${result.redactedShapes.join('; ')})` : '';
    const minimal = result.shownCounterexample === undefined ? '' : `; minimal body ${JSON.stringify(result.shownCounterexample)}${shapes}`;
    expect.fail(
      `${operation} ${kind}: ${result.description ?? result.error}${minimal} (fast-check seed ${result.seed}; reproduce: ${result.curl ?? 'n/a'})`,
    );
  }
  expect(result.numRuns).toBe(t.runs);
}

describe('properties', () => {
  for (const op of OPERATIONS) {
    for (const kind of ['rejects-invalid', 'accepts-valid'] as const) {
      check(
        {
          id: `properties.${op.slug}.${kind}`,
          title: `${op.operation}: ${TITLES[kind]}`,
          family: 'validation',
          operation: op.operation,
          docRef: docRef(op),
          // The family's intent (refuse) is rejects-invalid's; a valid body must succeed.
          ...(kind === 'accepts-valid' ? { needs: LIVE_BINDINGS[op.operation].fixtures, intent: 'read' as const } : {}),
        },
        (t) => run(t, op.operation, kind),
        { timeout: 300_000 },
      );
    }
  }
});
