import type { Exchange } from '../client/exchange.ts';
import { DEVIATIONS, DEVIATION_WORDS, type Deviation } from './deviations.ts';
import { deviationOf } from './derive-deviation.ts';
import { failingAnswer } from './failing-answer.ts';
import type { Cause, CauseExchange, CheckResult, ConformanceReport } from './types.ts';

/**
 * The causes of a run's failures (docs/ci.md, "Causes"): its failed and `error` checks grouped by
 * deviation, so that one deviation on many operations is one cause ("answers 200 where the docs give
 * an error, on 14 operations"). Every such check is in exactly one cause; the largest come first.
 * conformance.json holds them; the console, the HTML, the Markdown summary and junit.xml show them.
 */

/** Whether a row is one a cause covers. */
export const needsCause = (c: CheckResult): boolean => c.status === 'failed' || c.status === 'error';

/** A row's deviation: the one the run gave it, else derived now (a report written before deviations). */
export function deviationOfRow(c: CheckResult): Deviation {
  return c.deviation ?? deviationOf(c) ?? 'check-crashed';
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The cause's one sentence: the deviation's phrase, then where it was seen. */
export function causeTitle(deviation: Deviation, operations: number, checks: number): string {
  const where = operations > 0 ? `on ${plural(operations, 'operation')}` : `in ${plural(checks, 'check')}`;
  return `${DEVIATIONS[deviation].phrase}, ${where}`;
}

function pathOf(url: string): string {
  try {
    const u = new URL(url);
    return `${u.pathname}${u.search}`;
  } catch {
    return url;
  }
}

function fromExchange(x: Exchange): CauseExchange {
  return {
    operation: x.operation,
    method: x.method,
    path: pathOf(x.url),
    status: x.status,
    ...(x.requestBody === undefined ? {} : { requestBody: x.requestBody }),
    ...(x.responseBody === undefined ? {} : { responseBody: x.responseBody }),
    ...(x.error ? { transport: x.error } : {}),
  };
}

/** The failing exchange of a check, as a cause shows it; null when its evidence holds none. */
export function exampleExchange(c: CheckResult): CauseExchange | null {
  const { exchange, summary } = failingAnswer(c.evidence);
  if (exchange) return fromExchange(exchange);
  if (!summary) return null;
  return {
    operation: summary.operation,
    method: summary.method,
    path: summary.path,
    status: summary.status === 0 ? null : summary.status,
    ...(summary.problems.length > 0 ? { problems: summary.problems } : {}),
    ...(summary.transport ? { transport: summary.transport } : {}),
  };
}

/** The operation a row grades: its own, else the one its failing exchange went to. */
function operationOfRow(c: CheckResult): string | null {
  if (c.operation) return c.operation;
  const { exchange, summary } = failingAnswer(c.evidence);
  return exchange?.operation ?? summary?.operation ?? null;
}

/**
 * The example of a cause: the first of its checks (by id) that failed on its own assertion and kept
 * its failing exchange, else the first that kept one, else the first.
 */
function exampleOf(rows: readonly CheckResult[]): Cause['example'] {
  const sorted = [...rows].sort((a, b) => a.id.localeCompare(b.id));
  const withExchange = sorted.map((c) => ({ c, exchange: exampleExchange(c) })).filter((e) => e.exchange !== null);
  const pick = withExchange.find((e) => e.c.failureKind === 'assertion') ?? withExchange[0];
  return pick ? { check: pick.c.id, exchange: pick.exchange } : { check: sorted[0].id, exchange: null };
}

/** The causes of `checks`, largest first, then in the order of the vocabulary. */
export function causesOf(checks: readonly CheckResult[]): Cause[] {
  const by = new Map<Deviation, CheckResult[]>();
  for (const c of checks.filter(needsCause)) {
    const d = deviationOfRow(c);
    by.set(d, [...(by.get(d) ?? []), c]);
  }
  const causes = [...by.entries()].map(([deviation, rows]): Cause => {
    const operations = [...new Set(rows.map(operationOfRow).filter((o): o is string => o !== null))].sort();
    return {
      id: deviation,
      deviation,
      title: causeTitle(deviation, operations.length, rows.length),
      operations,
      checks: rows.map((c) => c.id).sort(),
      example: exampleOf(rows),
    };
  });
  const order = (d: Deviation) => DEVIATION_WORDS.indexOf(d);
  return causes.sort((a, b) => b.checks.length - a.checks.length || order(a.deviation) - order(b.deviation));
}

/** The report's causes: the ones it holds (written by the run or merge-reports), else computed from its checks. */
export function reportCauses(report: ConformanceReport): Cause[] {
  return report.causes ?? causesOf(report.checks);
}

/** One console line per cause: `cause <deviation>: <title> (<n> checks, e.g. <check id>)`. */
export function causeLine(cause: Cause): string {
  // A title without operations already counts the checks ("in 2 checks").
  const count = cause.operations.length > 0 ? `${plural(cause.checks.length, 'check')}, ` : '';
  return `cause ${cause.deviation}: ${cause.title} (${count}e.g. ${cause.example.check})`;
}
