import { describe, expect, it } from 'vitest';
import { OPERATIONS } from '../api/index.ts';
import { constraintKeywords, deref, keywordRole, resolveRef, schemaKeywords } from './schema-walk.ts';

describe('schemaKeywords', () => {
  it('follows $refs into the shared definitions (set-status: description60 from common)', () => {
    expect(schemaKeywords('/ibis/card/set-status')).toEqual(
      '$comment $ref description enum maxLength minLength pattern properties required type x-doc'.split(' '),
    );
  });
  it('reaches two levels of $ref (card/register → toucan owner → common commonStr50Req)', () => {
    expect(constraintKeywords('/transfer-to/card/register')).toEqual(
      'additionalProperties isNotOnlyWhitespace maxLength minLength nullable oneOf pattern required type'.split(' '),
    );
  });
  it('classifies every keyword present in the request schemas', () => {
    for (const op of OPERATIONS)
      for (const k of schemaKeywords(op.operation)) expect(keywordRole(k), `${op.operation}: ${k}`).not.toBe('unknown');
  });
});

describe('resolveRef / deref', () => {
  it('resolves a $id-qualified JSON pointer', () => {
    expect(resolveRef('common#/definitions/reference')).toMatchObject({ pattern: '^[0-9a-zA-Z]+$', maxLength: 32 });
  });
  it('refuses refs it cannot follow, naming them', () => {
    expect(() => resolveRef('#/definitions/x')).toThrow(/relative \$ref/);
    expect(() => resolveRef('nope#/definitions/x')).toThrow(/no schema with \$id "nope"/);
    expect(() => resolveRef('common#/definitions/nope')).toThrow(/points nowhere/);
    expect(() => deref({ $ref: 'common#/definitions/id', minLength: 3 })).toThrow(/sibling keywords minLength/);
  });
});
