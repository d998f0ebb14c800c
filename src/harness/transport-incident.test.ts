import { describe, expect, it } from 'vitest';
import { transportIncidentOf, type IncidentInput } from './transport-incident.ts';

const op = '/ibis/card/activate';

describe('transportIncidentOf', () => {
  it.each<[IncidentInput, string | undefined]>([
    [{ operation: op, status: null, error: 'ECONNRESET: other side closed' }, 'reset'],
    [{ operation: op, status: null, error: 'EPIPE: write EPIPE' }, 'reset'],
    [{ operation: op, status: null, error: 'TIMEOUT: no answer within 100 ms' }, 'timeout'],
    [{ operation: op, status: null, error: 'ECONNREFUSED: connect ECONNREFUSED' }, 'econnrefused'],
    [{ operation: op, status: null }, 'no-answer'],
    // An exchange summary says 0 for "no answer".
    [{ operation: op, status: 0 }, 'no-answer'],
    [{ operation: op, status: 503 }, 'http-503'],
    [{ operation: op, status: 500 }, 'http-500'],
    [{ operation: op, status: 502 }, 'http-502'],
    [{ operation: op, status: 429 }, 'http-429'],
    // A gateway's body, or the provider's own undocumented code: still the network's trouble as far as the docs go.
    [{ operation: op, status: 503, body: { message: 'Service Unavailable' } }, 'http-503'],
    [{ operation: op, status: 500, body: { requestId: 'a'.repeat(32), code: 'internalError' } }, 'http-500'],
    [{ operation: op, status: 503, body: '<h1>503</h1>' }, 'http-503'],
    // A documented error code with a 5xx: the provider's validator spoke, with the wrong status.
    [{ operation: op, status: 500, body: { requestId: 'a'.repeat(32), code: 'requestValidateError', context: [] } }, undefined],
    // Documented answers (schemas/rules/errors.json) and success are the provider's, graded by the checks.
    [{ operation: op, status: 200 }, undefined],
    [{ operation: op, status: 400 }, undefined],
    [{ operation: op, status: 401 }, undefined],
    // Undocumented 4xx are the provider's deviations, never the network's.
    [{ operation: op, status: 404 }, undefined],
    [{ operation: op, status: 415 }, undefined],
  ])('%j: %s', (input, kind) => {
    expect(transportIncidentOf(input)).toEqual(kind === undefined ? undefined : { kind, operation: op });
  });
});
