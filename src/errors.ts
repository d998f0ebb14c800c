/**
 * "The suite could not run" errors, kept apart from failed checks (docs/architecture.md, "Typed failures").
 * Each has a stable `code`; the CLI prints `error [code]: message` on one line and exits 2.
 */
export class ConfigurationError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ConfigurationError';
  }
}

export class TransportError extends Error {
  constructor(
    readonly code: string,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'TransportError';
  }
}

export class UsageError extends ConfigurationError {
  constructor(message: string) {
    super('USAGE', message);
    this.name = 'UsageError';
  }
}

/** Exit codes (docs/architecture.md, "Stable interfaces"). */
export const EXIT = { OK: 0, FAILED: 1, COULD_NOT_RUN: 2 } as const;
