import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { ALL_OPERATIONS, type OperationSpec } from '../api/index.ts';
import { ApiError, plainError, validationError, type ErrorBody } from './api-error.ts';
import { Auth, DEFAULT_TOKEN_TTL_MS, TOKEN_HEADER, unauthorized } from './auth.ts';
import { faultNamed, handlerFor, installResponseRewrite, validatorFor } from './faults/index.ts';
import type { SimulatorHooks } from './faults/types.ts';
import { HANDLERS, isHandled, type HandledOperation, type HandlerContext, type RequestOf } from './handlers/index.ts';
import { SimulatorClock } from './clock.ts';
import { installClockRoutes } from './clock-routes.ts';
import { installFlakyNetwork, type FlakyNetworkStats } from './flaky-network.ts';
import { installOutcomes } from './outcomes.ts';
import { SimulatorState } from './state.ts';
import { installStateApi } from './state-api.ts';
import { SimulatorStore } from './store.ts';
import type { SimulatorFixtures, SimulatorOptions } from './types.ts';
import { setUpVariants, variantsOf, withVariantOptions } from './variants/index.ts';

/** Bodies over 1 MiB are refused with 413, a documented envelope rather than a dropped connection. */
export const BODY_LIMIT = 1024 * 1024;

/** What tests and startSimulator reach besides HTTP: credentials, fixtures, provider states. */
export interface SimulatorHandle {
  credentials: { login: string; password: string };
  fixtures: SimulatorFixtures;
  state: SimulatorState;
  /** The simulator's clock (GET|POST|DELETE /__simulator/clock over HTTP). */
  clock: SimulatorClock;
  /** A valid x-connectfi-token without a round trip (in-process tests). */
  issueToken(): string;
  /** With `flakyNetwork`: what the flaky network did so far. */
  flakyNetwork?: FlakyNetworkStats;
}

export type SimulatorApp = FastifyInstance & { simulator: SimulatorHandle };

/** README.md: "requestId is 32 lowercase hex characters in every example". */
const newRequestId = () => randomUUID().replace(/-/g, '');

function send(reply: FastifyReply, status: number, body: Record<string, unknown>): FastifyReply {
  return reply.code(status).header('content-type', 'application/json; charset=utf-8').send(body);
}

function sendError(reply: FastifyReply, err: ApiError): FastifyReply {
  return send(reply, err.status, { requestId: newRequestId(), ...err.body });
}

/** The route path of an operation in fastify's syntax (":applicationId" is the same). */
const routeOf = (op: OperationSpec) => op.operation;

/** Maps a framework error (parsing, size, media type) to the error envelope; never a stack trace. */
// Stryker disable next-line BlockStatement: errata robustness-codes, the answer to malformed JSON, a huge body or an unknown route is undocumented
function frameworkError(err: { code?: string; statusCode?: number; message?: string }, request: FastifyRequest): ApiError {
  switch (err.code) {
    // Stryker disable next-line ConditionalExpression,StringLiteral: errata robustness-codes, the answer to malformed JSON, a huge body or an unknown route is undocumented
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return plainError(
        415,
        // Stryker disable next-line StringLiteral: errata robustness-codes, the answer to malformed JSON, a huge body or an unknown route is undocumented
        'unsupportedMediaType',
        // Stryker disable next-line LogicalOperator,StringLiteral: errata robustness-codes, the answer to malformed JSON, a huge body or an unknown route is undocumented
        `Content-Type must be application/json, got ${JSON.stringify(request.headers['content-type'] ?? '')}`,
      );
    // Stryker disable next-line ConditionalExpression,StringLiteral: errata robustness-codes, the answer to malformed JSON, a huge body or an unknown route is undocumented
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      // Stryker disable next-line StringLiteral: errata robustness-codes, the answer to malformed JSON, a huge body or an unknown route is undocumented
      return plainError(413, 'payloadTooLarge', `The request body exceeds ${BODY_LIMIT} bytes.`);
    // Stryker disable next-line ConditionalExpression,StringLiteral: errata robustness-codes, the answer to malformed JSON, a huge body or an unknown route is undocumented
    case 'SIM_JSON_PARSE':
      // Stryker disable next-line LogicalOperator,StringLiteral: errata robustness-codes, the answer to malformed JSON, a huge body or an unknown route is undocumented
      return plainError(400, 'requestParseError', `The request body is not valid JSON: ${err.message ?? ''}`);
    // Stryker disable next-line ConditionalExpression: errata robustness-codes, the answer to malformed JSON, a huge body or an unknown route is undocumented
    default:
      // Stryker disable next-line BlockStatement,ConditionalExpression,EqualityOperator,LogicalOperator: errata robustness-codes, the answer to malformed JSON, a huge body or an unknown route is undocumented
      if (err.statusCode !== undefined && err.statusCode >= 400 && err.statusCode < 500) {
        // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: errata robustness-codes, the answer to malformed JSON, a huge body or an unknown route is undocumented
        return plainError(err.statusCode, 'badRequest', err.message || 'Bad request.');
      }
      // Stryker disable next-line StringLiteral: errata robustness-codes, the answer to malformed JSON, a huge body or an unknown route is undocumented
      return plainError(500, 'internalError', 'Internal simulator error.');
  }
}

