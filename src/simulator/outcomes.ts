import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ValidateFunction } from 'ajv';
import { projectAjv, ALL_OPERATIONS, errorRuleList, findOperation, forcibleErrors, TRANSPORT_OUTCOMES } from '../api/index.ts';
import { ApiError } from './api-error.ts';
import { plainError } from './plain-error.ts';
import type { Auth } from './auth.ts';
import { TOKEN_HEADER, unauthorized } from './auth.ts';
import { forcedError } from './outcome-answers.ts';

/**
 * On-demand outcomes (served with --enable-state-api): POST /__simulator/outcomes
 * { operation, outcome, times?, match?, delayMs?, retryAfterSeconds? } makes the next `times`
 * matching calls answer a documented error id of schemas/rules/errors.json or a transport outcome of
 * schemas/rules/outcomes.json, so that an integrator's tests can meet every documented outcome
 * without changing their app. `match` ({ cFiCardId: "icrd_..." }) scopes it to the calls whose
 * request body has every one of those fields equal: parallel test workers each force outcomes on
 * their own card or reference, and a call that does not match never consumes another's. GET lists
 * the pending ones (with their match), DELETE clears them all, DELETE /__simulator/outcomes/:id one.
 */
/** Field values a scoped outcome requires of a request body, each equal. */
export type OutcomeMatch = Record<string, string | number | boolean>;

export interface PendingOutcome {
  id: number;
  operation: string;
  outcome: string;
  remaining: number;
  match?: OutcomeMatch;
  delayMs?: number;
  retryAfterSeconds?: number;
}

export interface OutcomeRequest {
  operation: string;
  outcome: string;
  times?: number;
  match?: OutcomeMatch;
  delayMs?: number;
  retryAfterSeconds?: number;
}

const OUTCOME_IDS = [...errorRuleList.map((e) => e.id), ...TRANSPORT_OUTCOMES.keys()];
const DEFAULT_DELAY_MS = 3000;

// Compiled on the first outcome request, not when the simulator starts.
let compiledBody: ValidateFunction<OutcomeRequest> | undefined;
const validateBody = (body: unknown): body is OutcomeRequest =>
  (compiledBody ??= projectAjv().compile<OutcomeRequest>(OUTCOME_REQUEST))(body);

const OUTCOME_REQUEST = {
  type: 'object',
  required: ['operation', 'outcome'],
  additionalProperties: false,
  properties: {
    operation: { type: 'string', enum: ALL_OPERATIONS.map((o) => o.operation) },
    outcome: { type: 'string', enum: OUTCOME_IDS },
    times: { type: 'integer', minimum: 1, maximum: 1000 },
    match: {
      type: 'object',
      minProperties: 1,
      maxProperties: 20,
      additionalProperties: { type: ['string', 'number', 'boolean'] },
    },
    delayMs: { type: 'integer', minimum: 0, maximum: 120_000 },
    retryAfterSeconds: { type: 'integer', minimum: 0, maximum: 3600 },
  },
};

/** One line naming the field and what was wrong with it. */
function describeInvalid(): string {
  const e = compiledBody?.errors?.[0];
  if (!e) return 'invalid body';
  const field =
    e.keyword === 'required'
      ? String(e.params.missingProperty)
      : e.keyword === 'additionalProperties'
        ? String(e.params.additionalProperty)
        : e.instancePath.slice(1) || 'body';
  if (e.keyword === 'enum')
    return `${field}: unknown value; expected one of the ${field === 'operation' ? 'documented operations' : 'error ids of schemas/rules/errors.json or a transport outcome (' + [...TRANSPORT_OUTCOMES.keys()].join(', ') + ')'}`;
  if (e.keyword === 'additionalProperties')
    return `${field}: unknown property; allowed: operation, outcome, times, match, delayMs, retryAfterSeconds`;
  return `${field}: ${e.message ?? e.keyword}`;
}

/** The top-level fields of an operation's request (every branch of a oneOf): what `match` may name. */
function requestFields(operation: string): string[] {
  const schema = findOperation(operation)?.request as { properties?: object; oneOf?: { properties?: object }[] } | undefined;
  const fields = new Set(Object.keys(schema?.properties ?? {}));
  for (const branch of schema?.oneOf ?? []) for (const key of Object.keys(branch.properties ?? {})) fields.add(key);
  return [...fields];
}

function checkMatch(operation: string, match: OutcomeMatch): void {
  const fields = requestFields(operation);
  const unknown = Object.keys(match).find((f) => !fields.includes(f));
  if (unknown !== undefined)
    throw plainError(
      400,
      'badOutcomeRequest',
      `POST /__simulator/outcomes match.${unknown}: not a field of the ${operation} request; its fields: ${fields.join(', ')}`,
    );
}

/** Whether a request's body (or path parameters) has every field of `match`, each equal. */
function matches(match: OutcomeMatch | undefined, input: unknown): boolean {
  if (match === undefined) return true;
  if (input === null || typeof input !== 'object') return false;
  const record = input as Record<string, unknown>;
  return Object.entries(match).every(([field, value]) => Object.prototype.hasOwnProperty.call(record, field) && record[field] === value);
}

export class OutcomeQueue {
  private pending: PendingOutcome[] = [];
  private nextId = 1;

