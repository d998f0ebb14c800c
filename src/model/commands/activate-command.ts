import type { CallResult } from '../../client/call-result.ts';
import { type ModelCard, type Outcome, expectActivate } from '../card-model.ts';
import type { LifecycleWorld } from '../lifecycle-world.ts';
import { cardStatusRules, type StatusCode } from '../../api/rules.ts';
import { CardCommand } from './card-command.ts';

const PENDING: readonly StatusCode[] = ['A', 'I', 'S'];

/** POST /ibis/card/activate: allowed on A, I and S, refused on B (97) and F (SD) ("Activate a Card"). */
export class ActivateCommand extends CardCommand {
  /** `pendingOnly`: the card is picked among those not active and not closed (A, I, S). */
  constructor(
    pick: number,
    readonly pendingOnly = false,
  ) {
    super(pick, pendingOnly ? PENDING : undefined);
  }

  protected expectOn(card: Readonly<ModelCard>): Outcome {
    return expectActivate(card);
  }

  protected send(w: LifecycleWorld, cFiCardId: string): Promise<CallResult> {
    return w.call('/ibis/card/activate', { cFiCardId });
  }

  protected update(expected: Outcome, card: ModelCard): void {
    if (expected.ok) card.status = cardStatusRules.activation.to;
  }

  toString(): string {
    return `activate(card#${this.card})`;
  }
}
