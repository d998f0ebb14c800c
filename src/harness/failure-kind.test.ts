import { describe, expect, it } from 'vitest';
import { failureKindOf, PreconditionError } from './failure-kind.ts';

describe('failureKindOf', () => {
  it('tells a refused setup step from a failed assertion and from a crash', () => {
    expect(failureKindOf(new PreconditionError('debit-card/add answered HTTP 500 {}'))).toBe('precondition');
    expect(new PreconditionError('x').message).toBe('precondition failed: x');
    // The suites' older helpers throw a plain Error with the same prefix.
    expect(failureKindOf(new Error('precondition failed: card/status answered HTTP 400'))).toBe('precondition');
    const assertion = Object.assign(new Error('expected 400 to be 200'), { name: 'AssertionError' });
    expect(failureKindOf(assertion)).toBe('assertion');
    expect(failureKindOf(new Error('card/status for icrd_1 has no status object'))).toBe('assertion');
    expect(failureKindOf(new TypeError("Cannot read properties of undefined (reading 'cFiCardId')"))).toBe('error');
    expect(failureKindOf('a string')).toBe('assertion');
  });

  it("reads vitest's serialised errors and the cause of a wrapped failure (fast-check)", () => {
    expect(failureKindOf({ name: 'TypeError', message: 'x is not a function' })).toBe('error');
    expect(
      failureKindOf({
        name: 'Error',
        message: 'Property failed after 1 tests',
        cause: { name: 'Error', message: 'precondition failed: set-pin answered HTTP 500' },
      }),
    ).toBe('precondition');
    expect(
      failureKindOf({
        name: 'Error',
        message: 'Property failed after 3 tests\nGot error: precondition failed: activate answered HTTP 400',
      }),
    ).toBe('precondition');
    expect(
      failureKindOf({
        name: 'Error',
        message: 'Property failed after 3 tests',
        cause: { name: 'AssertionError', message: 'expected 1 to be 2' },
      }),
    ).toBe('assertion');
  });
});
