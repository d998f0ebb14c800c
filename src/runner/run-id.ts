import { randomBytes } from 'node:crypto';

/** A run's id: alphanumeric (references must match ^[0-9a-zA-Z]+$), short enough to leave room in 32 chars. */
export function makeRunId(): string {
  return `cfc${Date.now().toString(36).slice(-5)}${randomBytes(2).toString('hex')}`;
}
