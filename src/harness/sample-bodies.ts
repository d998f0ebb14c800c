import { getOperation, validateRequest } from '../api/index.ts';
import { exemptions, loadExamples } from '../api/examples.ts';

/**
 * A documented request body per operation that passes schema validation: what a check sends when
 * only something else about the request (the token, the content type) is under test.
 */
export function documentedValidBody(operation: string): unknown {
  const op = getOperation(operation);
  let found = chosen.get(op.operation);
  if (found === undefined) {
    const exempt = exemptions();
    for (const e of loadExamples()) {
      if (e.operation !== op.operation || exempt.has(`${e.name}:request`)) continue;
      const input = op.requestIn === 'path' ? e.request.params : e.request.body;
      if (input != null && validateRequest(op.operation, input).valid) {
        found = input;
        break;
      }
    }
    if (found === undefined) throw new Error(`no documented valid request body for ${operation}`);
    chosen.set(op.operation, found);
  }
  return structuredClone(found); // a copy: the caller may change it
}

// The example chosen per operation (the examples and errata are read from schemas/ once, not per check).
const chosen = new Map<string, unknown>();

/** The request body of the documented example `name` (schemas/examples/), a copy the caller may change. */
export function documentedRequestBody(name: string): unknown {
  const example = loadExamples().find((e) => e.name === name);
  if (!example) throw new Error(`no documented example named ${name}`);
  return structuredClone(example.request.body);
}
