import type { ExchangeDrift } from '../api/drift.ts';
import { redact, redactText } from '../client/redact.ts';

/**
 * drift.json: what a target did that the docs do not describe but allow, per operation, over a
 * run or a proxy session (docs/architecture.md, "Observed drift"). It never changes a verdict
 * (`run --fail-on-drift` aside). Examples are redacted when they are recorded, and the file is
 * redacted again when written.
 */
export interface DriftField {
  operation: string;
  /** JSON pointer into the response body, `*` for array items: "/data/*\/riskTier". */
  path: string;
  /** The JSON types seen, joined by "|": "string", "integer|null". */
  type: string;
  /** Answers of the operation that carried the field. */
  seen: number;
  /** One redacted example value (long values are cut). */
  example: unknown;
}

export interface DriftValue {
  operation: string;
  status: number;
  path: string;
  value: unknown;
  seen: number;
  /** The drift-watch row whose list the value is not in; absent for an error code. */
  listed?: string;
}

export interface DriftStatus {
  operation: string;
  status: number;
  seen: number;
  /** The `code` of the first such answer, when it had one. */
  code?: string;
}

export interface DriftHeader {
  operation: string;
  header: string;
  seen: number;
  example: string;
}

export interface DriftReport {
  target: string;
  fields: DriftField[];
  values: DriftValue[];
  statuses: DriftStatus[];
  headers: DriftHeader[];
  /** Answers seen per operation: "seen 3 of 40". */
  answers: Record<string, number>;
  /** Rows left out once a list reached MAX_ROWS (a target that invents a field per answer). */
  omitted?: number;
}

export const DRIFT_FILE = 'drift.json';
/** At most this many rows per list: drift.json stays readable whatever the target sends. */
export const MAX_ROWS = 1000;
const EXAMPLE_CHARS = 200;

/** A redacted example small enough to read: long strings and large objects become a cut text. */
function example(key: string, value: unknown, secrets: readonly string[]): unknown {
  const safe = redact({ [key]: value }, { secrets })[key];
  if (typeof safe === 'string') return safe.length > EXAMPLE_CHARS ? `${safe.slice(0, EXAMPLE_CHARS)}…` : safe;
  if (safe === null || typeof safe !== 'object') return safe;
  const text = JSON.stringify(safe);
  return text.length > EXAMPLE_CHARS ? `${text.slice(0, EXAMPLE_CHARS)}…` : safe;
}

const lastKey = (path: string) => (path.split('/').pop() ?? '').replace(/~1/g, '/').replace(/~0/g, '~');

/** An exchange's drift with its examples redacted (key-aware: a field named `pin` is a secret). */
export function redactDrift(drift: ExchangeDrift, secrets: readonly string[] = []): ExchangeDrift {
  const out: ExchangeDrift = { ...drift };
  if (drift.fields) out.fields = drift.fields.map((f) => ({ ...f, example: example(lastKey(f.path), f.example, secrets) }));
  if (drift.values) out.values = drift.values.map((v) => ({ ...v, value: example(lastKey(v.path), v.value, secrets) }));
  if (drift.status?.code) out.status = { code: redactText(drift.status.code, secrets) };
  if (drift.headers) out.headers = drift.headers.map((h) => ({ ...h, value: redactText(h.value, secrets) }));
  return out;
}

const unionTypes = (a: string, b: string) => [...new Set([...a.split('|'), ...b.split('|')])].sort().join('|');

/**
 * Counts the drift of many exchanges: one row per operation and field (value, status, header),
 * its first example kept. What it holds grows with the distinct rows, never with the traffic.
 */
export class DriftTally {
  private readonly fields = new Map<string, DriftField>();
  private readonly values = new Map<string, DriftValue>();
  private readonly statuses = new Map<string, DriftStatus>();
  private readonly headers = new Map<string, DriftHeader>();
  private readonly answers = new Map<string, number>();
  private omitted = 0;

  /** One answer of `operation`; `drift` redacted already (redactDrift). */
  add(operation: string, status: number, drift: ExchangeDrift | undefined): void {
    this.answers.set(operation, (this.answers.get(operation) ?? 0) + 1);
    if (!drift) return;
    for (const f of drift.fields ?? [])
      this.count(
        this.fields,
        `${operation}\n${f.path}`,
        () => ({ operation, path: f.path, type: f.type, seen: 0, example: f.example }),
        (row) => {
          if (!row.type.split('|').includes(f.type)) row.type = unionTypes(row.type, f.type);
        },
      );
    for (const v of drift.values ?? [])
      this.count(this.values, `${operation}\n${status}\n${v.path}\n${JSON.stringify(v.value)}`, () => ({
        operation,
        status,
        path: v.path,
        value: v.value,
        seen: 0,
        ...(v.listed ? { listed: v.listed } : {}),
      }));
    const code = drift.status?.code;
    if (drift.status)
      this.count(this.statuses, `${operation}\n${status}`, () => ({ operation, status, seen: 0, ...(code ? { code } : {}) }));
    for (const h of drift.headers ?? [])
      this.count(this.headers, `${operation}\n${h.name}`, () => ({ operation, header: h.name, seen: 0, example: h.value }));
  }

