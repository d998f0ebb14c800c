import type { AsyncCommand } from 'fast-check';
import { type CardModel, pick, type ModelTransfer, describeOutcome, expectReversal, generable, usd } from '../card-model.ts';
import type { LifecycleWorld } from '../lifecycle-world.ts';

/** How much a reversal asks for: no amount (the whole transfer), exactly it, half of it, or one cent more. */
export type ReversalAmount = 'omitted' | 'full' | 'half' | 'over';

function centsOf(spec: ReversalAmount, t: ModelTransfer): number {
  if (spec === 'half') return Math.max(1, Math.floor(t.amount / 2));
  if (spec === 'over') return t.amount + 1;
  return t.amount;
}

/**
 * POST /ibis/financial/reversal: only a card-to-card within one cardProgramId, for at most the
 * original amount, once; the reversal moves the amount back ("Reverse a Transaction with /ibis").
 */
export class ReverseCommand implements AsyncCommand<CardModel, LifecycleWorld> {
  /** The transfer, once resolved from `pick` (for toString). */
  private transfer = -1;

  /** `kind`: reverse a card-to-card, or a push or pull (funds-credit, funds-debit). */
  constructor(
    readonly kind: 'cardToCard' | 'funds',
    readonly pick: number,
    readonly amount: ReversalAmount,
  ) {}

  /**
   * The index of the transfer this command reverses: `pick` modulo the transfers of its kind whose
   * reversal the docs settle (see expectReversal), so the command is rarely wasted.
   */
  private resolve(m: Readonly<CardModel>): number | undefined {
    const candidates = m.transfers.flatMap((t, i) =>
      (t.type === 'cardToCard') === (this.kind === 'cardToCard') && generable(m, expectReversal(m, t, centsOf(this.amount, t))) ? [i] : [],
    );
    const k = pick(candidates.length, this.pick);
    return k === undefined ? undefined : candidates[k];
  }

  check(m: Readonly<CardModel>): boolean {
    const i = this.resolve(m);
    if (i === undefined) return false;
    const t = m.transfers[i];
    return generable(m, expectReversal(m, t, centsOf(this.amount, t)));
  }

  async run(m: CardModel, w: LifecycleWorld): Promise<void> {
    this.transfer = this.resolve(m)!;
    const t = m.transfers[this.transfer];
    const cents = centsOf(this.amount, t);
    const expected = expectReversal(m, t, cents)!;
    const label = this.toString();
    const what = t.type === 'cardToCard' ? `card-to-card card#${t.from} → card#${t.to}` : `${t.type} on card#${t.card}`;
    w.begin(
      label,
      `reverse ${usd(cents)} of transfer#${this.transfer} (${what}, ${usd(t.amount)}${t.reversed ? ', already reversed' : ''}), expected ${describeOutcome(expected)}`,
    );
    const body = {
      cFiFundsId: w.transfers[this.transfer],
      ...(this.amount === 'omitted' ? {} : { amount: cents / 100 }),
      description: 'conformance lifecycle',
    };
    w.verify(label, expected, await w.call('/ibis/financial/reversal', body));
    if (expected.ok) {
      m.cards[t.from!].balance += cents;
      m.cards[t.to!].balance -= cents;
      t.reversed = true;
    }
    await w.readBack(
      label,
      m,
      [t.card, t.from, t.to].filter((i): i is number => i !== undefined),
    );
  }

  toString(): string {
    return `reverse(transfer#${this.transfer}, ${this.amount === 'omitted' ? 'no amount' : this.amount})`;
  }
}
