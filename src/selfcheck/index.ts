/** The self-check (README.md, "Self-check"): the suite against the clean simulator and against each named fault. */
export { runSelfcheck, defaultConcurrency, SELFCHECK_FILE, type SelfcheckOptions } from './selfcheck.ts';
export { parseSelfcheckArgs, SELFCHECK_USAGE } from './options.ts';
export { judgeClean, judgeFault, mutationScore, renderMarkdownTable, renderTable, scoreLine, selfcheckPassed, type RunResult } from './score.ts';
