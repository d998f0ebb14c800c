import type { AsyncCommand } from 'fast-check';
import { type CardModel, pickCard, available, describeOutcome, expectCardToCard, generable, usd } from '../card-model.ts';
import type { LifecycleWorld } from '../lifecycle-world.ts';

import { type AmountSpec, describeAmount, resolveAmount } from './amount-spec.ts';
import { movement, recordTransfer } from './card-command.ts';

const ACTIVE = ['B'] as const;

/**
 * POST /ibis/financial/card-to-card: a pull from `from` (B with funds, or PA/51...) and a push to
 * `to` (a pre-active card accepted); both balances move by exactly the amount.
 */
export class CardToCardCommand implements AsyncCommand<CardModel, LifecycleWorld> {
  /** The cards, once resolved from the picks (for toString). */
  private from = -1;
  private to = -1;

  /**
   * `activeOnly`: both cards are picked among the active (B) ones, so that successful transfers
   * (and then reversals) are common; otherwise among all cards, refusals included.
   */
  constructor(
    readonly pickFrom: number,
    readonly pickTo: number,
    readonly amount: AmountSpec,
    readonly activeOnly = false,
  ) {}

  check(m: Readonly<CardModel>): boolean {
    const [f, t] = [
      pickCard(m, this.pickFrom, this.activeOnly ? ACTIVE : undefined),
      pickCard(m, this.pickTo, this.activeOnly ? ACTIVE : undefined),
    ];
    // A transfer to the same card is not documented: never generated.
    if (f === undefined || t === undefined || f === t) return false;
    const [from, to] = [m.cards[f], m.cards[t]];
    return generable(m, expectCardToCard(from, to, resolveAmount(this.amount, available(from))));
  }

  async run(m: CardModel, w: LifecycleWorld): Promise<void> {
    this.from = pickCard(m, this.pickFrom, this.activeOnly ? ACTIVE : undefined)!;
    this.to = pickCard(m, this.pickTo, this.activeOnly ? ACTIVE : undefined)!;
    const [from, to] = [m.cards[this.from], m.cards[this.to]];
    const cents = resolveAmount(this.amount, available(from));
    const expected = expectCardToCard(from, to, cents);
    const label = this.toString();
    w.begin(
      label,
      `${usd(cents)} from card#${this.from} (${from.status}, available ${usd(available(from))}) to card#${this.to} (${to.status}), expected ${describeOutcome(expected)}`,
    );
    const r = await w.call('/ibis/financial/card-to-card', {
      cardFromId: w.cards[this.from],
      cardToId: w.cards[this.to],
      ...movement(w, 'lt', cents),
    });
    w.verify(label, expected, r);
    if (expected.ok) {
      from.balance -= cents;
      to.balance += cents;
      recordTransfer(m, w, r, { type: 'cardToCard', from: this.from, to: this.to, amount: cents, reversed: false });
    }
    await w.readBack(label, m, [this.from, this.to]);
  }

  toString(): string {
    return `card-to-card(card#${this.from} → card#${this.to}, ${describeAmount(this.amount)})`;
  }
}
