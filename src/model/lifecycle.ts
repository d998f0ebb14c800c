import fc from 'fast-check';
import { type CardModel, MAX_CARDS, type ProgramKind, initialModel } from './card-model.ts';
import { ActivateCommand } from './commands/activate-command.ts';
import type { AmountSpec } from './commands/amount-spec.ts';
import { CardToCardCommand } from './commands/card-to-card-command.ts';
import { CheckPinCommand } from './commands/check-pin-command.ts';
import { CloseCommand } from './commands/close-command.ts';
import { IssueCommand } from './commands/issue-command.ts';
import { PullCommand } from './commands/pull-command.ts';
import { PushCommand } from './commands/push-command.ts';
import { type ReversalAmount, ReverseCommand } from './commands/reverse-command.ts';
import { SetPinCommand } from './commands/set-pin-command.ts';
import { SetStatusCommand, type StatusTarget } from './commands/set-status-command.ts';
import { LifecycleDeviation, type LifecycleTarget, LifecycleWorld } from './lifecycle-world.ts';

export { LifecycleDeviation, type LifecycleTarget } from './lifecycle-world.ts';

type LifecycleCommand = fc.AsyncCommand<CardModel, LifecycleWorld>;

/** The programs the target's fixtures provide: the debit program always, the others when configured. */
export function programsOf(fixtures: LifecycleTarget['fixtures']): ProgramKind[] {
  return [
    'debit',
    ...(fixtures.otherDebitProgramId ? ['otherDebit' as const] : []),
    ...(fixtures.creditProgramId ? ['credit' as const] : []),
  ];
}

/**
 * The catalogue (docs/architecture.md, "Model-based tests": one command per file, a catalogue built with
 * fc.commands): issue, activate, set-status, set-pin, check-pin, push, pull, card-to-card, reverse,
 * close. A command names its card or transfer by a number taken modulo what the model holds; a
 * command whose outcome the docs do not settle is skipped by its `check`.
 */
export function lifecycleCommands(programs: readonly ProgramKind[]): fc.Arbitrary<LifecycleCommand>[] {
  const card = fc.nat({ max: MAX_CARDS - 1 });
  const transfer = fc.nat({ max: 15 });
  const cents = fc.integer({ min: 1, max: 150_00 });
  const amount: fc.Arbitrary<AmountSpec> = fc.oneof(
    { arbitrary: fc.integer({ min: 1, max: 60_00 }).map((c) => ({ cents: c })), weight: 2 },
    { arbitrary: fc.constant<AmountSpec>('half'), weight: 2 },
    { arbitrary: fc.constant<AmountSpec>('all'), weight: 1 },
    { arbitrary: fc.constant<AmountSpec>('over'), weight: 1 },
  );
  const reversal = fc.constantFrom<ReversalAmount>('omitted', 'full', 'half', 'over');
  const pin = fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0'));
  const status = fc.oneof(
    { arbitrary: fc.constantFrom<StatusTarget>('B', 'I', 'S'), weight: 6 },
    { arbitrary: fc.constant<StatusTarget>('forbidden'), weight: 3 },
    { arbitrary: fc.constant<StatusTarget>('A'), weight: 1 },
  );
  // fc.commands picks a command kind uniformly: a kind listed n times is n times as likely. The
  // weights keep sequences alive (closing is rare, activation and money movements common), so
  // successful transfers and reversals are reached, not only refusals on closed cards.
  const weighted: [fc.Arbitrary<LifecycleCommand>, number][] = [
    [fc.constantFrom(...programs).map((p) => new IssueCommand(p)), 1],
    [fc.tuple(card, fc.boolean()).map(([i, pending]) => new ActivateCommand(i, pending)), 4],
    [fc.tuple(card, status).map(([i, to]) => new SetStatusCommand(i, to)), 2],
    [fc.tuple(card, pin).map(([i, p]) => new SetPinCommand(i, p)), 1],
    [fc.tuple(card, fc.boolean()).map(([i, right]) => new CheckPinCommand(i, right)), 1],
    [fc.tuple(card, cents).map(([i, c]) => new PushCommand(i, c)), 4],
    [fc.tuple(card, amount, fc.boolean()).map(([i, a, active]) => new PullCommand(i, a, active)), 2],
    [fc.tuple(card, card, amount, fc.boolean()).map(([from, to, a, active]) => new CardToCardCommand(from, to, a, active)), 6],
    [fc.tuple(transfer, reversal).map(([t, a]) => new ReverseCommand('cardToCard', t, a)), 4],
    [fc.tuple(transfer, reversal).map(([t, a]) => new ReverseCommand('funds', t, a)), 1],
    [card.map((i) => new CloseCommand(i)), 1],
  ];
  return weighted.flatMap(([arb, n]) => Array.from({ length: n }, () => arb));
}

