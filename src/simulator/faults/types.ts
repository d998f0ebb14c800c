import type { ValidationResult } from '../../api/index.ts';
import type { JsonObject } from '../../util/json-object.ts';
import type { HandledOperation, Handler } from '../handlers/index.ts';
import type { SimulatorState } from '../state.ts';
import type { SimulatorFixtures } from '../types.ts';

/**
 * A named fault (docs/contributing.md, "Self-check"): one small, realistic deviation from the docs that the
 * simulator can be started with, so that the self-check can prove the conformance suite catches a
 * provider that makes it. Each fault is read in one place: its name, its family, a one-line
 * description, the documented rule it breaks, the checks that must catch it, its implementation
 * (one or more of the hooks below), and a probe that shows the deviation in-process.
 */
export type FaultFamily =
  | 'auth'
  | 'envelope'
  | 'validation'
  | 'status'
  | 'pin'
  | 'idempotency'
  | 'money'
  | 'reversal'
  | 'retrieve'
  | 'history'
  | 'cards'
  | 'credit'
  | 'register'
  | 'lifecycle';

/** Wraps an operation's handler: `next` is the clean behaviour. Handlers are synchronous. */
export type HandlerWrapper<P extends HandledOperation> = (next: Handler<P>) => Handler<P>;

/**
 * A wrapper that fits each of several operations `P`: it passes the body on, or reads only what
 * their request types share (faults/wrap-each.ts installs it on each).
 */
export type SharedWrapper<P extends HandledOperation> = <Q extends P>(next: Handler<Q>) => Handler<Q>;

/** The wrappers of a fault, each typed by the request of the operation it wraps. */
export type HandlerWrappers = { readonly [P in HandledOperation]?: HandlerWrapper<P> };

/** A response as the fault's rewrite hook sees it (after the clean simulator produced it). */
export interface FaultResponse {
  /** The documented operation path, or null (unknown route, framework error). */
  operation: string | null;
  /** The parsed request body (path parameters for the GET operation). */
  request: unknown;
  status: number;
  /** The parsed JSON body: every answer of the simulator is an envelope object. */
  body: JsonObject;
  /** Replaces the content type when set. */
  contentType?: string;
  /** The simulator's time when the answer left (src/simulator/clock.ts). */
  now: Date;
}

/**
 * An answer as a probe sees it. The body is parsed JSON, left `unknown`: a faulty simulator's answer
 * may break its schema (that is the point), so probes read it with valueAt (src/util/json-object.ts).
 */
export interface ProbeAnswer {
  status: number;
  body: unknown;
  contentType: string;
}

/** What a probe sees: one in-process simulator (no sockets), called with a valid token. */
export interface ProbeApi {
  /** POSTs (GETs for the application path) an operation; `token: null` sends none. The body may break the schema on purpose. */
  call(operation: string, body?: unknown, options?: { token?: string | null }): Promise<ProbeAnswer>;
  state: SimulatorState;
  fixtures: SimulatorFixtures;
  /** The simulator's login (for /auth/get-token). */
  credentials: { login: string; password: string };
}

export interface Credentials {
  login: string;
  password: string;
}

/**
 * The places a fault or an allowed variant (src/simulator/variants/) changes the simulator, each
 * applied at one place by app.ts or operation-runner.ts (faults/install.ts).
 */
export interface SimulatorHooks {
  /** Authentication is not enforced: requests without a valid token are served. */
  authNotEnforced?: true;
  /** Also serves a token this returns true for (`issued`: the tokens the simulator honours). */
  tokenAccepted?: (token: string, issued: readonly string[]) => boolean;
  /** Replaces how /auth/get-token compares the credentials it is given with its own. */
  credentialsMatch?: (given: Credentials, actual: Credentials) => boolean;
  /** Replaces request validation; `validate` is the documented validator. */
  validate?: (operation: string, input: unknown, validate: (operation: string, input: unknown) => ValidationResult) => ValidationResult;
  /** Wraps the handlers of some operations. */
  handlers?: HandlerWrappers;
  /** Rewrites a response before it is sent; returns nothing to leave it as it is. */
  respond?: (response: FaultResponse) => FaultResponse | void;
}

export interface Fault extends SimulatorHooks {
  /** kebab-case; the value of `--fault` and of startSimulator({ fault }). */
  name: string;
  /** The family of the rule the fault breaks (the table's grouping; detection is by `expected`). */
  family: FaultFamily;
  /** One line: what the faulty provider does. */
  description: string;
  /**
   * The checks written to catch it: check ids or regular expressions over check ids (each matched
   * against the whole id). The fault counts as detected only when one of them fails on its own
   * assertion; any other failure is collateral.
   */
  expected: readonly string[];
  /**
   * Checks the expected ones need to run beside them (same syntax), e.g. the checks whose
   * exchanges a run-wide envelope row grades. Their failures are collateral.
   */
  alsoRun?: readonly string[];
  /** For a fault modelled on how real providers break (not a rule of the docs flipped): the story. */
  story?: string;
  /** The documented rule the fault breaks (file, heading, and the words of the rule). */
  doc: { file: string; heading: string; rule: string };

  // The implementation: one or more of the hooks of SimulatorHooks, each applied at one place (faults/install.ts).

  /**
   * Shows the deviation in-process: run against a clean and a faulty simulator built with the same
   * seed, the observations (status, codes, balances... never random ids) must differ.
   */
  probe: (api: ProbeApi) => Promise<unknown>;
}
