export type {
  CheckEvidence,
  CheckResult,
  CheckStatus,
  Cause,
  CauseExchange,
  ConformanceReport,
  DocRef,
  Matrix,
  MatrixCell,
  ShardInfo,
  Summary,
} from './types.ts';
export { CHECK_STATUSES } from './types.ts';
export { writeReports, renderJson, REPORT_FILES, type WriteReportsOptions } from './write-reports.ts';
export { renderJunit, xmlAttr, xmlText } from './junit-report.ts';
export { renderMarkdownSummary } from './markdown-summary.ts';
export { renderHtml, escapeHtml, jsonForScript } from './html-report.ts';
export {
  verdictOf,
  countStatuses,
  summaryCounts,
  familyCounts,
  missingFixtures,
  fixtureGapLine,
  operationCoverage,
  sortChecks,
  type Verdict,
  type VerdictKind,
} from './verdict.ts';
export { causesOf, causeLine, causeTitle, reportCauses } from './causes.ts';
export { DEVIATIONS, DEVIATION_WORDS, INTENTS, intentOf, type CheckIntent, type Deviation } from './deviations.ts';
export { deviationOf } from './derive-deviation.ts';
