// Refreshing a session's access token, once for all replicas. The replica that takes the shared
// lock (src/auth/refresh-lock.ts) reads the session again (another may have refreshed it since)
// and asks Linode; the others keep using the current access token while it lasts, or, once it has
// expired, wait briefly for the new one. A failed refresh never ends a session whose access token
// still works: it is tried again a little later. Only when Linode refuses the refresh token and
// the access token has expired is the session over.
import type { LinodeOAuth, TokenAnswer } from './linode-oauth.js';
import type { SessionStore, SessionTokens } from './sessions.js';

/** Refresh this long before the access token expires, so a request never carries a dead one. */
export const REFRESH_MARGIN_MS = 60_000;
/** After a failed refresh, the access token serves this long before the next try. */
const RETRY_AFTER_FAILURE_MS = 10_000;
/** How long one replica may hold the refresh of a session. */
const LOCK_TTL_MS = 10_000;
const WAIT_STEP_MS = 100;

export interface RefreshOptions {
  sessions: SessionStore;
  oauth: LinodeOAuth;
  defaultScopes: string;
  now: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export class SessionRefresher {
  /** Refreshes in flight in this process, so concurrent requests of one session refresh once. */
  private readonly pending = new Map<string, Promise<SessionTokens | undefined>>();
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly options: RefreshOptions) {
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  tokensOf(answer: TokenAnswer): SessionTokens {
    return {
      accessToken: answer.access_token,
      refreshToken: answer.refresh_token,
      expiresAt: this.options.now() + answer.expires_in * 1000,
      scopes: answer.scopes ?? this.options.defaultScopes,
    };
  }

  /** Whether the session's token is due for a refresh now. */
  due(tokens: SessionTokens): boolean {
    const now = this.options.now();
    return tokens.expiresAt - REFRESH_MARGIN_MS <= now && (tokens.retryRefreshAt ?? 0) <= now;
  }

  /** The session's tokens to use now, refreshed when due; undefined when it has none that work. */
  current(id: string, tokens: SessionTokens): Promise<SessionTokens | undefined> {
    if (!this.due(tokens)) return Promise.resolve(this.usable(tokens));
    let pending = this.pending.get(id);
    if (!pending) {
      pending = this.refresh(id, tokens).finally(() => this.pending.delete(id));
      this.pending.set(id, pending);
    }
    return pending;
  }

  private usable(tokens: SessionTokens | undefined): SessionTokens | undefined {
    return tokens && tokens.expiresAt > this.options.now() ? tokens : undefined;
  }

  private async refresh(id: string, tokens: SessionTokens): Promise<SessionTokens | undefined> {
    const { sessions } = this.options;
    const lock = `refresh:${sessions.nameOf(id)}`;
    if (!(await sessions.refreshLock.acquire(lock, LOCK_TTL_MS))) return this.usable(tokens) ?? this.refreshedElsewhere(id, tokens);
    try {
      const latest = (await sessions.get(id)) ?? tokens;
      if (!this.due(latest)) return this.usable(latest); // another replica refreshed it meanwhile
      const outcome = await this.options.oauth.exchange({ grant_type: 'refresh_token', refresh_token: latest.refreshToken });
      if (outcome.ok) {
        const renewed = this.tokensOf(outcome.answer);
        await sessions.save(id, renewed);
        return renewed;
      }
      const stillValid = this.usable(latest);
      if (stillValid) {
        await sessions.save(id, { ...stillValid, retryRefreshAt: this.options.now() + RETRY_AFTER_FAILURE_MS });
        return stillValid;
      }
      // Linode refused the refresh token and the access token is dead: log in again. (When
      // Linode could not answer, the session stays for a later try.)
      if (outcome.refused) await sessions.delete(id);
      return undefined;
    } finally {
      await sessions.refreshLock.release(lock);
    }
  }

  /** Another replica holds the refresh and our access token has expired: its new tokens, once saved. */
  private async refreshedElsewhere(id: string, tokens: SessionTokens): Promise<SessionTokens | undefined> {
    for (let waited = 0; waited < LOCK_TTL_MS; waited += WAIT_STEP_MS) {
      await this.sleep(WAIT_STEP_MS);
      const latest = await this.options.sessions.get(id);
      if (!latest) return undefined;
      if (latest.accessToken !== tokens.accessToken && this.usable(latest)) return latest;
    }
    return undefined;
  }
}
