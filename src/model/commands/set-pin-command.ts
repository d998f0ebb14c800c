import type { CallResult } from '../../client/call-result.ts';
import { type CardModel, type ModelCard, type Outcome, expectSetPin } from '../card-model.ts';
import type { LifecycleWorld } from '../lifecycle-world.ts';
import { CardCommand } from './card-command.ts';

/** POST /ibis/card/set-pin: allowed on A and B; I → SA, S → 59, F → SD ("Set a Card PIN with /ibis"). */
export class SetPinCommand extends CardCommand {
  constructor(
    pick: number,
    readonly pin: string,
  ) {
    super(pick);
  }

  protected expectOn(card: Readonly<ModelCard>): Outcome {
    return expectSetPin(card);
  }

  protected send(w: LifecycleWorld, cFiCardId: string): Promise<CallResult> {
    return w.call('/ibis/card/set-pin', { cFiCardId, pin: this.pin });
  }

  protected update(expected: Outcome, card: ModelCard, _r: CallResult, m: CardModel): void {
    if (!expected.ok) return;
    card.pin = this.pin;
    // errata pin-attempt-limit: "a successful set-pin resets the counter" (a proposal: on a remote
    // target the count is never reset, so a card never sees a second wrong PIN).
    if (m.gradeProposals) card.wrongPins = 0;
  }

  toString(): string {
    return `set-pin(card#${this.card}, ${this.pin})`;
  }
}
