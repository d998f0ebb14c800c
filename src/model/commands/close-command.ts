import type { AsyncCommand } from 'fast-check';
import { type CardModel, pick, describeOutcome, expectSetStatus, generable } from '../card-model.ts';
import type { LifecycleWorld } from '../lifecycle-world.ts';

/** Closes a card: set-status F ("F - Closed"), allowed from A, B, I and S; a closed card stays closed (SD). */
export class CloseCommand implements AsyncCommand<CardModel, LifecycleWorld> {
  /** The card, once resolved from `pick` (for toString). */
  private card = -1;

  constructor(readonly pick: number) {}

  check(m: Readonly<CardModel>): boolean {
    const i = pick(m.cards.length, this.pick);
    return i !== undefined && generable(m, expectSetStatus(m.cards[i], 'F'));
  }

  async run(m: CardModel, w: LifecycleWorld): Promise<void> {
    this.card = pick(m.cards.length, this.pick)!;
    const card = m.cards[this.card];
    const expected = expectSetStatus(card, 'F');
    const label = this.toString();
    w.begin(label, `card#${this.card} is ${card.status}, expected ${describeOutcome(expected)}`);
    const r = await w.call('/ibis/card/set-status', {
      cFiCardId: w.cards[this.card],
      statusCode: 'F',
      description: 'conformance lifecycle close',
    });
    w.verify(label, expected, r);
    if (expected.ok) card.status = 'F';
    await w.readBack(label, m, [this.card]);
  }

  toString(): string {
    return `close(card#${this.card})`;
  }
}
