import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { ALL_OPERATIONS, type OperationSpec } from '../api/index.ts';
import { ApiError, type ErrorBody } from './api-error.ts';
import { plainError } from './plain-error.ts';
import { Auth, DEFAULT_TOKEN_TTL_MS, TOKEN_HEADER } from './auth.ts';
import { faultNamed, installResponseRewrite, tokenCheckFor, validatorFor } from './faults/index.ts';
import type { SimulatorHooks } from './faults/types.ts';
import { SimulatorClock } from './clock.ts';
import { installClockRoutes } from './clock-routes.ts';
import { installFlakyNetwork, type FlakyNetworkStats } from './flaky-network.ts';
import { errorEnvelope, operationRunner, successEnvelope } from './operation-runner.ts';
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
  return send(reply, err.status, errorEnvelope(err, newRequestId()));
}

/** The route path of an operation in fastify's syntax (":applicationId" is the same). */
const routeOf = (op: OperationSpec) => op.operation;

/** Maps a framework error (parsing, size, media type) to the error envelope; never a stack trace. */
function frameworkError(err: { code?: string; statusCode?: number; message?: string }, request: FastifyRequest): ApiError {
  switch (err.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return plainError(
        415,
        'unsupportedMediaType',
        `Content-Type must be application/json, got ${JSON.stringify(request.headers['content-type'] ?? '')}`,
      );
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return plainError(413, 'payloadTooLarge', `The request body exceeds ${BODY_LIMIT} bytes.`);
    case 'SIM_JSON_PARSE':
      return plainError(400, 'requestParseError', `The request body is not valid JSON: ${err.message ?? ''}`);
    default:
      if (err.statusCode !== undefined && err.statusCode >= 400 && err.statusCode < 500) {
        return plainError(err.statusCode, 'badRequest', err.message || 'Bad request.');
      }
      return plainError(500, 'internalError', 'Internal simulator error.');
  }
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
      done(Object.assign(new Error((err as Error).message), { code: 'SIM_JSON_PARSE', statusCode: 400 }), undefined);
    }
  });

  // The network comes before the provider: an incident "before processing" happens before
  // authentication (src/simulator/flaky-network.ts).
  const flakyNetwork = options.flakyNetwork
    ? installFlakyNetwork(app, { ...options.flakyNetwork, seed: options.flakyNetwork.seed ?? seed })
    : undefined;

  // Authentication comes first (before the body is read or validated), decided by Auth.refusal;
  // unknown routes (404/405) and the state API's own routes need no token.
  const acceptsToken = tokenCheckFor(hooks, auth, now);
  app.addHook('onRequest', async (request, reply) => {
    const url = request.routeOptions.url;
    if (request.is404 || url === undefined || url.startsWith('/__simulator/')) return;
    const refusal = auth.refusal(url, request.headers[TOKEN_HEADER], acceptsToken);
    if (refusal) return sendError(reply, refusal);
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
    const run = operationRunner(op, { store, auth, hooks, validateRequest, credentialsMatch: fault?.credentialsMatch });
    app.route({
      method: op.method,
      url: routeOf(op),
      handler: async (request, reply) => {
        try {
          const data = run((request.params ?? {}) as Record<string, string>, request.body);
          return send(reply, 200, successEnvelope(data, newRequestId()));
        } catch (err) {
          if (err instanceof ApiError) return sendError(reply, err);
          throw err;
        }
      },
    });
  }

  if (options.enableStateApi) installStateApi(app, state, newRequestId);

  const applicationGet = /^\/ibis\/credit-card\/application\/[^/]+$/;
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0];
    const method = knownPaths.get(path) ?? (applicationGet.test(path) ? 'GET' : undefined);
    if (method) return sendError(reply, plainError(405, 'methodNotAllowed', `${request.method} is not allowed on ${path}; use ${method}.`));
    return sendError(reply, plainError(404, 'notFound', `No route ${request.method} ${path}.`));
  });

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
