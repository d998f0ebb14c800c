import fc from 'fast-check';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadExamples } from '../api/examples.ts';
import {
  ALL_OPERATIONS,
  GENERATED_DIR,
  projectAjv,
  requestSchemaId,
  responseSchemaId,
  STANDALONE_FILE,
  toAjvErrors,
  validatedSchemaIds,
} from '../api/index.ts';
import { mutationCatalogue, invalidMutation } from './mutations.ts';
import { validBody } from './valid-arbitrary.ts';

// Every run validates through generated/validators.cjs (Ajv's standalone code, written by
// `npm run generate`); the generators' tests and `npm run generate` compile the schemas in process.
// The two must judge every body alike: same verdict, same errors in the same order.
type Validate = ((v: unknown) => boolean) & { errors?: Parameters<typeof toAjvErrors>[0] };
const generated = createRequire(import.meta.url)(path.join(GENERATED_DIR, STANDALONE_FILE)) as Record<string, Validate>;

function judged(fn: Validate, value: unknown) {
  const valid = fn(value);
  return { valid, errors: valid ? [] : toAjvErrors(fn.errors) };
}

function agree(id: string, value: unknown): void {
  const compiled = projectAjv().getSchema(id) as Validate;
  expect(judged(generated[id], value), `${id} ${JSON.stringify(value)}`).toEqual(judged(compiled, value));
}

const anyJson = fc.jsonValue();

/** The value with one member, at any depth, replaced by arbitrary JSON (or the whole value, at the top). */
function perturbed(value: unknown): fc.Arbitrary<unknown> {
  if (value === null || typeof value !== 'object') return anyJson;
  const keys = Object.keys(value);
  if (keys.length === 0) return anyJson;
  return fc.constantFrom(...keys).chain((key) =>
    fc.oneof(perturbed((value as Record<string, unknown>)[key]), fc.constant(undefined)).map((child) => {
      const copy: Record<string, unknown> = Array.isArray(value)
        ? ([...value] as unknown as Record<string, unknown>)
        : { ...(value as Record<string, unknown>) };
      if (child === undefined && !Array.isArray(value)) delete copy[key];
      else copy[key] = child;
      return copy;
    }),
  );
}

describe('generated/validators.cjs judges like the schemas compiled in process', () => {
  it('exports exactly the schemas a run validates against', () => {
    expect(Object.keys(generated).sort()).toEqual(validatedSchemaIds().sort());
  });

  it.each(ALL_OPERATIONS.map((op) => [op.operation, op] as const))(
    '%s: valid, invalid and arbitrary requests and 200 bodies',
    (_name, op) => {
      const requests =
        mutationCatalogue(op.operation).length > 0
          ? fc.oneof(
              validBody(op.operation),
              invalidMutation(op.operation).map((m) => m.body),
              anyJson,
            )
          : fc.oneof(validBody(op.operation), anyJson);
      fc.assert(
        fc.property(requests, (body) => agree(requestSchemaId(op), body)),
        { numRuns: 60, seed: 1 },
      );
      // The generators build requests only; answers start from the documented 200 examples, each
      // also with one member (at any depth) replaced by arbitrary JSON.
      const documented = loadExamples()
        .filter((e) => e.operation === op.operation && e.response?.status === 200)
        .map((e) => e.response!.body);
      const responses =
        documented.length > 0
          ? fc.oneof(fc.constantFrom(...documented), fc.constantFrom(...documented).chain(perturbed), anyJson)
          : anyJson;
      fc.assert(
        fc.property(responses, (body) => agree(responseSchemaId(op), body)),
        { numRuns: 60, seed: 2 },
      );
    },
  );

  it.each(['error', 'requestValidateError', 'unauthorized'])('envelope#/definitions/%s', (kind) => {
    const id = `envelope#/definitions/${kind}`;
    const shaped = fc.record(
      {
        requestId: fc.stringMatching(/^[0-9a-f]{32}$/),
        code: fc.constantFrom('requestValidateError', 'extIbis', '0', 'unauthorized'),
        message: fc.string(),
        context: anyJson,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(shaped, anyJson), (body) => agree(id, body)),
      { numRuns: 100, seed: 3 },
    );
  });
});
