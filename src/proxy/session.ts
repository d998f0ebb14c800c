import { redact } from '../client/redact.ts';
import { DriftTally, redactDrift } from '../reporting/drift-report.ts';
import { LatencyHistogram } from '../util/latency-histogram.ts';
import { documentedOutcomes, findOperation } from '../api/index.ts';
import { BEHAVIOUR_RULES, ruleText } from './behaviour-rules.ts';
import { GRADERS } from './behaviours/index.ts';
import { integrationVerdict, missingOutcomes, outcomeCoverage } from './report/integration-verdict.ts';
import type {
  BehaviourResult,
  IntegrationReport,
  OutcomeRow,
  ProxyExchange,
  RecordedExchange,
  Violation,
  ViolationCount,
} from './report/integration-types.ts';

/** The exchanges kept whole for integration.json's log: the last LOG_LIMIT. */
export const LOG_LIMIT = 2000;
/** Schema violations listed per kind, rule and operation; the rest are counted (violationCounts). */
export const VIOLATIONS_LISTED = 100;

/**
 * One recording session of the proxy: the exchanges counted and graded as they come, the last
 * LOG_LIMIT of them kept whole, the schema violations found (the first of each kind listed, all
 * counted), and the secrets seen (tokens, passwords) that every report is redacted with. What it
 * keeps grows with the distinct tokens and references the app uses, not with the traffic
 * (docs/architecture.md, "Integrator kit").
 */
export class ProxySession {
  /** Exchanges recorded so far. */
  count = 0;
  /** Schema violations found so far, listed or not. */
  schemaViolationCount = 0;
  /** Exchanges the upstream answered. */
  answered = 0;
  private readonly ring: ProxyExchange[] = [];
  private ringNext = 0;
  private readonly schemaListed: Violation[] = [];
  private readonly tally = new Map<string, ViolationCount>();
  private readonly outcomeCounts = new Map<string, Map<string, number>>();
  // The proxy's own time per exchange: its percentiles over every exchange in a fixed amount of memory.
  private readonly overheads = new LatencyHistogram();
  private readonly graders = BEHAVIOUR_RULES.map((rule) => {
    const factory = GRADERS[rule.id];
    if (!factory) throw new Error(`no grader for behaviour ${rule.id} (src/proxy/behaviours/index.ts)`);
    return { rule, grader: factory(rule) };
  });
  private readonly secrets = new Set<string>();
  // What the upstream did beyond the docs, counted per operation (docs/architecture.md, "Observed drift").
  private readonly drift = new DriftTally();
  private readonly tokens = new Map<string, number>();
  readonly started = Date.now();
  readonly startedPerf = performance.now();

  constructor(readonly upstream: string) {}

  now(): number {
    return performance.now() - this.startedPerf;
  }

  /** The index of a token (1 = the first seen); remembered as a secret. */
  tokenId(token: string): number {
    let id = this.tokens.get(token);
    if (id === undefined) {
      id = this.tokens.size + 1;
      this.tokens.set(token, id);
      this.secrets.add(token);
    }
    return id;
  }

  addSecret(value: string): void {
    if (value.length >= 4) this.secrets.add(value);
  }

  /**
   * Records an exchange, in the order the proxy finished them. `horizon`: the earliest start time
   * an exchange still to come can have (the oldest request in flight, else now); the graders
   * settle what waits for a later exchange once it is past. Without it nothing is settled early.
   */
  record(exchange: ProxyExchange, violations: Violation[], horizon = -Infinity): void {
    this.count++;
    if (this.ring.length < LOG_LIMIT) this.ring.push(exchange);
    else this.ring[this.ringNext] = exchange;
    this.ringNext = (this.ringNext + 1) % LOG_LIMIT;
    for (const v of violations) this.listViolation(v);
    this.schemaViolationCount += violations.length;
    if (exchange.operation !== null) {
      let counts = this.outcomeCounts.get(exchange.operation);
      if (!counts) this.outcomeCounts.set(exchange.operation, (counts = new Map<string, number>()));
      counts.set(exchange.outcome, (counts.get(exchange.outcome) ?? 0) + 1);
      // A request with the wrong method is the app's mistake: its answer is not the upstream's drift.
      if (exchange.status !== null && findOperation(exchange.operation)?.method === exchange.method)
        this.drift.add(exchange.operation, exchange.status, exchange.drift && redactDrift(exchange.drift, [...this.secrets]));
    }
    // Only an answered exchange measures the proxy: an aborted or cut one lasted as long as the app
    // or the upstream took to give up, none of it the proxy's work.
    if (exchange.transport === 'answered') {
      this.answered++;
      this.overheads.record(exchange.overheadMs);
    }
    for (const { grader } of this.graders) grader.observe(exchange, horizon);
  }

