export * from './catalogue.ts';
export * from './validator.ts';
export { decimalPlaces, isDateISO, isNotOnlyWhitespace } from './keywords.ts';
export { ROOT, SCHEMAS_DIR, GENERATED_DIR } from './paths.ts';
export * from './rules.ts';
export { REQUEST_ID, REQUEST_ID_PATTERN } from './request-id.ts';
export * from './outcomes.ts';
export * from './error-identity.ts';
export * from './judge.ts';
