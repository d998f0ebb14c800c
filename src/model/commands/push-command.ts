import type { AsyncCommand } from 'fast-check';
import { type CardModel, pick, describeOutcome, expectPush, generable, usd } from '../card-model.ts';
import type { LifecycleWorld } from '../lifecycle-world.ts';

/**
 * POST /ibis/financial/funds-credit: "You can, however, transfer funds to a pre-active card"; the
 * balance grows by exactly the amount (money.json push; errata push-to-inactive for I, S and F).
 */
export class PushCommand implements AsyncCommand<CardModel, LifecycleWorld> {
  /** The card, once resolved from `pick` (for toString). */
  private card = -1;

  constructor(
    readonly pick: number,
    readonly cents: number,
  ) {}

  check(m: Readonly<CardModel>): boolean {
    const i = pick(m.cards.length, this.pick);
    return i !== undefined && generable(m, expectPush(m.cards[i]));
  }

  async run(m: CardModel, w: LifecycleWorld): Promise<void> {
    this.card = pick(m.cards.length, this.pick)!;
    const card = m.cards[this.card];
    const expected = expectPush(card);
    const label = this.toString();
    w.begin(label, `card#${this.card} is ${card.status} holding ${usd(card.balance)}, expected ${describeOutcome(expected)}`);
    const r = await w.call('/ibis/financial/funds-credit', {
      cFiCardId: w.cards[this.card],
      reference: w.target.ref('lp'),
      amount: this.cents / 100,
      currency: 'USD',
      description: 'conformance lifecycle',
    });
    w.verify(label, expected, r);
    if (expected.ok) {
      card.balance += this.cents;
      m.transfers.push({ type: 'credit', card: this.card, amount: this.cents, reversed: false });
      w.transfers.push((r.data as { cFiFundsId: string }).cFiFundsId);
    }
    await w.readBack(label, m, [this.card]);
  }

  toString(): string {
    return `push(card#${this.card}, ${usd(this.cents)})`;
  }
}
