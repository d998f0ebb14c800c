import { expect } from 'vitest';
import { simulatorChoices } from '../../../src/api/rules.ts';
import type { CheckContext } from '../../../src/harness/check.ts';

/**
 * Grading a choice the docs leave open (schemas/rules/simulator-choices.json, `allowed`): against a
 * remote target any allowed answer passes; against the simulator the answer must be the
 * simulator's own (`simulator`), since that is what its choice says. A program-dependent feature
 * refused with its documented refusal is not applicable: "not permitted for this program".
 */
type NamedChoice = 'unknown-customer-list' | 'set-status-same-status';

interface Answer {
  status: number;
  body: unknown;
}

const bodyOf = (r: Answer) => (r.body ?? {}) as { code?: unknown; subCode?: unknown; data?: unknown };

/** An error envelope: a 4xx with a code other than "0". */
const refused = (r: Answer) => r.status >= 400 && r.status < 500 && typeof bodyOf(r).code === 'string' && bodyOf(r).code !== '0';
const succeeded = (r: Answer) => r.status === 200 && bodyOf(r).code === '0';

/** Which allowed answer of each choice an answer is, or undefined when it is none of them. */
const CLASSIFY: Record<NamedChoice, (r: Answer) => string | undefined> = {
  'unknown-customer-list': (r) => {
    if (refused(r)) return 'refused';
    const data = bodyOf(r).data;
    return succeeded(r) && Array.isArray(data) && data.length === 0 ? 'empty-list' : undefined;
  },
  // The card's status afterwards is read back by the check: "unchanged" must leave it as it was.
  'set-status-same-status': (r) => (refused(r) ? 'refused' : succeeded(r) ? 'unchanged' : undefined),
};

/** The answer is one the docs allow for `choice` (the simulator's own against the simulator); returns its name. */
export function expectAllowedAnswer(t: CheckContext, choice: NamedChoice, r: Answer): string | undefined {
  const row = simulatorChoices[choice];
  const answer = CLASSIFY[choice](r);
  const allowed: string[] = t.kind === 'simulator' ? [row.simulator] : Object.keys(row.allowed.answers);
  const expected = allowed.map((a) => `${a}: ${(row.allowed.answers as Record<string, string>)[a]}`);
  t.expectation(
    { oneOf: expected, erratum: row.erratum },
    { status: r.status, code: bodyOf(r).code, answer: answer ?? 'none of the allowed answers' },
  );
  expect(allowed, `the answer (${answer ?? 'none of the allowed answers'}) is one the docs allow`).toContain(answer);
  return answer;
}

/** The documented refusal of a program permission: extIbis 57 ("... Service is Not Allowed"). */
export function isNotPermitted(r: Answer): boolean {
  const b = bodyOf(r);
  return r.status === 400 && b.code === 'extIbis' && b.subCode === '57';
}

/** Ends the check as not applicable: the target's program does not permit `what` (errata reissue-reason-codes-by-program). */
export function notPermittedForProgram(t: CheckContext, what: string): never {
  const row = simulatorChoices['reissue-program-permissions'];
  // The simulator's own choice is "permitted": against it, a refusal for every reason code is a deviation.
  if (t.kind === 'simulator' && row.simulator === 'permitted')
    expect.fail(
      `${what} was refused with extIbis 57 for every reason code, where the simulator's choice is "permitted" (errata ${row.erratum})`,
    );
  return t.notApplicable(`not permitted for this program: ${what} was refused with the documented extIbis 57 (errata ${row.erratum})`);
}
