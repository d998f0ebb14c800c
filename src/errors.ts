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

/** A command line that does not fit the command. */
export class UsageError extends ConfigurationError {
  /**
   * @param showUsage false for a flag whose value is wrong: the message already says what the value
   *   must be, so the CLI prints that one line and not the command's usage after it.
   */
  constructor(
    message: string,
    readonly showUsage = true,
  ) {
    super('USAGE', message);
    this.name = 'UsageError';
  }
}

/** Exit codes (docs/architecture.md, "Stable interfaces"). */
export const EXIT = { OK: 0, FAILED: 1, COULD_NOT_RUN: 2 } as const;
