export { createClient, type ConnectFiClient, type CallOptions, type RequestOptions } from './client.ts';
export type { ClientOptions } from './client-options.ts';
export type { CallResult, SuccessBody, ErrorBody } from './call-result.ts';
export { type Exchange, toCurl, shellQuote } from './exchange.ts';
export type { OperationKey, RequestOf, DataOf } from './operation-types.ts';
export { RateLimiter, parseRetryAfter, realClock, type Clock } from './rate-limiter.ts';
export { redact, redactText, maskPan, maskPans, luhnValid, isSecretKey, REDACTED, type RedactOptions } from './redact.ts';
export { READ_OPERATIONS, retryClass, type RetryClass } from './retry-policy.ts';
