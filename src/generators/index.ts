/** Schema-derived fast-check arbitraries (docs/architecture.md, "Data flow"): valid bodies, labelled invalid mutations, coverage, live property checks. */
export { validBody, validArbitrary, dateISO } from './valid-arbitrary.ts';
export {
  invalidMutation,
  mutationCatalogue,
  mutationsAt,
  toMutation,
  confirmsMutation,
  intendedKeyword,
  type Mutation,
  type MutationSpec,
} from './mutations.ts';
export { schemaKeywords, constraintKeywords, keywordRole, CONSTRAINT_KEYWORDS, deref, resolveRef, type Schema } from './schema-walk.ts';
export { firstViolation } from './ajv-order.ts';
export { keywordCoverage, appliedKeywords, type KeywordCoverage, type CoverageOptions } from './coverage.ts';
export {
  runPropertyCheck,
  judgeAcceptance,
  judgeRejection,
  type PropertyCheckOptions,
  type PropertyCheckResult,
  type PropertyKind,
} from './live-property.ts';
export { LIVE_BINDINGS, type LiveBinding } from './live-bindings.ts';
export { propertySeed, seedFor, toSeed, DEFAULT_SEED } from './seed.ts';
