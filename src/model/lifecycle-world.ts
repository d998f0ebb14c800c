import type { CallResult } from '../client/call-result.ts';
import type { ConnectFiClient } from '../client/client.ts';
import { isRetryableStatus } from '../client/retry-policy.ts';
import { TransportError } from '../errors.ts';
import { toCurl } from '../client/exchange.ts';
import type { DataOf, OperationKey, RequestOf } from '../client/operation-types.ts';
import { valueAt } from '../util/json-object.ts';
import { type CardModel, type Outcome, describeOutcome, usd } from './card-model.ts';
import { errorRule as errorRuleOf } from '../api/rules.ts';

/** What the lifecycle test needs from a target: a client, fresh references and the fixtures. */
export interface LifecycleTarget {
  client: ConnectFiClient;
  /** A reference unique to the run (common-reference: alphanumeric, ≤ 32). */
  ref: (tag?: string) => string;
  fixtures: { customerId: string; debitProgramId: string; otherDebitProgramId?: string; creditProgramId?: string };
  /** true against the simulator: errata proposals are graded too (see card-model.ts). */
  gradeProposals: boolean;
}

/** A step whose answer is not the documented one: fast-check shrinks the sequence that led to it. */
export class LifecycleDeviation extends Error {
  constructor(
    readonly step: number,
    readonly command: string,
    readonly expected: unknown,
    readonly actual: unknown,
  ) {
    super(`step ${step} ${command}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    this.name = 'LifecycleDeviation';
  }
}

/**
 * The real side of the model run: the ids of the cards and transfers the sequence created (indexes
 * match the model's), and the calls, each logged as a readable line (and a curl command when the
 * world is the replay of a counterexample).
 */
export class LifecycleWorld {
  readonly cards: string[] = [];
  readonly transfers: string[] = [];
  /** The commands run, in order. */
  readonly steps: string[] = [];
  applicationId?: string;
  step = 0;
  /**
   * A call of this sequence met transport trouble the client could not get past (no answer, a 5xx,
   * a 429): the sequence says nothing of the target's conformance (docs/ci.md, "Transport trouble").
   */
  troubled = false;

  constructor(
    readonly target: LifecycleTarget,
    private readonly log: (line: string) => void = () => undefined,
    private readonly withCurl = false,
    /** Outcomes seen, "set-status → extIbis.57.statusChange": 3, for the coverage line of the report. */
    readonly outcomes: Map<string, number> = new Map(),
    /** Read the touched cards back after every command (the replay), not only at the end. */
    private readonly stepwise = withCurl,
  ) {}

  begin(command: string, detail = ''): void {
    this.step += 1;
    this.steps.push(command);
    this.log(`#${this.step} ${command}${detail ? `: ${detail}` : ''}`);
  }

  note(line: string): void {
    this.log(`   ${line}`);
  }

  /** A request and its answer, logged; `curl`: with the command that reproduces it (not for read-backs). */
  async call(operation: string, body: unknown, curl = true): Promise<CallResult> {
    const r = await this.target.client.call(operation, body).catch((err: unknown) => {
      if (err instanceof TransportError) this.troubled = true;
      throw err;
    });
    if (isRetryableStatus(r.status)) this.troubled = true;
    const s = summary(r);
    this.log(
      `   ${operation} ${JSON.stringify(body)} → HTTP ${r.status} ${r.ok ? 'code "0"' : `${text(s.code)}${s.subCode ? `/${text(s.subCode)}` : ''} ${text(s.message)}`.trim()}`,
    );
    if (this.withCurl && curl) this.log(`   $ ${toCurl(r.exchange)}`);
    return r;
  }

  /**
   * A setup call that must succeed (issuing a card): anything else is a deviation too. Its data is
   * typed as client.op types it (the documented 200 data of the operation); not validated here.
   */
  async must<K extends OperationKey>(command: string, operation: K, body: RequestOf<K>): Promise<DataOf<K>> {
    const r = await this.call(operation, body);
    if (!r.ok) throw new LifecycleDeviation(this.step, command, { status: 200, code: '0' }, summary(r));
    return r.data as DataOf<K>;
  }

  /** Compares an answer with the model's expectation (status, code, subCode). */
  verify(command: string, expected: Outcome, r: CallResult): void {
    const actual = summary(r);
    const key = `${command.replace(/\(.*$/, '')} → ${r.ok ? 'success' : [actual.code, actual.subCode].filter(Boolean).join('/')}`;
    this.outcomes.set(key, (this.outcomes.get(key) ?? 0) + 1);
    if (expected.ok) {
      if (r.ok) return;
      throw new LifecycleDeviation(this.step, command, describeOutcome(expected), actual);
    }
    const matches = expected.errors.some((id) => {
      const e = errorRuleOf(id);
      return r.status === e.httpStatus && actual.code === e.code && (e.subCode === undefined || actual.subCode === e.subCode);
    });
    if (!matches) {
      const wanted = expected.errors.map((id) => {
        const e = errorRuleOf(id);
        return { id, status: e.httpStatus, code: e.code, ...(e.subCode ? { subCode: e.subCode } : {}) };
      });
      throw new LifecycleDeviation(this.step, command, wanted.length === 1 ? wanted[0] : { anyOf: wanted }, actual);
    }
  }

  /**
   * Reads the cards a command touched back (card/status) and compares status and balance with the
   * model. While exploring, the reads are deferred to the end of the sequence (`readBackAll`): a
   * deviation still fails the sequence, fast-check shrinks it, and the replay of the shortest
   * sequence (stepwise) reads back after every command to name the step. Half the requests.
   */
  async readBack(command: string, model: CardModel, indexes: number[]): Promise<void> {
    if (!this.stepwise) return;
    for (const i of new Set(indexes)) await this.compare(command, model, i);
    this.note(`model: ${indexes.map((i) => `card#${i} ${model.cards[i].status} ${usd(model.cards[i].balance)}`).join(', ')}`);
  }

  /** Every card of the sequence read back and compared with the model (at the end of a sequence). */
  async readBackAll(model: CardModel): Promise<void> {
    await Promise.all(model.cards.map((_, i) => this.compare('final read-back', model, i)));
  }

  private async compare(command: string, model: CardModel, i: number): Promise<void> {
    const r = await this.call('/ibis/card/status', { cFiCardId: this.cards[i] }, false);
    const card = model.cards[i];
    const expected = { card: `card#${i}`, status: card.status, balance: usd(card.balance) };
    if (!r.ok) throw new LifecycleDeviation(this.step, command, expected, summary(r));
    const balance = valueAt(r.data, 'balance');
    const actual = {
      card: `card#${i}`,
      status: valueAt(r.data, 'status', 'code'),
      balance: typeof balance === 'number' ? usd(Math.round(balance * 100)) : balance,
    };
    if (actual.status !== expected.status || actual.balance !== expected.balance)
      throw new LifecycleDeviation(this.step, command, expected, actual);
  }
}

/** A field of an answer as log text: strings as they are, anything else as JSON, nothing for none. */
const text = (v: unknown): string => (v === undefined || v === null ? '' : typeof v === 'string' ? v : JSON.stringify(v));

/** The status and the envelope's code, subCode and message of an answer, as they came (a faulty provider may send anything). */
export function summary(r: CallResult): { status: number; code?: unknown; subCode?: unknown; message?: unknown } {
  const subCode = valueAt(r.body, 'subCode');
  const message = valueAt(r.body, 'message');
  return { status: r.status, code: valueAt(r.body, 'code'), ...(subCode ? { subCode } : {}), ...(message ? { message } : {}) };
}
