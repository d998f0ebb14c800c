import { MatchersV3 as M } from '@pact-foundation/pact';
import { documentedOutcomes, errorRule, SUCCESS_OUTCOME } from '../api/index.ts';
import { isSecretKey } from '../client/index.ts';
import { AppEntities, FORCED_STATE, type ProviderState } from './app-entities.ts';
import { FAKE_TOKEN, PROVIDER, TOKEN_HEADER, TOKEN_PATTERN } from './contract-names.ts';
import type { PactFile, PactInteraction } from './pact-file.ts';
import { findLuhnValidRuns, panSafeExample } from './pan-scan.ts';
import { responseTemplate } from './response-matchers.ts';
import { v4Body } from './v4-rules.ts';

/**
 * An app's own Pact contract, from what it actually did through the proxy (`proxy --pact-out F`,
 * docs/providers.md, "Integrators' contracts"): one interaction per distinct operation, documented
 * outcome and request shape, the request as the app sent it, the answer under the matchers of
 * contracts/ (response-matchers.ts), and the provider states that make the provider answer the same:
 * the entities the request names as the traffic showed them (app-entities.ts) for a success, the
 * state that forces the documented error for an error. No secret goes in (the token is the
 * contract's fake one, PINs and other secret fields are placeholders, the login is not an
 * interaction: the verifier logs in by itself) and no card number (a Luhn-valid digit run is
 * changed so that it no longer passes Luhn, the same way everywhere in an interaction).
 */
export interface ObservedExchange {
  seq: number;
  method: string;
  path: string;
  /** The documented operation, or null. */
  operation: string | null;
  /** "200", an error id, or a transport label. */
  outcome: string;
  status: number | null;
  body: unknown;
  responseBody: unknown;
}

const AUTH = '/auth/get-token';
const SHAPE_FIELDS_SHOWN = 12;

/** A secret request field's stand-in: digits stay digits of the same length, anything else becomes x's. */
function placeholder(value: string): string {
  return /^\d+$/.test(value) ? '2580246813579'.repeat(4).slice(0, value.length) : 'x'.repeat(value.length);
}

function sanitize(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => sanitize(v));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, sanitize(v, k)]));
  if (typeof value !== 'string') return value;
  if (isSecretKey(key) && key !== 'accountNumber') return noPans(placeholder(value));
  return noPans(value);
}

/** Every Luhn-valid 13-19 digit run changed so that it fails Luhn: no card number in the file. */
function noPans(text: string): string {
  let out = text;
  for (const run of findLuhnValidRuns(text)) out = out.split(run).join(panSafeExample(run.replace(/[ -]/g, '')));
  return out;
}

/** Field paths and value types: two requests with the same shape are one interaction. */
function shape(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.length === 0 ? [`${path}[]`] : shape(value[0], `${path}[]`);
  if (value !== null && typeof value === 'object')
    return Object.entries(value)
      .flatMap(([k, v]) => shape(v, path ? `${path}.${k}` : k))
      .sort();
  return [`${path}:${value === null ? 'null' : typeof value}`];
}

interface ContextSchema {
  type?: unknown;
  required?: string[];
  properties?: Record<string, ContextSchema>;
}

/**
 * An error's context cut to what its documented schema requires (schemas/rules/errors.json): the
 * contract holds what the docs promise, not the extra fields one provider adds (errata
 * response-field-variance). An array context (requestValidateError's entries) stays whole.
 */
function documentedContext(value: unknown, schema: ContextSchema | undefined): unknown {
  if (schema?.type !== 'object' || value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    (schema.required ?? []).filter((k) => k in record).map((k) => [k, documentedContext(record[k], schema.properties?.[k])]),
  );
}

function documentedAnswer(outcome: string, body: unknown): unknown {
  if (outcome === SUCCESS_OUTCOME || body === null || typeof body !== 'object' || !('context' in body)) return body;
  const context = documentedContext(body.context, errorRule(outcome).context);
  return { ...body, context };
}

export class AppContract {
  private readonly entities = new AppEntities();
  private readonly interactions = new Map<string, PactInteraction>();
  private readonly descriptions = new Set<string>();