/**
 * The handler of an operation (wrapped by the fault and the variants, if any), taking the body as the route
 * received it. The one place a body becomes typed: a route calls it only after the body passed
 * `validateRequest` for this operation, and generated/types.ts types that same request schema
 * (schemas/operations/), so the body is the operation's request type. A validation fault of the
 * self-check lets a body the schema refuses through on purpose; the handler then meets a body its
 * type does not describe, and that is the deviation the fault is there to show.
 */
function dispatcher<P extends HandledOperation>(
  operation: P,
  hooks: readonly SimulatorHooks[],
): (ctx: HandlerContext, body: unknown) => unknown {
  const handler = handlerFor(hooks, operation, HANDLERS[operation]);
  return (ctx, body) => handler(ctx, body as RequestOf<P>);
}

export async function buildSimulatorApp(given: SimulatorOptions = {}): Promise<SimulatorApp> {
  const options = withVariantOptions(given);
  // The one clock every time-dependent part reads (src/simulator/clock.ts); the state API moves it.
  const clock = new SimulatorClock(options.now);
  const now = () => clock.now();
  const seed = options.seed === undefined ? undefined : String(options.seed);
  const store = new SimulatorStore(seed ?? randomUUID(), now);
  const auth = new Auth(seed, options.tokenTtlMs ?? DEFAULT_TOKEN_TTL_MS, now);
  const state = new SimulatorState(store);
  const latencyMs = Math.max(0, options.latencyMs ?? 0);
  // A named deviation for the self-check (src/simulator/faults/) and the allowed variants
  // (src/simulator/variants/); none: the clean simulator. The fault's hooks apply first.
  const fault = options.fault === undefined ? undefined : faultNamed(options.fault);
  const variants = variantsOf(options);
  const hooks: readonly SimulatorHooks[] = [...(fault ? [fault] : []), ...variants];
  setUpVariants(variants, store);
  const validateRequest = validatorFor(hooks);

  const app = Fastify({
    logger: false,
    bodyLimit: BODY_LIMIT,
    // A long applicationId reaches the schema (maxLength 36 → requestValidateError), not a 414.
    routerOptions: { maxParamLength: 8192 },
    return503OnClosing: false,
    // Stryker disable next-line BlockStatement: errata robustness-codes, the answer to malformed JSON, a huge body or an unknown route is undocumented
    frameworkErrors: (err, request, reply) => {
      sendError(reply, frameworkError(err, request));
    },
  });

  // JSON only: any other media type is 415; malformed JSON is a 400 envelope. JSON.parse keeps a
  // "__proto__" key as an ordinary own property; nothing merges request objects into others.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: BODY_LIMIT }, (_req, body, done) => {
    const text = body as string;
    if (text.trim() === '') return done(null, undefined);
    try {
      done(null, JSON.parse(text));
    } catch (err) {
      // Stryker disable next-line ObjectLiteral,StringLiteral: errata robustness-codes, the answer to malformed JSON, a huge body or an unknown route is undocumented
      done(Object.assign(new Error((err as Error).message), { code: 'SIM_JSON_PARSE', statusCode: 400 }), undefined);
    }
  });

  // The network comes before the provider: an incident "before processing" happens before
  // authentication (src/simulator/flaky-network.ts).
  const flakyNetwork = options.flakyNetwork
    ? installFlakyNetwork(app, { ...options.flakyNetwork, seed: options.flakyNetwork.seed ?? seed })
    : undefined;

  // Authentication comes first (before the body is read or validated): every route but
  // /auth/get-token, the provider-state routes and unknown routes needs a valid token.
  app.addHook('onRequest', async (request, reply) => {
    const url = request.routeOptions.url;
    if (request.is404 || url === undefined || url === '/auth/get-token' || url.startsWith('/__simulator/')) return;
    if (hooks.some((h) => h.authNotEnforced) || auth.isValid(request.headers[TOKEN_HEADER])) return;
    const token = request.headers[TOKEN_HEADER];
    const accepted = typeof token === 'string' && hooks.some((h) => h.tokenAccepted?.(token, auth.liveTokens()));
    if (!accepted) return sendError(reply, unauthorized());
  });
  installResponseRewrite(app, hooks, now);
  // On-demand outcomes and the test clock for integrators' tests, with the state API only.
  if (options.enableStateApi) {
    state.outcomes = installOutcomes(app, { auth, newRequestId, now });
    installClockRoutes(app, clock, newRequestId);
  }

  if (latencyMs > 0) {
    // After processing: a request's check-and-insert never waits, so latency opens no race.
    app.addHook('onSend', async () => {
      await sleep(latencyMs);
    });
  }

  const knownPaths = new Map<string, string>();
  for (const op of ALL_OPERATIONS) {
    knownPaths.set(op.operation, op.method);
    const handler = isHandled(op.operation) ? dispatcher(op.operation, hooks) : undefined;
    app.route({
      method: op.method,
      url: routeOf(op),
      handler: async (request, reply) => {
        const input = op.requestIn === 'path' ? { ...(request.params as Record<string, string>) } : request.body;
        try {
          const result = validateRequest(op.operation, input);
          if (!result.valid) throw validationError(result.errors);
          let data: unknown;
          if (handler) {
            data = handler({ store, operation: op.operation, params: (request.params ?? {}) as Record<string, string> }, input);
          } else {
            const { user } = input as { user: { login: string; password: string } };
            data = auth.login(user.login, user.password, fault?.credentialsMatch);
          }
          return send(reply, 200, { code: '0', data, requestId: newRequestId() });
        } catch (err) {
          if (err instanceof ApiError) return sendError(reply, err);
          throw err;
        }
      },
    });
  }

  if (options.enableStateApi) installStateApi(app, state, newRequestId);

  const applicationGet = /^\/ibis\/credit-card\/application\/[^/]+$/;
  // Stryker disable next-line BlockStatement: errata robustness-codes, the answer to malformed JSON, a huge body or an unknown route is undocumented
  app.setNotFoundHandler((request, reply) => {
    // Stryker disable next-line StringLiteral: errata robustness-codes, the answer to malformed JSON, a huge body or an unknown route is undocumented
    const path = request.url.split('?')[0];
    // Stryker disable next-line LogicalOperator,StringLiteral: errata robustness-codes, the answer to malformed JSON, a huge body or an unknown route is undocumented
    const method = knownPaths.get(path) ?? (applicationGet.test(path) ? 'GET' : undefined);
    // Stryker disable next-line ConditionalExpression,StringLiteral: errata robustness-codes, the answer to malformed JSON, a huge body or an unknown route is undocumented
    if (method) return sendError(reply, plainError(405, 'methodNotAllowed', `${request.method} is not allowed on ${path}; use ${method}.`));
    // Stryker disable next-line StringLiteral: errata robustness-codes, the answer to malformed JSON, a huge body or an unknown route is undocumented
    return sendError(reply, plainError(404, 'notFound', `No route ${request.method} ${path}.`));
  });

  // Stryker disable next-line BlockStatement: errata robustness-codes, the answer to malformed JSON, a huge body or an unknown route is undocumented
  app.setErrorHandler((err, request, reply) => {
    const mapped = err instanceof ApiError ? err : frameworkError(err as { code?: string; statusCode?: number; message?: string }, request);
    return sendError(reply, mapped);
  });

  app.decorate('simulator', {
    credentials: auth.credentials,
    fixtures: store.fixtures,
    state,
    clock,
    issueToken: () => auth.issue().token,
    ...(flakyNetwork ? { flakyNetwork } : {}),
  } satisfies SimulatorHandle);
  await app.ready();
  return app as unknown as SimulatorApp;
}

export type { ErrorBody };