export interface LifecycleOptions {
  /** fast-check seed (32-bit integer); printed, so a run can be replayed. */
  seed: number;
  numRuns: number;
  /** Longest sequence (default 25). */
  maxCommands?: number;
  /** Stop exploring (or shrinking) after this long; the best counterexample so far is kept. */
  timeLimitMs?: number;
  /**
   * Independent lanes run side by side, each with its share of the runs and its own seed (lane 0
   * keeps `seed`): every sequence starts from fresh cards, so sequences need not wait for each
   * other, and against a remote target the wall time is one lane's, not all runs' (default 1).
   */
  lanes?: number;
  /** Receives the transcript of the shrunk counterexample, step by step, with curl commands. */
  log?: (line: string) => void;
}

export interface LifecycleReport {
  failed: boolean;
  seed: number;
  /** Runs executed (up to and including the failing one). */
  numRuns: number;
  /** Sequences not graded because a call met transport trouble (fast-check's skips). */
  numSkips: number;
  numShrinks: number;
  interrupted: boolean;
  /** Commands executed against the target over all runs and shrinks. */
  commandsRun: number;
  /** How often each command met each answer ("pull → extIbis/51": 12), over all runs. */
  outcomes: Record<string, number>;
  /** The shortest failing sequence, one command per entry. */
  counterexample: string[] | null;
  /** fast-check's replay path (with the seed: `{ seed, path }`). */
  path: string | null;
  /** The deviation the counterexample shows (from its replay). */
  deviation: LifecycleDeviation | null;
  /** Any other error (a precondition, the transport...). */
  error: string | null;
  /** The replay of the counterexample, readable, with curl commands. */
  transcript: string[];
}

/** A seed string (the run's --seed) as a fast-check seed. */
export function toSeed(seed: string | number): number {
  if (typeof seed === 'number') return seed | 0;
  if (/^-?\d+$/.test(seed.trim())) return Number(BigInt.asIntN(32, BigInt(seed.trim())));
  let h = 0x811c9dc5;
  for (const ch of seed) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  return h | 0;
}

const sorted = (m: Map<string, number>): Record<string, number> => Object.fromEntries([...m].sort(([a], [b]) => a.localeCompare(b)));

function setup(target: LifecycleTarget, world: LifecycleWorld) {
  return () => ({ model: initialModel(programsOf(target.fixtures), target.gradeProposals), real: world });
}

/**
 * Runs random command sequences against the target, each from a fresh model and fresh cards, with
 * fc.asyncModelRun; a deviation shrinks to the shortest failing sequence, which is then replayed
 * once more with a transcript (each step, each request and its answer, a curl command).
 */
/** The seed of lane `lane`: lane 0 keeps the run's seed; the others are spread over 32 bits. */
export function laneSeed(seed: number, lane: number): number {
  return (seed + Math.imul(lane, 0x9e3779b9)) | 0;
}

