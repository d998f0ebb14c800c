/**
 * The files of a proxy session (docs/integrators.md, "The proxy"): names of their own, so that a
 * proxy session and a conformance run (junit.xml, summary.md, drift.json) can share one report
 * directory.
 */
export const INTEGRATION_FILES = {
  json: 'integration.json',
  html: 'integration.html',
  junit: 'integration-junit.xml',
  markdown: 'integration-summary.md',
  /** What the upstream did beyond the docs, in drift.json's form (docs/architecture.md, "Observed drift"). */
  drift: 'integration-drift.json',
} as const;
