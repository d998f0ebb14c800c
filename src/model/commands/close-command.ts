import type { CallResult } from '../../client/call-result.ts';
import { type ModelCard, type Outcome, expectSetStatus } from '../card-model.ts';
import type { LifecycleWorld } from '../lifecycle-world.ts';
import { CardCommand } from './card-command.ts';

/** Closes a card: set-status F ("F - Closed"), allowed from A, B, I and S; a closed card stays closed (SD). */
export class CloseCommand extends CardCommand {
  protected expectOn(card: Readonly<ModelCard>): Outcome {
    return expectSetStatus(card, 'F');
  }

  protected send(w: LifecycleWorld, cFiCardId: string): Promise<CallResult> {
    return w.call('/ibis/card/set-status', { cFiCardId, statusCode: 'F', description: 'conformance lifecycle close' });
  }

  protected update(expected: Outcome, card: ModelCard): void {
    if (expected.ok) card.status = 'F';
  }

  toString(): string {
    return `close(card#${this.card})`;
  }
}
