import type { AsyncCommand } from 'fast-check';
import { type CardModel, type ModelCard, pick, describeOutcome, expectCheckPin, generable } from '../card-model.ts';
import type { LifecycleWorld } from '../lifecycle-world.ts';

/**
 * POST /ibis/card/check-pin with the card's PIN or a wrong one: only on B; a wrong PIN (or none set)
 * is 55. Wrong PINs stay below the lock (errata pin-attempt-limit: 3 against the simulator; against
 * a remote target a card gets at most one wrong PIN, so a real card is never locked).
 */
export class CheckPinCommand implements AsyncCommand<CardModel, LifecycleWorld> {
  /** The card, once resolved from `pick` (for toString). */
  private card = -1;

  constructor(
    readonly pick: number,
    readonly right: boolean,
  ) {}

  private pinFor(card: ModelCard): string {
    const pin = card.pin ?? '1234';
    return this.right ? pin : String((Number(pin) + 1) % 10_000).padStart(4, '0');
  }

  check(m: Readonly<CardModel>): boolean {
    const i = pick(m.cards.length, this.pick);
    if (i === undefined) return false;
    const card = m.cards[i];
    const expected = expectCheckPin(card, this.pinFor(card));
    const refusedForPin = !expected.ok && expected.errors.includes('extIbis.55.invalidPin');
    return generable(m, expected) && (!refusedForPin || card.wrongPins < (m.gradeProposals ? 2 : 1));
  }

  async run(m: CardModel, w: LifecycleWorld): Promise<void> {
    this.card = pick(m.cards.length, this.pick)!;
    const card = m.cards[this.card];
    const pin = this.pinFor(card);
    const expected = expectCheckPin(card, pin);
    const label = this.toString();
    w.begin(
      label,
      `card#${this.card} is ${card.status} with ${card.pin ? `PIN ${card.pin}` : 'no PIN'}, expected ${describeOutcome(expected)}`,
    );
    w.verify(label, expected, await w.call('/ibis/card/check-pin', { cFiCardId: w.cards[this.card], pin }));
    if (!expected.ok && expected.errors.includes('extIbis.55.invalidPin')) card.wrongPins += 1;
    await w.readBack(label, m, [this.card]);
  }

  toString(): string {
    return `check-pin(card#${this.card}, ${this.right ? 'right' : 'wrong'} PIN)`;
  }
}
