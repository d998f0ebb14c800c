/**
 * Parsed JSON as a test reads it. A test asserts on the fields of an answer, and the assertion is
 * the type check: the same reason eslint.config.js gives for turning the no-unsafe-* rules off in
 * tests. Product code reads parsed JSON as `unknown` (json-object.ts). Here, below every layer,
 * because both unit-test helpers and the shipped suites/live import it (type only).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the one `any` of the tests: what they read from answers, checked by their assertions
export type TestJson = any;
