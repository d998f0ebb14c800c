/** The self-check: the suite against the clean simulator and against each named fault. */
export { runSelfcheck, defaultConcurrency, filesFor, SELFCHECK_FILE, type SelfcheckOptions } from './selfcheck.ts';
export { resolveSelfcheckOptions, selectFaults, SELFCHECK_OPTIONS, type SelfcheckFlags } from './options.ts';
export * from './score.ts';
