import type { AsyncCommand } from 'fast-check';
import { type CardModel, CREDIT_LIMIT_CENTS, MAX_CARDS, type ProgramKind, newCard } from '../card-model.ts';
import type { LifecycleWorld } from '../lifecycle-world.ts';

const PROFILE = { occupation: 'Student', nameOnCard: 'JOHN TESTMAN' };

/**
 * Issues a card: debit-card/add on the debit (or the other debit) program, or, for credit, a credit
 * application (income 50000 → "Approve" 2700, "Apply for Credit with /ibis") then credit-card/add
 * with the program's minimum limit. A new card is pre-active: "A - Card was issued but has not yet
 * been activated" (card-status.json, initial status).
 */
export class IssueCommand implements AsyncCommand<CardModel, LifecycleWorld> {
  constructor(readonly program: ProgramKind) {}

  check(m: Readonly<CardModel>): boolean {
    return m.cards.length < MAX_CARDS && m.programs.has(this.program);
  }

  async run(m: CardModel, w: LifecycleWorld): Promise<void> {
    const label = this.toString();
    w.begin(label);
    const { fixtures, ref } = w.target;
    // check() admits a program only when the fixtures name it.
    const programId =
      this.program === 'credit'
        ? fixtures.creditProgramId
        : this.program === 'debit'
          ? fixtures.debitProgramId
          : fixtures.otherDebitProgramId;
    if (programId === undefined) throw new Error(`precondition failed: the fixtures name no ${this.program} program`);
    let cFiCardId: string;
    if (this.program === 'credit') {
      if (!w.applicationId) {
        const app = await w.must(label, '/ibis/credit-card/application', {
          customerId: fixtures.customerId,
          employer: 'ABC123 Inc.',
          totalAnnualIncome: 50000,
          totalAnnualIncomeCurrency: 'USD',
        });
        if (app.decision !== 'Approve')
          throw new Error(`precondition failed: the credit application was decided ${JSON.stringify(app.decision)}, not Approve`);
        w.applicationId = app.applicationId;
      }
      const data = await w.must(label, '/ibis/credit-card/add', {
        customerId: fixtures.customerId,
        reference: ref('lc'),
        cardProgramId: programId,
        applicationId: w.applicationId,
        profile: PROFILE,
        creditLimit: CREDIT_LIMIT_CENTS / 100,
        creditLimitCurrency: 'USD',
      });
      cFiCardId = data.cFiCardId;
    } else {
      cFiCardId = (
        await w.must(label, '/ibis/debit-card/add', {
          customerId: fixtures.customerId,
          reference: ref('ld'),
          cardProgramId: programId,
          profile: PROFILE,
        })
      ).cFiCardId;
    }
    const index = m.cards.length;
    m.cards.push(newCard(this.program));
    w.cards.push(cFiCardId);
    w.note(`card#${index} is ${cFiCardId}`);
    await w.readBack(label, m, [index]);
  }

  toString(): string {
    return `issue(${this.program})`;
  }
}