  /** Validates and queues a request; throws a 400 ApiError naming the problem. */
  add(body: unknown): PendingOutcome {
    if (!validateBody(body)) throw plainError(400, 'badOutcomeRequest', `POST /__simulator/outcomes ${describeInvalid()}`);
    const op = findOperation(body.operation)!;
    if (!TRANSPORT_OUTCOMES.has(body.outcome) && !forcibleErrors(op.operation).includes(body.outcome)) {
      throw plainError(
        400,
        'badOutcomeRequest',
        `POST /__simulator/outcomes outcome: ${body.outcome} is not an error of ${op.operation}; its errors: ${forcibleErrors(op.operation).join(', ')}`,
      );
    }
    if (body.outcome === 'token-expired' && op.operation === '/auth/get-token') {
      throw plainError(
        400,
        'badOutcomeRequest',
        'POST /__simulator/outcomes outcome: token-expired needs an operation called with a token',
      );
    }
    if (body.match !== undefined) checkMatch(op.operation, body.match);
    const entry: PendingOutcome = { id: this.nextId++, operation: op.operation, outcome: body.outcome, remaining: body.times ?? 1 };
    if (body.match !== undefined) entry.match = { ...body.match };
    if (body.outcome === 'timeout') entry.delayMs = body.delayMs ?? DEFAULT_DELAY_MS;
    if (body.outcome === 'http-429') entry.retryAfterSeconds = body.retryAfterSeconds ?? 1;
    this.pending.push(entry);
    return entry;
  }

  list(): PendingOutcome[] {
    return this.pending.map((p) => ({ ...p, ...(p.match ? { match: { ...p.match } } : {}) }));
  }

  /** Removes one pending outcome by id: a worker clears its own without touching the others'. */
  remove(id: number): number {
    const before = this.pending.length;
    this.pending = this.pending.filter((p) => p.id !== id);
    return before - this.pending.length;
  }

  clear(): number {
    const n = this.pending.length;
    this.pending = [];
    return n;
  }

  /** The first pending outcome of `operation` whose match the request satisfies, consumed once. */
  take(operation: string, input?: unknown): PendingOutcome | undefined {
    const index = this.pending.findIndex((p) => p.operation === operation && matches(p.match, input));
    if (index < 0) return undefined;
    const entry = this.pending[index];
    entry.remaining -= 1;
    if (entry.remaining <= 0) this.pending.splice(index, 1);
    return { ...entry };
  }
}

interface Deps {
  auth: Auth;
  newRequestId: () => string;
  /** The simulator's clock (a forced lock-out's `until`). */
  now: () => Date;
}

const deferred = new WeakMap<FastifyRequest, PendingOutcome>();

function sendApiError(reply: FastifyReply, err: ApiError, newRequestId: () => string): FastifyReply {
  return reply
    .code(err.status)
    .header('content-type', 'application/json; charset=utf-8')
    .send({ requestId: newRequestId(), ...err.body });
}

/** Registers the /__simulator/outcomes routes and the hooks that apply the pending outcomes. */
export function installOutcomes(app: FastifyInstance, { auth, newRequestId, now }: Deps): OutcomeQueue {
  const queue = new OutcomeQueue();
  const ok = (reply: FastifyReply, data: unknown) =>
    reply.code(200).header('content-type', 'application/json; charset=utf-8').send({ code: '0', data, requestId: newRequestId() });

  app.post('/__simulator/outcomes', async (request, reply) => {
    try {
      return ok(reply, { outcome: queue.add(request.body) });
    } catch (err) {
      if (err instanceof ApiError) return sendApiError(reply, err, newRequestId);
      throw err;
    }
  });
  app.get('/__simulator/outcomes', async (_request, reply) => ok(reply, { outcomes: queue.list() }));
  app.delete('/__simulator/outcomes', async (_request, reply) => ok(reply, { cleared: queue.clear() }));
  app.delete<{ Params: { id: string } }>('/__simulator/outcomes/:id', async (request, reply) =>
    ok(reply, { cleared: queue.remove(Number(request.params.id)) }),
  );

  // After authentication (an unauthenticated call consumes nothing) and after the body is parsed
  // (the error's context names the request's own reference or card id).
  app.addHook('preHandler', async (request, reply) => {
    const url = request.routeOptions.url;
    if (request.is404 || url === undefined || url.startsWith('/__simulator/')) return;
    const input = findOperation(url)?.requestIn === 'path' ? request.params : request.body;
    const entry = queue.take(url, input);
    if (!entry) return;
    const transport = TRANSPORT_OUTCOMES.get(entry.outcome);
    if (!transport) {
      return sendApiError(reply, forcedError(entry.outcome, url, input, now()), newRequestId);
    }
    if (entry.outcome === 'token-expired') {
      // The token stops working at once.
      const token = request.headers[TOKEN_HEADER];
      if (typeof token === 'string') auth.tokens.delete(token);
      return sendApiError(reply, unauthorized(), newRequestId);
    }
    if (transport.applied) {
      deferred.set(request, entry);
      return;
    }
    if (entry.outcome === 'http-429') reply.header('retry-after', String(entry.retryAfterSeconds ?? 1));
    return sendApiError(
      reply,
      plainError(
        transport.status ?? 500,
        transport.code ?? 'internalError',
        `Forced outcome ${entry.outcome} (POST /__simulator/outcomes).`,
      ),
      newRequestId,
    );
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const entry = deferred.get(request);
    if (!entry) return payload;
    deferred.delete(request);
    if (entry.outcome === 'reset') {
      request.raw.socket?.destroy();
      return payload;
    }
    // timeout: the write is done; the answer waits, unless the client gives up first.
    const abort = new AbortController();
    const onClose = () => abort.abort();
    reply.raw.once('close', onClose);
    await sleep(entry.delayMs ?? DEFAULT_DELAY_MS, undefined, { signal: abort.signal }).catch(() => undefined);
    reply.raw.off('close', onClose);
    return payload;
  });
  return queue;
}
