import type { AsyncCommand } from 'fast-check';
import { type CardModel, pickCard, available, describeOutcome, expectPull, generable, usd } from '../card-model.ts';
import type { LifecycleWorld } from '../lifecycle-world.ts';

const ACTIVE = ['B'] as const;
import { type AmountSpec, describeAmount, resolveAmount } from './amount-spec.ts';

/**
 * POST /ibis/financial/funds-debit: "funds cannot be pulled from a debit card unless the card status
 * code is "B" (ON) and funds are available"; a credit card may go down to −limit (balance =
 * available − limit); beyond: extIbis 51.
 */
export class PullCommand implements AsyncCommand<CardModel, LifecycleWorld> {
  /** The card, once resolved from `pick` (for toString). */
  private card = -1;

  /** `activeOnly`: the card is picked among the active (B) ones (see CardToCardCommand). */
  constructor(
    readonly pick: number,
    readonly amount: AmountSpec,
    readonly activeOnly = false,
  ) {}

  check(m: Readonly<CardModel>): boolean {
    const i = pickCard(m, this.pick, this.activeOnly ? ACTIVE : undefined);
    if (i === undefined) return false;
    const card = m.cards[i];
    return generable(m, expectPull(card, resolveAmount(this.amount, available(card))));
  }

  async run(m: CardModel, w: LifecycleWorld): Promise<void> {
    this.card = pickCard(m, this.pick, this.activeOnly ? ACTIVE : undefined)!;
    const card = m.cards[this.card];
    const cents = resolveAmount(this.amount, available(card));
    const expected = expectPull(card, cents);
    const label = this.toString();
    w.begin(
      label,
      `pull ${usd(cents)} from card#${this.card} (${card.status}, available ${usd(available(card))}), expected ${describeOutcome(expected)}`,
    );
    const r = await w.call('/ibis/financial/funds-debit', {
      cFiCardId: w.cards[this.card],
      reference: w.target.ref('lq'),
      amount: cents / 100,
      currency: 'USD',
      description: 'conformance lifecycle',
    });
    w.verify(label, expected, r);
    if (expected.ok) {
      card.balance -= cents;
      m.transfers.push({ type: 'debit', card: this.card, amount: cents, reversed: false });
      w.transfers.push((r.data as { cFiFundsId: string }).cFiFundsId);
    }
    await w.readBack(label, m, [this.card]);
  }

  toString(): string {
    return `pull(card#${this.card}, ${describeAmount(this.amount)})`;
  }
}
