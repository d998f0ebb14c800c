import type { AsyncCommand } from 'fast-check';
import { type CardModel, pickCard, describeOutcome, expectActivate, generable } from '../card-model.ts';
import type { LifecycleWorld } from '../lifecycle-world.ts';
import { cardStatusRules, type StatusCode } from '../../api/rules.ts';

const PENDING: readonly StatusCode[] = ['A', 'I', 'S'];

/** POST /ibis/card/activate: allowed on A, I and S, refused on B (97) and F (SD) ("Activate a Card"). */
export class ActivateCommand implements AsyncCommand<CardModel, LifecycleWorld> {
  /** The card, once resolved from `pick` (for toString). */
  private card = -1;

  /** `pendingOnly`: the card is picked among those not active and not closed (A, I, S). */
  constructor(
    readonly pick: number,
    readonly pendingOnly = false,
  ) {}

  check(m: Readonly<CardModel>): boolean {
    const i = pickCard(m, this.pick, this.pendingOnly ? PENDING : undefined);
    return i !== undefined && generable(m, expectActivate(m.cards[i]));
  }

  async run(m: CardModel, w: LifecycleWorld): Promise<void> {
    this.card = pickCard(m, this.pick, this.pendingOnly ? PENDING : undefined)!;
    const card = m.cards[this.card];
    const expected = expectActivate(card);
    const label = this.toString();
    w.begin(label, `card#${this.card} is ${card.status}, expected ${describeOutcome(expected)}`);
    w.verify(label, expected, await w.call('/ibis/card/activate', { cFiCardId: w.cards[this.card] }));
    if (expected.ok) card.status = cardStatusRules.activation.to;
    await w.readBack(label, m, [this.card]);
  }

  toString(): string {
    return `activate(card#${this.card})`;
  }
}
