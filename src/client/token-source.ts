/**
 * The x-connectfi-token of a client: a fixed CONNECTFI_TOKEN, or one obtained from /auth/get-token
 * lazily, once, however many calls ask for it at the same time (README.md, "Authentication").
 * Token lifetime and refresh are undocumented; a 401 `unauthorized` triggers one refresh.
 */
export class TokenSource {
  private current: string | undefined;
  private pending: Promise<string> | undefined;

  constructor(
    initial: string | undefined,
    private readonly login: (() => Promise<string>) | undefined,
  ) {
    this.current = initial;
  }

  /** Whether a token can be (re)obtained from credentials. */
  get canRefresh(): boolean {
    return this.login !== undefined;
  }

  get hasCredentials(): boolean {
    return this.current !== undefined || this.login !== undefined;
  }

  /** The current token, logging in first when there is none yet. */
  async get(): Promise<string | undefined> {
    if (this.current !== undefined) return this.current;
    if (!this.login) return undefined;
    return this.fetch();
  }

  /**
   * A new token after `stale` was refused. Calls that met the same refusal concurrently share one
   * login; a call that used an older token gets the newer one without logging in again.
   */
  async refresh(stale: string | undefined): Promise<string | undefined> {
    if (!this.login) return undefined;
    if (this.current !== undefined && this.current !== stale) return this.current;
    this.current = undefined;
    return this.fetch();
  }

  private fetch(): Promise<string> {
    if (!this.pending) {
      const login = this.login!;
      this.pending = login().then(
        (token) => {
          this.current = token;
          this.pending = undefined;
          return token;
        },
        (err: unknown) => {
          this.pending = undefined;
          throw err;
        },
      );
    }
    return this.pending;
  }
}
