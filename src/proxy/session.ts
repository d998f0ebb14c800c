import { redact } from '../client/redact.ts';
import { classifyOutcome, documentedOutcomes, SUCCESS_OUTCOME } from '../spec/index.ts';
import { BEHAVIOUR_RULES } from './behaviour-rules.ts';
import { GRADERS } from './behaviours/index.ts';
import type { BehaviourResult, CoverageFigure, IntegrationReport, OutcomeRow, ProxyExchange, RecordedExchange, Violation } from '../reporting/integration-types.ts';

/**
 * One recording session of the proxy: the exchanges in arrival order, the schema violations found
 * as they came, and the secrets seen (tokens, passwords) that every report is redacted with.
 */
export const LOG_LIMIT = 2000;

export class ProxySession {
  readonly exchanges: ProxyExchange[] = [];
  readonly schemaViolations: Violation[] = [];
  private readonly secrets = new Set<string>();
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

  record(exchange: ProxyExchange, violations: Violation[]): void {
    this.exchanges.push(exchange);
    this.schemaViolations.push(...violations);
  }

  outcomes(): OutcomeRow[] {
    const used = [...new Set(this.exchanges.map((e) => e.operation).filter((o): o is string => o !== null))].sort();
    return used.flatMap((operation) =>
      documentedOutcomes(operation).map((outcome) => ({
        operation,
        outcome,
        seen: this.exchanges.filter((e) => e.operation === operation && e.outcome === outcome).length,
      })),
    );
  }

  behaviours(): { results: BehaviourResult[]; violations: Violation[] } {
    const violations: Violation[] = [];
    const results = BEHAVIOUR_RULES.map((rule): BehaviourResult => {
      const grader = GRADERS[rule.id];
      if (!grader) throw new Error(`no grader for behaviour ${rule.id} (src/proxy/behaviours/index.ts)`);
      const grading = grader(this.exchanges, rule);
      const failed = grading.findings.filter((f) => f.failed);
      for (const f of failed) {
        const e = this.exchanges.find((x) => x.seq === f.exchange);
        violations.push({ operation: e?.operation ?? null, kind: 'behaviour', rule: rule.id, detail: f.text, exchange: f.exchange });
      }
      return {
        id: rule.id,
        title: rule.title,
        status: failed.length > 0 ? 'failed' : grading.exercised ? 'passed' : 'not-exercised',
        evidence: grading.findings.map((f) => (f.failed ? `FAILED ${f.text}` : f.text)).slice(0, 50),
        rule: rule.rule,
        docRef: rule['x-doc'],
        ...(rule.errata ? { errata: rule.errata } : {}),
      };
    });
    return { results, violations };
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
    const { results, violations: behaviourViolations } = this.behaviours();
    const violations = [...this.schemaViolations, ...behaviourViolations].sort((a, b) => a.exchange - b.exchange);
    const byOperation = new Map<string, CoverageFigure>();
    for (const row of outcomes) {
      const fig = byOperation.get(row.operation) ?? { operation: row.operation, met: 0, total: 0, missing: [] };
      fig.total++;
      if (row.seen > 0) fig.met++;
      else fig.missing.push(row.outcome);
      byOperation.set(row.operation, fig);
    }
    const figures = [...byOperation.values()];
    const met = figures.reduce((n, f) => n + f.met, 0);
    const total = figures.reduce((n, f) => n + f.total, 0);
    const failedBehaviours = results.filter((b) => b.status === 'failed').map((b) => b.id);
    let verdict: IntegrationReport['verdict'];
    let verdictDetail: string;
    if (violations.length > 0) {
      verdict = 'not-ready';
      const schema = violations.length - behaviourViolations.length;
      verdictDetail = `${schema} schema violation(s); behaviours failed: ${failedBehaviours.join(', ') || 'none'}`;
    } else if (this.exchanges.length === 0 || met < total) {
      verdict = 'incomplete';
      verdictDetail = this.exchanges.length === 0 ? 'no traffic went through the proxy' : `${total - met} documented outcome(s) of the operations used were never met`;
    } else {
      verdict = 'ready';
      verdictDetail = `no violation; every documented outcome of the ${figures.length} operation(s) used was met`;
    }
    const overheads = this.exchanges.map((e) => e.overheadMs).sort((a, b) => a - b);
    const pct = (p: number) => (overheads.length ? Math.round(overheads[Math.min(overheads.length - 1, Math.floor((p / 100) * overheads.length))]! * 1000) / 1000 : 0);
    const report: IntegrationReport = {
      upstream: this.upstream,
      startedAt: new Date(this.started).toISOString(),
      durationMs: Math.round(this.now()),
      exchanges: this.exchanges.length,
      verdict,
      violations,
      outcomes,
      behaviours: results,
      coverage: { met, total, operations: figures },
      verdictDetail,
      proxyOverheadMs: { p50: pct(50), p99: pct(99) },
      log: this.exchanges.slice(-LOG_LIMIT).map((e) => this.recorded(e)),
    };
    return redact(report, { secrets: [...this.secrets] });
  }
}

/** The outcome label of an exchange: a documented outcome, else what happened. */
export function outcomeLabel(operation: string | null, status: number | null, transport: string, body: unknown): string {
  if (status === null) return transport === 'aborted' ? 'timeout' : transport;
  const documented = operation ? classifyOutcome(operation, status, body) : undefined;
  if (documented) return documented;
  return status === 200 ? SUCCESS_OUTCOME : `http-${status}`;
}