export async function runLifecycle(target: LifecycleTarget, options: LifecycleOptions): Promise<LifecycleReport> {
  const lanes = Math.max(1, Math.min(options.lanes ?? 1, options.numRuns));
  const outcomes = new Map<string, number>();
  const counters = { commandsRun: 0 };
  const share = (lane: number) => Math.floor(options.numRuns / lanes) + (lane < options.numRuns % lanes ? 1 : 0);
  const results = await Promise.all(
    Array.from({ length: lanes }, (_, lane) =>
      explore(target, { ...options, seed: laneSeed(options.seed, lane), numRuns: share(lane) }, outcomes, counters),
    ),
  );
  const total = { numRuns: 0, numSkips: 0, numShrinks: 0, interrupted: false };
  for (const d of results) {
    total.numRuns += d.numRuns;
    total.numSkips += d.numSkips;
    total.numShrinks += d.numShrinks;
    total.interrupted ||= d.interrupted;
  }
  const failing = results.find((d) => d.failed);
  if (!failing || !failing.counterexample) {
    const failed = Boolean(failing);
    return {
      ...total,
      seed: options.seed,
      failed,
      commandsRun: counters.commandsRun,
      outcomes: sorted(outcomes),
      counterexample: null,
      path: null,
      deviation: null,
      error: failed ? 'no counterexample (interrupted before a failure was found)' : null,
      transcript: [],
    };
  }
  const base = { ...total, seed: failing.seed };
  const [prefix, cmds] = failing.counterexample;
  const transcript: string[] = [];
  const log = (line: string) => {
    transcript.push(line);
    options.log?.(line);
  };
  const replay = new LifecycleWorld(target, log, true);
  let deviation: LifecycleDeviation | null = null;
  let error: string | null = null;
  try {
    let model: CardModel | undefined;
    await fc.asyncModelRun(() => {
      const s = setup(target, replay)();
      model = s.model;
      return s;
    }, [...prefix, ...fc.cloneIfNeeded(cmds)]);
    await replay.readBackAll(model!);
    error = 'the shrunk sequence passed when replayed: the target is not deterministic';
  } catch (err) {
    if (err instanceof LifecycleDeviation) deviation = err;
    else error = err instanceof Error ? err.message : String(err);
    log(`✗ ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!deviation && !error) error = String(failing.errorInstance);
  if (!deviation && failing.errorInstance instanceof LifecycleDeviation) deviation = failing.errorInstance;
  return {
    ...base,
    failed: true,
    commandsRun: counters.commandsRun,
    outcomes: sorted(outcomes),
    counterexample: replay.steps,
    path: failing.counterexamplePath,
    deviation,
    error,
    transcript,
  };
}

/** One lane: fc.check over random sequences, each ending with every card read back. */
async function explore(
  target: LifecycleTarget,
  options: LifecycleOptions,
  outcomes: Map<string, number>,
  counters: { commandsRun: number },
) {
  const programs = programsOf(target.fixtures);
  // Every sequence starts by issuing two cards, so no run is spent on commands with nothing to act
  // on (a card-to-card needs two cards).
  const issue = fc.constantFrom(...programs).map((p) => new IssueCommand(p));
  const first = fc.tuple(issue, issue);
  const rest = fc.commands(lifecycleCommands(programs), { maxCommands: (options.maxCommands ?? 25) - 2, size: 'max' });
  const property = fc.asyncProperty(first, rest, async (prefix, cmds) => {
    const world = new LifecycleWorld(target, undefined, false, outcomes);
    let model: CardModel | undefined;
    try {
      await fc.asyncModelRun(() => {
        const s = setup(target, world)();
        model = s.model;
        return s;
      }, [...prefix, ...cmds]);
      await world.readBackAll(model!);
    } catch (err) {
      // A sequence the network broke is not graded: fast-check counts it skipped and runs another
      // (too many such, and the property fails; the check then reports the transport trouble).
      if (world.troubled) fc.pre(false);
      throw err;
    } finally {
      counters.commandsRun += world.step;
    }
  });
  return fc.check(property, {
    seed: options.seed,
    numRuns: options.numRuns,
    ...(options.timeLimitMs ? { interruptAfterTimeLimit: options.timeLimitMs } : {}),
  });
}
