import type { AsyncCommand } from 'fast-check';
import type { CallResult } from '../../client/call-result.ts';
import {
  type CardModel,
  type ModelCard,
  type ModelTransfer,
  type Outcome,
  type StatusCode,
  describeOutcome,
  generable,
  pickCard,
} from '../card-model.ts';
import type { LifecycleWorld } from '../lifecycle-world.ts';

/**
 * A lifecycle command on one card, picked from the model's cards (among `among`, all when
 * undefined) when it runs. It is generated only when the model's expected outcome is one the run
 * grades (`generable`); each run says what it expects, sends its request, verifies the answer,
 * updates the model and reads the card back.
 */
export abstract class CardCommand implements AsyncCommand<CardModel, LifecycleWorld> {
  /** The card, once resolved from `pick` (for toString). */
  protected card = -1;

  constructor(
    readonly pick: number,
    private readonly among?: readonly StatusCode[],
  ) {}

  /** The outcome the model expects of this command on `card`; null when it cannot be sent to it. */
  protected abstract expectOn(card: Readonly<ModelCard>): Outcome | null;

  /** Sends the request to the card whose id on the target is `cFiCardId`. */
  protected abstract send(w: LifecycleWorld, cFiCardId: string, card: ModelCard): Promise<CallResult>;

  /** Updates the model with the outcome of the call (the answer verified as `expected`). */
  protected abstract update(expected: Outcome, card: ModelCard, r: CallResult, m: CardModel, w: LifecycleWorld): void;

  /** Decides what the run sends, from the card as it is before the call. */
  protected resolve(_card: Readonly<ModelCard>): void {}

  /** What the log says of the card before the call. */
  protected situation(card: Readonly<ModelCard>): string {
    return `card#${this.card} is ${card.status}`;
  }

  /** The index of the card `pick` resolves to in `m`, or undefined when there is none to pick. */
  protected picked(m: Readonly<CardModel>): number | undefined {
    return pickCard(m, this.pick, this.among);
  }

  check(m: Readonly<CardModel>): boolean {
    const i = this.picked(m);
    return i !== undefined && generable(m, this.expectOn(m.cards[i]));
  }

  async run(m: CardModel, w: LifecycleWorld): Promise<void> {
    this.card = this.picked(m)!;
    const card = m.cards[this.card];
    this.resolve(card);
    const expected = this.expectOn(card)!;
    const label = this.toString();
    w.begin(label, `${this.situation(card)}, expected ${describeOutcome(expected)}`);
    const r = await this.send(w, w.cards[this.card], card);
    w.verify(label, expected, r);
    this.update(expected, card, r, m, w);
    await w.readBack(label, m, [this.card]);
  }

  abstract toString(): string;
}

/** The fields every money movement of the lifecycle sends: a fresh reference (tagged `tag`) and `cents` in USD. */
export function movement(w: LifecycleWorld, tag: string, cents: number) {
  return { reference: w.target.ref(tag), amount: cents / 100, currency: 'USD', description: 'conformance lifecycle' };
}

/** Records a transfer that succeeded: in the model, and its cFiFundsId in the world (same index). */
export function recordTransfer(m: CardModel, w: LifecycleWorld, r: CallResult, transfer: ModelTransfer): void {
  m.transfers.push(transfer);
  w.transfers.push((r.data as { cFiFundsId: string }).cFiFundsId);
}
