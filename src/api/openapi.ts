import { readJson, type OperationSpec } from './catalogue.ts';
import { exemptions, loadExamples, type DocumentedExample } from './examples.ts';
import { convertSchema, operationSchemas, sharedDefinitions } from './schema-export.ts';
import { validateRequest, validateResponse } from './validator.ts';
import path from 'node:path';
import { ROOT } from './paths.ts';

/**
 * generated/openapi.json: an OpenAPI 3.1 document of the 21 operations (and /auth/get-token) with
 * their request bodies, responses and the documented examples that validate (the exempted ones,
 * listed in schemas/errata.json, are left out so that the document never shows an invalid example).
 */
const REF = '#/components/schemas/';

const TAGS: Record<string, string> = {
  account: 'vAccounts (ibis-account-add.txt)',
  'debit-card': 'Debit cards (ibis-overview.txt, "Add a Debit Card with /ibis")',
  'credit-card': 'Credit applications and credit cards (ibis-overview.txt, ibis-credit-card-add.txt)',
  card: 'Card lifecycle: activation, PINs, status, profile, reissue, list, sync-profile',
  financial: 'Money movement: card-to-card, funds-credit, funds-debit, reversal, retrieve',
  inquiry: 'Transaction history',
  'transfer-to': 'External card registration (transfer-to-card-register.txt)',
  auth: 'Access tokens (README.md, "Authentication")',
};

function docText(op: OperationSpec): string {
  const refs = Array.isArray(op['x-doc']) ? op['x-doc'] : [op['x-doc']];
  return `${op.summary}.\n\nSource: ${refs.map((r) => `${r.file}, "${r.heading}"`).join('; ')}.`;
}

function exampleMap(examples: DocumentedExample[], pick: (e: DocumentedExample) => unknown) {
  if (examples.length === 0) return undefined;
  return Object.fromEntries(examples.map((e) => [e.name, { summary: e.source.label ?? e.source.heading, value: pick(e) }]));
}

function errorExamples(examples: DocumentedExample[], status: number) {
  return exampleMap(
    examples.filter((e) => e.response?.status === status),
    (e) => e.response!.body,
  );
}

export function buildOpenApi(): Record<string, unknown> {
  const pkg = readJson<{ version: string }>(path.join(ROOT, 'package.json'));
  const exempt = exemptions();
  const examples = loadExamples();
  const schemas: Record<string, unknown> = { ...sharedDefinitions('openapi', REF) };
  const paths: Record<string, Record<string, unknown>> = {};
  for (const o of operationSchemas('openapi', REF)) {
    const { op } = o;
    if (op.requestIn === 'body') schemas[o.requestName] = o.request;
    schemas[o.responseDataName] = o.responseData;
    schemas[o.responseName] = o.response;
    const mine = examples.filter((e) => e.operation === op.operation);
    const goodRequests = mine.filter(
      (e) => !exempt.has(`${e.name}:request`) && e.request.body != null && validateRequest(op.operation, e.request.body).valid,
    );
    const goodResponses = mine.filter(
      (e) => e.response?.status === 200 && !exempt.has(`${e.name}:response`) && validateResponse(op.operation, e.response.body).valid,
    );
    const operation: Record<string, unknown> = {
      operationId: op.name.charAt(0).toLowerCase() + op.name.slice(1),
      summary: op.summary,
      description: docText(op),
      tags: [op.operation.split('/')[op.operation.startsWith('/ibis') ? 2 : 1]],
      responses: {
        '200': {
          description: 'Success',
          content: {
            'application/json': { schema: { $ref: REF + o.responseName }, examples: exampleMap(goodResponses, (e) => e.response!.body) },
          },
        },
        '400': {
          description: 'A documented error (requestValidateError, referenceExists, extIbis, ...)',
          content: {
            'application/json': {
              schema: { anyOf: [{ $ref: `${REF}EnvelopeRequestValidateError` }, { $ref: `${REF}EnvelopeError` }] },
              examples: errorExamples(mine, 400),
            },
          },
        },
        '401': {
          description: 'Missing, wrong or expired token, or bad credentials',
          content: { 'application/json': { schema: { $ref: `${REF}EnvelopeUnauthorized` } } },
        },
      },
    };
    if (op.auxiliary) operation.security = [];
    if (op.requestIn === 'path') {
      const params = (op.request.properties ?? {}) as Record<string, unknown>;
      operation.parameters = Object.entries(params).map(([name, schema]) => ({
        name,
        in: 'path',
        required: true,
        schema: convertSchema(schema, 'openapi', REF),
      }));
    } else {
      operation.requestBody = {
        required: true,
        content: {
          'application/json': { schema: { $ref: REF + o.requestName }, examples: exampleMap(goodRequests, (e) => e.request.body) },
        },
      };
    }
    const oasPath = op.operation.replace(/:([A-Za-z]+)/g, '{$1}');
    paths[oasPath] = { [op.method.toLowerCase()]: stripUndefined(operation) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'connectFi /ibis card issuing API (as documented)',
      version: pkg.version,
      description:
        'Generated by connectfi-conformance from its JSON Schemas, transcribed from the connectFi documentation. ' +
        'Custom Ajv keywords appear as x-connectfi-amountPrecision (at most N decimal places) and x-connectfi-isNotOnlyWhitespace.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '{baseUrl}', description: 'CONNECTFI_BASE_URL', variables: { baseUrl: { default: 'http://127.0.0.1:8080' } } }],
    security: [{ connectFiToken: [] }],
    tags: Object.entries(TAGS).map(([name, description]) => ({ name, description })),
    paths,
    components: {
      securitySchemes: {
        connectFiToken: { type: 'apiKey', in: 'header', name: 'x-connectfi-token', description: 'Token from POST /auth/get-token' },
      },
      schemas: reachable(schemas, paths),
    },
  };
}

/** Only the component schemas that the paths use, directly or through other schemas. */
function reachable(schemas: Record<string, unknown>, root: unknown): Record<string, unknown> {
  const used = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === '$ref' && typeof v === 'string' && v.startsWith(REF)) {
          const name = v.slice(REF.length);
          if (!used.has(name)) {
            used.add(name);
            visit(schemas[name]);
          }
        } else visit(v);
      }
    }
  };
  visit(root);
  return Object.fromEntries(Object.entries(schemas).filter(([name]) => used.has(name)));
}

function stripUndefined<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
