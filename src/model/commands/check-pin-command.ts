import type { CallResult } from '../../client/call-result.ts';
import { type CardModel, type ModelCard, type Outcome, expectCheckPin } from '../card-model.ts';
import type { LifecycleWorld } from '../lifecycle-world.ts';
import { CardCommand } from './card-command.ts';

const refusedForPin = (o: Outcome) => !o.ok && o.errors.includes('extIbis.55.invalidPin');

/**
 * POST /ibis/card/check-pin with the card's PIN or a wrong one: only on B; a wrong PIN (or none set)
 * is 55. Wrong PINs stay below the lock (errata pin-attempt-limit: 3 against the simulator; against
 * a remote target a card gets at most one wrong PIN, so a real card is never locked).
 */
export class CheckPinCommand extends CardCommand {
  constructor(
    pick: number,
    readonly right: boolean,
  ) {
    super(pick);
  }

  private pinFor(card: Readonly<ModelCard>): string {
    const pin = card.pin ?? '1234';
    return this.right ? pin : String((Number(pin) + 1) % 10_000).padStart(4, '0');
  }

  protected expectOn(card: Readonly<ModelCard>): Outcome {
    return expectCheckPin(card, this.pinFor(card));
  }

  override check(m: Readonly<CardModel>): boolean {
    const i = this.picked(m);
    if (!super.check(m) || i === undefined) return false;
    const card = m.cards[i];
    return !refusedForPin(this.expectOn(card)) || card.wrongPins < (m.gradeProposals ? 2 : 1);
  }

  protected override situation(card: Readonly<ModelCard>): string {
    return `card#${this.card} is ${card.status} with ${card.pin ? `PIN ${card.pin}` : 'no PIN'}`;
  }

  protected send(w: LifecycleWorld, cFiCardId: string, card: ModelCard): Promise<CallResult> {
    return w.call('/ibis/card/check-pin', { cFiCardId, pin: this.pinFor(card) });
  }

  protected update(expected: Outcome, card: ModelCard): void {
    if (refusedForPin(expected)) card.wrongPins += 1;
  }

  toString(): string {
    return `check-pin(card#${this.card}, ${this.right ? 'right' : 'wrong'} PIN)`;
  }
}
