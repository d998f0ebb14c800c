/**
 * What integrators import from 'connectfi-conformance' (package.json "exports"): the typed client,
 * the generated request and response types, and the validators that answer in connectFi's
 * requestValidateError format. The CLI is the bin; the simulator is 'connectfi-conformance/simulator'.
 */
export * from './client/index.ts';
export type * from '../generated/types.ts';
export { validateRequest, validateResponse, validateErrorBody, type AjvError, type ValidationResult } from './api/validator.ts';
export { OPERATIONS, findOperation, getOperation, type OperationSpec } from './api/catalogue.ts';
