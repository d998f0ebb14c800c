import type { AsyncCommand } from 'fast-check';
import { type CardModel, pick, type StatusCode, describeOutcome, expectSetStatus, generable } from '../card-model.ts';
import type { LifecycleWorld } from '../lifecycle-world.ts';
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
export class SetStatusCommand implements AsyncCommand<CardModel, LifecycleWorld> {
  /** The card, once resolved from `pick` (for toString). */
  private card = -1;

  /** The status asked for, once resolved (for toString). */
  private to: StatusCode | undefined;

  constructor(
    readonly pick: number,
    readonly target: StatusTarget,
  ) {}

  check(m: Readonly<CardModel>): boolean {
    const i = pick(m.cards.length, this.pick);
    if (i === undefined) return false;
    const to = resolveTarget(this.target, m.cards[i].status, this.pick);
    return to !== undefined && generable(m, expectSetStatus(m.cards[i], to));
  }

  async run(m: CardModel, w: LifecycleWorld): Promise<void> {
    this.card = pick(m.cards.length, this.pick)!;
    const card = m.cards[this.card];
    this.to = resolveTarget(this.target, card.status, this.pick)!;
    const expected = expectSetStatus(card, this.to);
    const label = this.toString();
    w.begin(label, `card#${this.card} is ${card.status}, expected ${describeOutcome(expected)}`);
    const r = await w.call('/ibis/card/set-status', {
      cFiCardId: w.cards[this.card],
      statusCode: this.to,
      description: 'conformance lifecycle',
    });
    w.verify(label, expected, r);
    if (expected.ok) card.status = this.to;
    await w.readBack(label, m, [this.card]);
  }

  toString(): string {
    return `set-status(card#${this.card}, ${this.to ?? this.target})`;
  }
}