  /** Adds a whole report (a shard's drift.json, merge-reports). */
  addReport(report: DriftReport): void {
    for (const [op, n] of Object.entries(report.answers)) this.answers.set(op, (this.answers.get(op) ?? 0) + n);
    const merge = <R extends { seen: number }>(
      rows: readonly R[],
      into: Map<string, R>,
      key: (r: R) => string,
      also?: (row: R, r: R) => void,
    ) => {
      for (const r of rows)
        this.count(
          into,
          key(r),
          () => ({ ...r, seen: 0 }),
          (row) => also?.(row, r),
          r.seen,
        );
    };
    merge(
      report.fields,
      this.fields,
      (r) => `${r.operation}\n${r.path}`,
      (row, r) => (row.type = unionTypes(row.type, r.type)),
    );
    merge(report.values, this.values, (r) => `${r.operation}\n${r.status}\n${r.path}\n${JSON.stringify(r.value)}`);
    merge(report.statuses, this.statuses, (r) => `${r.operation}\n${r.status}`);
    merge(report.headers, this.headers, (r) => `${r.operation}\n${r.header}`);
    this.omitted += report.omitted ?? 0;
  }

  private count<R extends { seen: number }>(rows: Map<string, R>, key: string, make: () => R, update?: (row: R) => void, by = 1): void {
    let row = rows.get(key);
    if (!row) {
      if (rows.size >= MAX_ROWS) {
        this.omitted += 1;
        return;
      }
      rows.set(key, (row = make()));
    } else update?.(row);
    row.seen += by;
  }

  report(target: string): DriftReport {
    const sorted = <R extends { operation: string }>(rows: Iterable<R>, key: (r: R) => string) =>
      [...rows].sort((a, b) => a.operation.localeCompare(b.operation) || key(a).localeCompare(key(b)));
    const report: DriftReport = {
      target,
      fields: sorted(this.fields.values(), (r) => r.path),
      values: sorted(this.values.values(), (r) => `${r.path}\n${String(r.value)}`),
      statuses: sorted(this.statuses.values(), (r) => String(r.status)),
      headers: sorted(this.headers.values(), (r) => r.header),
      answers: Object.fromEntries([...this.answers.entries()].sort(([a], [b]) => a.localeCompare(b))),
    };
    if (this.omitted > 0) report.omitted = this.omitted;
    return report;
  }
}

/** The shards' drift.json as one (merge-reports): rows of the same field add up. */
export function mergeDriftReports(reports: readonly DriftReport[], target: string): DriftReport {
  const tally = new DriftTally();
  for (const r of reports) tally.addReport(r);
  return tally.report(target);
}

/** How many rows of drift a report lists. */
export function driftRows(report: DriftReport): number {
  return report.fields.length + report.values.length + report.statuses.length + report.headers.length;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The console line when anything was seen: "drift: 2 undocumented fields, 1 undocumented value on
 * 3 operations (drift.json)"; undefined when nothing was.
 */
export function driftLine(report: DriftReport, file = DRIFT_FILE): string | undefined {
  if (driftRows(report) === 0) return undefined;
  const parts = [
    report.fields.length ? plural(report.fields.length, 'undocumented field') : '',
    report.values.length ? plural(report.values.length, 'undocumented value') : '',
    report.statuses.length ? plural(report.statuses.length, 'undocumented status') : '',
    report.headers.length ? plural(report.headers.length, 'header') + ' of interest' : '',
  ].filter(Boolean);
  const operations = new Set([...report.fields, ...report.values, ...report.statuses, ...report.headers].map((r) => r.operation));
  return `drift: ${parts.join(', ')} on ${plural(operations.size, 'operation')} (${file})`;
}

/** drift.json's text, keys in the documented order. */
export function renderDriftJson(report: DriftReport): string {
  const { target, fields, values, statuses, headers, ...rest } = report;
  return `${JSON.stringify({ target, fields, values, statuses, headers, ...rest }, null, 2)}\n`;
}
