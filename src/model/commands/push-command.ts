import type { CallResult } from '../../client/call-result.ts';
import { type CardModel, type ModelCard, type Outcome, expectPush, usd } from '../card-model.ts';
import type { LifecycleWorld } from '../lifecycle-world.ts';
import { CardCommand, movement, recordTransfer } from './card-command.ts';

/**
 * POST /ibis/financial/funds-credit: "You can, however, transfer funds to a pre-active card"; the
 * balance grows by exactly the amount (money.json push; errata push-to-inactive for I, S and F).
 */
export class PushCommand extends CardCommand {
  constructor(
    pick: number,
    readonly cents: number,
  ) {
    super(pick);
  }

  protected expectOn(card: Readonly<ModelCard>): Outcome {
    return expectPush(card);
  }

  protected override situation(card: Readonly<ModelCard>): string {
    return `card#${this.card} is ${card.status} holding ${usd(card.balance)}`;
  }

  protected send(w: LifecycleWorld, cFiCardId: string): Promise<CallResult> {
    return w.call('/ibis/financial/funds-credit', { cFiCardId, ...movement(w, 'lp', this.cents) });
  }

  protected update(expected: Outcome, card: ModelCard, r: CallResult, m: CardModel, w: LifecycleWorld): void {
    if (!expected.ok) return;
    card.balance += this.cents;
    recordTransfer(m, w, r, { type: 'credit', card: this.card, amount: this.cents, reversed: false });
  }

  toString(): string {
    return `push(card#${this.card}, ${usd(this.cents)})`;
  }
}