  private listViolation(v: Violation): void {
    const key = `${v.kind}\n${v.rule}\n${v.operation}`;
    let row = this.tally.get(key);
    if (!row) this.tally.set(key, (row = { kind: v.kind, rule: v.rule, operation: v.operation, count: 0, listed: 0 }));
    row.count++;
    if (row.listed < VIOLATIONS_LISTED) {
      row.listed++;
      this.schemaListed.push(v);
    }
  }

  /** What each grader holds now, by behaviour id (see Grader.held). */
  held(): Record<string, number> {
    return Object.fromEntries(this.graders.map(({ rule, grader }) => [rule.id, grader.held()]));
  }

  /** The exchanges kept whole (the last LOG_LIMIT), oldest first. */
  recent(): ProxyExchange[] {
    return this.ring.length < LOG_LIMIT ? [...this.ring] : [...this.ring.slice(this.ringNext), ...this.ring.slice(0, this.ringNext)];
  }

  outcomes(): OutcomeRow[] {
    return [...this.outcomeCounts.keys()].sort().flatMap((operation) =>
      documentedOutcomes(operation).map((outcome) => ({
        operation,
        outcome,
        seen: this.outcomeCounts.get(operation)!.get(outcome) ?? 0,
      })),
    );
  }

  behaviours(): { results: BehaviourResult[]; violations: Violation[]; counts: ViolationCount[] } {
    const violations: Violation[] = [];
    const counts: ViolationCount[] = [];
    const results = this.graders.map(({ rule, grader }): BehaviourResult => {
      const grading = grader.result();
      const failed = grading.findings.filter((f) => f.failed);
      for (const f of failed)
        violations.push({ operation: f.operation, kind: 'behaviour', rule: rule.id, detail: f.text, exchange: f.exchange });
      if (grading.failed > 0) counts.push({ kind: 'behaviour', rule: rule.id, count: grading.failed, listed: failed.length });
      const evidence = grading.findings.slice(0, EVIDENCE_LINES).map((f) => (f.failed ? `FAILED ${f.text}` : f.text));
      // A failure listed beyond the first lines still shows (the summaries quote the first failure).
      if (failed.length > 0 && !grading.findings.slice(0, EVIDENCE_LINES).some((f) => f.failed)) evidence.push(`FAILED ${failed[0].text}`);
      const shown = evidence.length;
      if (grading.total > shown) evidence.push(`... ${grading.total - shown} more finding(s) not shown (${grading.failed} failed in all)`);
      return {
        id: rule.id,
        title: rule.title,
        status: grading.failed > 0 ? 'failed' : grading.exercised ? 'passed' : 'not-exercised',
        evidence,
        rule: ruleText(rule),
        docRef: rule['x-doc'],
        ...(rule.errata ? { errata: rule.errata } : {}),
      };
    });
    return { results, violations, counts };
  }

  recorded(e: ProxyExchange): RecordedExchange {
    return {
      seq: e.seq,
      at: Math.round(e.at),
      durationMs: Math.round(e.endAt - e.at),
      method: e.method,
      url: e.url,
      operation: e.operation,
      status: e.status,
      transport: e.transport,
      outcome: e.outcome,
      request: { headers: e.requestHeaders, body: e.body },
      response: { headers: e.responseHeaders, body: e.responseBody },
    };
  }

  /** integration.json's content, redacted with every secret seen. */
  report(): IntegrationReport {
    const outcomes = this.outcomes();
    const { results, violations: behaviourViolations, counts: behaviourCounts } = this.behaviours();
    const violations = [...this.schemaListed, ...behaviourViolations].sort((a, b) => a.exchange - b.exchange);
    const violationCounts = [...this.tally.values(), ...behaviourCounts].map((c) => ({ ...c }));
    const violationsTotal = violationCounts.reduce((n, c) => n + c.count, 0);
    const coverage = outcomeCoverage(outcomes);
    const failedBehaviours = results.filter((b) => b.status === 'failed').map((b) => b.id);
    const { verdict, verdictDetail } = integrationVerdict({
      upstream: this.upstream,
      exchanges: this.count,
      upstreamAnswered: this.answered,
      schemaViolations: this.schemaViolationCount,
      violationsTotal,
      failedBehaviours,
      coverage,
    });
    const pct = (p: number) => Math.round(this.overheads.percentile(p) * 1000) / 1000;
    const report: IntegrationReport = {
      upstream: this.upstream,
      startedAt: new Date(this.started).toISOString(),
      durationMs: Math.round(this.now()),
      exchanges: this.count,
      verdict,
      violations,
      outcomes,
      behaviours: results,
      coverage,
      missingOutcomes: missingOutcomes(coverage),
      verdictDetail,
      upstreamAnswered: this.answered,
      violationsTotal,
      violationCounts,
      proxyOverheadMs: { p50: pct(50), p99: pct(99) },
      log: this.recent().map((e) => this.recorded(e)),
      drift: this.drift.report(this.upstream),
    };
    return redact(report, { secrets: [...this.secrets] });
  }
}

/** Evidence lines per behaviour in the report. */
const EVIDENCE_LINES = 50;
