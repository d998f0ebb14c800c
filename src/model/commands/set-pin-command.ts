import type { AsyncCommand } from 'fast-check';
import { type CardModel, pick, describeOutcome, expectSetPin, generable } from '../card-model.ts';
import type { LifecycleWorld } from '../lifecycle-world.ts';

/** POST /ibis/card/set-pin: allowed on A and B; I → SA, S → 59, F → SD ("Set a Card PIN with /ibis"). */
export class SetPinCommand implements AsyncCommand<CardModel, LifecycleWorld> {
  /** The card, once resolved from `pick` (for toString). */
  private card = -1;

  constructor(
    readonly pick: number,
    readonly pin: string,
  ) {}

  check(m: Readonly<CardModel>): boolean {
    const i = pick(m.cards.length, this.pick);
    return i !== undefined && generable(m, expectSetPin(m.cards[i]));
  }

  async run(m: CardModel, w: LifecycleWorld): Promise<void> {
    this.card = pick(m.cards.length, this.pick)!;
    const card = m.cards[this.card];
    const expected = expectSetPin(card);
    const label = this.toString();
    w.begin(label, `card#${this.card} is ${card.status}, expected ${describeOutcome(expected)}`);
    w.verify(label, expected, await w.call('/ibis/card/set-pin', { cFiCardId: w.cards[this.card], pin: this.pin }));
    if (expected.ok) {
      card.pin = this.pin;
      // errata pin-attempt-limit: "a successful set-pin resets the counter" (a proposal: on a remote
      // target the count is never reset, so a card never sees a second wrong PIN).
      if (m.gradeProposals) card.wrongPins = 0;
    }
    await w.readBack(label, m, [this.card]);
  }

  toString(): string {
    return `set-pin(card#${this.card}, ${this.pin})`;
  }
}
