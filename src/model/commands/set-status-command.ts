import type { CallResult } from '../../client/call-result.ts';
import { type ModelCard, type Outcome, type StatusCode, expectSetStatus } from '../card-model.ts';
import type { LifecycleWorld } from '../lifecycle-world.ts';
import { CardCommand } from './card-command.ts';
import { SETTABLE_STATUSES, cardStatusRules } from '../../api/rules.ts';

/**
 * A target status, or "forbidden": a status the "Allowed Status Changes" table does not list for the
 * card's current status (other than the current one), so the refusals of the table are exercised
 * as often as its allowed edges.
 */
export type StatusTarget = StatusCode | 'forbidden';

const SETTABLE = SETTABLE_STATUSES;

function resolveTarget(target: StatusTarget, current: StatusCode, n: number): StatusCode | undefined {
  if (target !== 'forbidden') return target;
  const allowed = cardStatusRules.transitions.allowed[current];
  const forbidden = SETTABLE.filter((s) => s !== current && !allowed.includes(s));
  return forbidden.length ? forbidden[n % forbidden.length] : undefined;
}

/**
 * POST /ibis/card/set-status to B, I or S (F is the close command; "A" is refused by the enum):
 * "Allowed Status Changes" A → B, F, I, S; B → F, I, S; I → F, S; S → B, F; F → none.
 */
export class SetStatusCommand extends CardCommand {
  /** The status asked for, once resolved (for toString). */
  private to: StatusCode | undefined;

  constructor(
    pick: number,
    readonly target: StatusTarget,
  ) {
    super(pick);
  }

  protected expectOn(card: Readonly<ModelCard>): Outcome | null {
    const to = resolveTarget(this.target, card.status, this.pick);
    return to === undefined ? null : expectSetStatus(card, to);
  }

  protected override resolve(card: Readonly<ModelCard>): void {
    this.to = resolveTarget(this.target, card.status, this.pick);
  }

  protected send(w: LifecycleWorld, cFiCardId: string): Promise<CallResult> {
    return w.call('/ibis/card/set-status', { cFiCardId, statusCode: this.to, description: 'conformance lifecycle' });
  }

  protected update(expected: Outcome, card: ModelCard): void {
    if (expected.ok) card.status = this.to!;
  }

  toString(): string {
    return `set-status(card#${this.card}, ${this.to ?? this.target})`;
  }
}
