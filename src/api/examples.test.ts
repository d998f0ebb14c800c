import { describe, expect, it } from 'vitest';
import { exemptions, loadErrata, loadExamples } from './examples.ts';
import { OPERATIONS, getOperation } from './catalogue.ts';
import { validateErrorBody, validateRequest, validateResponse, type AjvError } from './validator.ts';

const examples = loadExamples();
const exempt = exemptions();
const withResponse = examples.filter((e) => e.response !== null);

describe('schemas/examples: the documented examples', () => {
  it('transcribe all 74 documented request/response pairs (65 in the overview, 9 on the dedicated pages)', () => {
    expect(withResponse).toHaveLength(74);
    const byFile = (file: string) => withResponse.filter((e) => e.source.file === file).length;
    expect(byFile('ibis-overview.txt')).toBe(65);
    expect(
      byFile('ibis-account-add.txt') +
        byFile('ibis-card-sync-profile.txt') +
        byFile('ibis-credit-card-add.txt') +
        byFile('transfer-to-card-register.txt'),
    ).toBe(9);
  });
  it('cover all 21 operations, with unique names', () => {
    expect(new Set(examples.map((e) => e.operation))).toEqual(new Set(OPERATIONS.map((o) => o.operation)));
    expect(new Set(examples.map((e) => e.name)).size).toBe(examples.length);
  });
});

describe.each(examples.map((e) => [e.name, e] as const))('example %s', (name, example) => {
  const op = getOperation(example.operation);
  const requestInput = op.requestIn === 'path' ? example.request.params : example.request.body;
  const expectsRequestError = example.response?.body && (example.response.body as { code?: string }).code === 'requestValidateError';

  if (expectsRequestError) {
    it('reproduces the documented requestValidateError (keyword, instancePath, schemaPath, params)', () => {
      const documented = (example.response!.body as { context: AjvError[] }).context;
      const { valid, errors } = validateRequest(op.operation, requestInput);
      expect(valid).toBe(false);
      // The "$merge" entry is an artifact of connectFi's ajv-merge-patch (errata merge-keyword-artifact).
      for (const entry of documented.filter((d) => d.keyword !== '$merge')) {
        expect(errors).toContainEqual(entry);
      }
    });
  } else if (exempt.has(`${name}:request`)) {
    it(`request is exempt (${exempt.get(`${name}:request`)!.erratum}) and really fails validation`, () => {
      expect(validateRequest(op.operation, requestInput).valid).toBe(false);
    });
  } else {
    it('request validates against the request schema', () => {
      expect(validateRequest(op.operation, requestInput).errors).toEqual([]);
    });
  }

  if (example.response?.status === 200) {
    if (exempt.has(`${name}:response`)) {
      it(`200 body is exempt (${exempt.get(`${name}:response`)!.erratum}) and really fails validation`, () => {
        expect(validateResponse(op.operation, example.response!.body).valid).toBe(false);
      });
    } else {
      it('200 body validates against the response schema', () => {
        expect(validateResponse(op.operation, example.response!.body).errors).toEqual([]);
      });
    }
  } else if (example.response) {
    it(`${example.response.status} body is an error envelope with a catalogued code`, () => {
      const kind = example.response!.status === 401 ? 'unauthorized' : 'error';
      expect(validateErrorBody(example.response!.body, kind).errors).toEqual([]);
    });
  }
});

describe('schemas/errata.json', () => {
  const errata = loadErrata();
  it('records each erratum with two quotes (or one for a silence), a resolution, and existing examples', () => {
    const names = new Set(examples.map((e) => e.name));
    expect(new Set(errata.map((e) => e.id)).size).toBe(errata.length);
    for (const e of errata) {
      expect(e.quotes.length, e.id).toBeGreaterThanOrEqual(e.kind === 'contradiction' ? 2 : 1);
      expect(e.resolution.length, e.id).toBeGreaterThan(10);
      for (const x of e.exempt) expect(names.has(x.example), `${e.id} exempts unknown example ${x.example}`).toBe(true);
    }
  });
});
