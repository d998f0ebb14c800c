import { OPERATIONS, findOperation } from '../../../src/api/index.ts';
import { ENVELOPE_KINDS, OTHER_PATHS_SLUG, envelopeRunWideId, type EnvelopeKind } from '../../../src/harness/check-ids.ts';
import type { ExchangeSummary } from '../../../src/harness/check-types.ts';
import { runWideCheck, type ObservedExchange, type RunWideCheck, type RunWideVerdict } from '../../../src/harness/run-wide.ts';
import { responsesChecked } from '../../../src/reporting/merge-reports.ts';

/** README.md, "Error envelope": the envelope family's doc, here and in suites/live/envelope.test.ts. */
export const ENVELOPE_DOC = { file: 'README.md', heading: 'Error envelope (/OVERVIEW/Getting-Started/Error-Handling/, /Common-Errors/)' };

/** What each kind of row grades: 200 answers, or error answers. */
const KINDS: Record<EnvelopeKind, { title: string; match: (s: ExchangeSummary) => boolean }> = {
  success: {
    title: 'every 200 response has { code: "0", data, requestId } and validates against the documented 200 schema',
    match: (s) => s.status === 200,
  },
  // A 429 or an undocumented 5xx is a transport incident (src/api/judge.ts), not an answer of the provider.
  error: {
    title: 'every error response has the documented error envelope { requestId, code, subCode?, context?, message? }',
    match: (s) => s.status >= 400 && s.transport === undefined,
  },
};

/**
 * The exchanges of one kind passed when none has a problem (src/harness/exchange-audit.ts audits
 * each response as it arrives); with none at all the row is skipped, never a pass.
 */
function gradeResponses(seen: readonly ObservedExchange[], kind: EnvelopeKind): RunWideVerdict {
  if (seen.length === 0) return { status: 'skipped', reason: `no ${kind} response was observed for this operation in this run` };
  const bad = seen.filter((o) => o.summary.problems.length > 0);
  if (bad.length === 0) return { status: 'passed', reason: responsesChecked(seen.length) };
  const first = bad[0];
  return {
    status: 'failed',
    reason: `${bad.length} of ${seen.length} responses deviate; first (check ${first.check}, requestId ${first.summary.requestId ?? 'none'}): ${first.summary.problems.join('; ')}`,
    summaries: bad.slice(0, 10).map((o) => o.summary),
  };
}

const envelopeRow = (slug: string, operation: string | null, kind: EnvelopeKind, grade: RunWideCheck['grade']): RunWideCheck =>
  runWideCheck(
    {
      id: envelopeRunWideId(slug, kind),
      title: `${operation ?? 'undocumented paths'}: ${KINDS[kind].title}`,
      family: 'envelope',
      operation,
      docRef: ENVELOPE_DOC,
    },
    grade,
  );

/**
 * The run-wide envelope and response-schema checks: for every documented operation, every
 * response of the run had the documented envelope and validated against the documented schema, one
 * row per operation and kind (200 bodies, error bodies). The responses of paths that are not
 * documented operations are graded too, in rows that exist only when a check called such a path.
 */
export const ENVELOPE_RUN_WIDE: readonly RunWideCheck[] = [
  ...OPERATIONS.flatMap((op) =>
    ENVELOPE_KINDS.map((kind) =>
      envelopeRow(op.slug, op.operation, kind, (observed) =>
        gradeResponses(
          observed.filter((o) => o.summary.operation === op.operation && KINDS[kind].match(o.summary)),
          kind,
        ),
      ),
    ),
  ),
  ...ENVELOPE_KINDS.map((kind) =>
    envelopeRow(OTHER_PATHS_SLUG, null, kind, (observed) => {
      const seen = observed.filter((o) => o.summary.operation === null && KINDS[kind].match(o.summary) && !findOperation(o.summary.path));
      return seen.length === 0 ? undefined : gradeResponses(seen, kind);
    }),
  ),
];
