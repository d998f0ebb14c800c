import type { OperationTypes } from '../../generated/types.ts';

/**
 * Typing of `client.op`, from generated/types.ts (written by scripts/generate.ts from schemas/):
 * the documented path selects the request type and the type of `data` in the success envelope.
 */
export type OperationKey = keyof OperationTypes;
export type RequestOf<K extends OperationKey> = OperationTypes[K]['request'];
export type DataOf<K extends OperationKey> = OperationTypes[K]['data'];
