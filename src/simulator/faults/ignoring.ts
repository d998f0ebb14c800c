import type { AjvError, ValidationResult } from '../../api/index.ts';
import type { Fault } from './types.ts';

/**
 * A `validate` hook: the documented validation, minus the errors `ignored` matches (a provider whose
 * schema lacks a rule). `ignored` sees each error, the operation and the request.
 */
export function ignoring(ignored: (e: AjvError, operation: string, input: unknown) => boolean): Fault['validate'] {
  return (operation, input, validate): ValidationResult => {
    const result = validate(operation, input);
    const errors = result.errors.filter((e) => !ignored(e, operation, input));
    return { valid: errors.length === 0, errors };
  };
}