  constructor(readonly consumer: string) {}

  /** Feeds one exchange, in the order the proxy finished them. */
  observe(e: ObservedExchange): void {
    const op = e.operation;
    if (op === null || op === AUTH || e.status === null || !documentedOutcomes(op).includes(e.outcome)) return;
    const body = sanitize(e.body);
    const fields = shape(body);
    const key = `${op}\n${e.outcome}\n${fields.join(',')}`;
    if (!this.interactions.has(key)) this.interactions.set(key, this.interaction(e, op, body, fields));
    if (e.outcome === SUCCESS_OUTCOME) this.entities.observe(op, e.body, e.responseBody);
  }

  private states(e: ObservedExchange, op: string): ProviderState[] {
    if (e.outcome !== SUCCESS_OUTCOME) return [{ name: FORCED_STATE, params: { operation: op, outcome: e.outcome } }];
    const states = this.entities.statesFor(op, e.body, e.responseBody);
    // check-pin answers 200 only for the card's PIN: the state sets the placeholder the request carries.
    const pin = (sanitize(e.body) as { pin?: unknown }).pin;
    if (op === '/ibis/card/check-pin' && typeof pin === 'string') for (const s of states) if ('cFiCardId' in s.params) s.params.pin = pin;
    return JSON.parse(noPans(JSON.stringify(states))) as ProviderState[];
  }

  private description(op: string, outcome: string, fields: string[]): string {
    const names = [...new Set(fields.map((f) => f.split(':')[0]))];
    const shown = names.length > SHAPE_FIELDS_SHOWN ? [...names.slice(0, SHAPE_FIELDS_SHOWN), '...'] : names;
    const base = `${op} ${outcome}: ${shown.join(', ') || 'no body'}`;
    let text = base;
    for (let n = 2; this.descriptions.has(text); n++) text = `${base} (${n})`;
    this.descriptions.add(text);
    return text;
  }

  private interaction(e: ObservedExchange, op: string, body: unknown, fields: string[]): PactInteraction {
    const response = v4Body(responseTemplate(sanitize(documentedAnswer(e.outcome, e.responseBody)), {}));
    const states = this.states(e, op);
    const request: PactInteraction['request'] = {
      method: e.method,
      path: noPans(e.path),
      headers: {
        [TOKEN_HEADER]: [FAKE_TOKEN],
        ...(body !== undefined && e.method !== 'GET' ? { 'Content-Type': ['application/json'] } : {}),
      },
      matchingRules: { header: { [TOKEN_HEADER]: { combine: 'AND', matchers: [{ match: 'regex', regex: TOKEN_PATTERN }] } } },
    };
    if (body !== undefined && e.method !== 'GET') request.body = { content: body, contentType: 'application/json', encoded: false };
    const contentType = M.regex('^application/json(;.*)?$', 'application/json');
    return {
      description: this.description(op, e.outcome, fields),
      type: 'Synchronous/HTTP',
      pending: false,
      ...(states.length > 0 ? { providerStates: states } : {}),
      comments: {
        text: [
          `Recorded by connectfi-conformance proxy --pact-out from exchange #${e.seq} of ${this.consumer}: ${op} answered ${e.outcome}.`,
        ],
      },
      request,
      response: {
        status: e.status ?? 0,
        headers: { 'Content-Type': ['application/json'] },
        body: { content: response.content, contentType: 'application/json', encoded: false },
        matchingRules: {
          body: response.rules,
          header: { 'Content-Type': { combine: 'AND', matchers: [{ match: 'regex', regex: contentType.regex }] } },
        },
      },
    };
  }

  get size(): number {
    return this.interactions.size;
  }

  /** The Pact V4 file (writePact normalizes it: interactions and keys sorted). */
  pact(version: string): PactFile {
    return {
      consumer: { name: this.consumer },
      provider: { name: PROVIDER },
      interactions: [...this.interactions.values()],
      metadata: { pactSpecification: { version: '4.0' }, 'connectfi-conformance': { version, recordedBy: 'proxy --pact-out' } },
    };
  }
}
