import { ApiError } from './api-error.ts';

/**
 * An error the docs do not name: the robustness answers of app.ts (errata robustness-codes) and the
 * refusals of the state API's own routes. Not mutated (stryker.config.json): no live check reaches it.
 */
export function plainError(status: number, code: string, message: string, context?: Record<string, unknown>): ApiError {
  return new ApiError(status, context ? { code, context, message } : { code, message });
}
