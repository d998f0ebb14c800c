import { expect } from 'vitest';
import { check } from '../../src/harness/check.ts';
import { runLifecycle, toSeed } from '../../src/model/lifecycle.ts';
import { isJsonObject } from '../../src/util/json-object.ts';

// docs/architecture.md, "Model-based tests": a model (src/model/card-model.ts, built from schemas/rules/
// card-status.json, money.json and errors.json), one command per file (src/model/commands/), a
// catalogue built with fc.commands, and a run with a printed seed. A deviation shrinks to the
// shortest sequence, replayed once more as a readable transcript with curl commands.

const MAX_RUNS = { simulator: 25, remote: 5 } as const;
const MAX_COMMANDS = 25;
// Sequences are independent (fresh cards each): five lanes side by side, so a remote run waits for
// one lane's sequences, not for all of them (src/model/lifecycle.ts, `lanes`).
const LANES = 5;

check(
  {
    id: 'lifecycle.model-based',
    title:
      "random sequences of issue, activate, set-status, set-pin, check-pin, push, pull, card-to-card, reverse and close answer as the rule tables say, and every card reads back the model's status and balance",
    family: 'lifecycle',
    operation: null,
    docRef: { file: 'ibis-overview.txt', heading: 'Set the Status of a Card' },
    needs: ['customerId', 'debitProgramId'],
  },
  async (t) => {
    const seed = toSeed(t.seed);
    const numRuns = Math.max(1, Math.min(t.runs, MAX_RUNS[t.kind]));
    const fixtures = {
      customerId: t.fixture('customerId'),
      debitProgramId: t.fixture('debitProgramId'),
      otherDebitProgramId: t.fixtures.otherDebitProgramId,
      creditProgramId: t.fixtures.creditProgramId,
    };
    // Against a remote sandbox only the docs' own outcomes are generated, never an errata proposal.
    const gradeProposals = t.kind === 'simulator';
    t.log(
      `fast-check seed ${seed} (run seed ${t.seed}), ${numRuns} runs of at most ${MAX_COMMANDS} commands in ${Math.min(LANES, numRuns)} lanes, ${gradeProposals ? 'errata proposals graded (simulator)' : 'documented outcomes only'}`,
    );
    const report = await runLifecycle(
      { client: t.client, ref: t.ref, fixtures, gradeProposals },
      { seed, numRuns, maxCommands: MAX_COMMANDS, timeLimitMs: 60_000, log: t.log, lanes: LANES },
    );
    t.log(
      `${report.numRuns} runs, ${report.commandsRun} commands${report.interrupted ? ' (interrupted by the time limit)' : ''}${report.numSkips ? `, ${report.numSkips} sequences not graded (transport trouble)` : ''}; outcomes: ${Object.entries(
        report.outcomes,
      )
        .map(([k, n]) => `${k} ×${n}`)
        .join(', ')}`,
    );
    if (!report.failed) return;
    t.log(
      `shrunk in ${report.numShrinks} steps to ${report.counterexample?.length ?? '?'} commands: ${report.counterexample?.join(' ; ')}`,
    );
    t.log(
      `replay: connectfi-conformance run --only '^lifecycle\\.' --seed ${t.seed} --runs ${t.runs} (fast-check { seed: ${report.seed}, path: "${report.path}" })`,
    );
    if (report.deviation) {
      // Flat notes ({ step, status, code, ... }): the report reads what the step expected and got (docs/ci.md, "Causes").
      const { command, expected, actual } = report.deviation;
      const flat = (answer: unknown) => ({ step: command, ...(isJsonObject(answer) ? answer : { answer }) });
      t.expectation(flat(expected), flat(actual));
    }
    expect.fail(
      report.deviation
        ? `${report.deviation.message} (shortest sequence: ${report.counterexample?.join(' ; ')})`
        : `the lifecycle run could not complete: ${report.error}`,
    );
  },
  { timeout: 120_000, sequential: true },
);
