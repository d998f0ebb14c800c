import type { CallResult } from '../../client/call-result.ts';
import { type CardModel, type ModelCard, type Outcome, available, expectPull, usd } from '../card-model.ts';
import type { LifecycleWorld } from '../lifecycle-world.ts';
import { type AmountSpec, describeAmount, resolveAmount } from './amount-spec.ts';
import { CardCommand, movement, recordTransfer } from './card-command.ts';

const ACTIVE = ['B'] as const;

/**
 * POST /ibis/financial/funds-debit: "funds cannot be pulled from a debit card unless the card status
 * code is "B" (ON) and funds are available"; a credit card may go down to −limit (balance =
 * available − limit); beyond: extIbis 51.
 */
export class PullCommand extends CardCommand {
  /** The amount of this run, resolved against the card's available funds. */
  private cents = 0;

  /** `activeOnly`: the card is picked among the active (B) ones (see CardToCardCommand). */
  constructor(
    pick: number,
    readonly amount: AmountSpec,
    readonly activeOnly = false,
  ) {
    super(pick, activeOnly ? ACTIVE : undefined);
  }

  protected expectOn(card: Readonly<ModelCard>): Outcome {
    return expectPull(card, resolveAmount(this.amount, available(card)));
  }

  protected override resolve(card: Readonly<ModelCard>): void {
    this.cents = resolveAmount(this.amount, available(card));
  }

  protected override situation(card: Readonly<ModelCard>): string {
    return `pull ${usd(this.cents)} from card#${this.card} (${card.status}, available ${usd(available(card))})`;
  }

  protected send(w: LifecycleWorld, cFiCardId: string): Promise<CallResult> {
    return w.call('/ibis/financial/funds-debit', { cFiCardId, ...movement(w, 'lq', this.cents) });
  }

  protected update(expected: Outcome, card: ModelCard, r: CallResult, m: CardModel, w: LifecycleWorld): void {
    if (!expected.ok) return;
    card.balance -= this.cents;
    recordTransfer(m, w, r, { type: 'debit', card: this.card, amount: this.cents, reversed: false });
  }

  toString(): string {
    return `pull(card#${this.card}, ${describeAmount(this.amount)})`;
  }
}
