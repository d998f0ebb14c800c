import { getOperation, validateRequest } from '../spec/index.ts';
import { exemptions, loadExamples } from '../spec/examples.ts';

/**
 * A documented request body per operation that passes schema validation: what a check sends when
 * only something else about the request (the token, the content type) is under test.
 */
export function documentedValidBody(operation: string): unknown {
  const op = getOperation(operation);
  const exempt = exemptions();
  for (const e of loadExamples()) {
    if (e.operation !== op.operation || exempt.has(`${e.name}:request`)) continue;
    const input = op.requestIn === 'path' ? e.request.params : e.request.body;
    if (input != null && validateRequest(op.operation, input).valid) return structuredClone(input);
  }
  throw new Error(`no documented valid request body for ${operation}`);
}
