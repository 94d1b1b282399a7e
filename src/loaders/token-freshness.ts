// Whether a token's cached answers may be served now, for one GraphQL request. While a token is
// active its events poller runs (src/resolvers/event-pollers.ts: one per token, one replica
// polling at a time) and drops what each event names; a request reads the token's freshness state
// once, and serves an entry only when nothing it covers was dropped after it was stored. When the
// polls have fallen behind (the token was idle, or the leading replica went away), the request
// first has the token's events read (one upstream request), then serves from the cache. A token
// whose events cannot be read (no `events:read_only` scope) is served without this cache.
import { LRUCache } from 'lru-cache';
import type { FreshnessStore } from '../rest/freshness-store.js';

export interface FreshnessView {
  /** Part of the token's cache keys: a lost state starts a new epoch. */
  epoch: string;
  version: number;
  drops: Readonly<Record<string, number>>;
}

export interface TokenPolling {
  /** Keeps the token's poller running until `until` (epoch ms), starting it if needed. */
  keepActive(token: string, until: number): void;
  /** Resolves after a poll of the token's events that starts now (or is under way). */
  pollNow(token: string): Promise<void>;
}

export interface TokenFreshnessOptions {
  store: FreshnessStore;
  polling: TokenPolling;
  /** EVENT_POLL_MS. */
  pollMs: number;
  /** How long after its last request a token's poller keeps polling. */
  activeMs: number;
  /** How long a token whose events could not be read is served without this cache. */
  unavailableMs?: number;
  now?: () => number;
}

export class TokenFreshness {
  private readonly unavailable: LRUCache<string, true>;
  private readonly now: () => number;

  constructor(private readonly options: TokenFreshnessOptions) {
    this.now = options.now ?? Date.now;
    this.unavailable = new LRUCache({ max: 10_000, ttl: options.unavailableMs ?? 5 * 60_000 });
  }

  /** The token's events cannot be read (its poller failed for good): no token cache for a while. */
  markUnavailable(tokenKey: string): void {
    this.unavailable.set(tokenKey, true);
  }

  /** The freshness a request reads its token's cache with; undefined: read nothing from it. */
  async view(token: string, tokenKey: string): Promise<FreshnessView | undefined> {
    if (this.unavailable.has(tokenKey)) return undefined;
    const now = this.now();
    this.options.polling.keepActive(token, now + this.options.activeMs);
    try {
      let state = await this.options.store.read(tokenKey);
      // Entries exist only once a poll has run; if polls stopped since, catch up first.
      const behind = state.lastEventId !== undefined && now - state.polledAt > 2 * this.options.pollMs + 1_000;
      if (behind) {
        await this.options.polling.pollNow(token);
        if (this.unavailable.has(tokenKey)) return undefined;
        state = await this.options.store.read(tokenKey);
      }
      return { epoch: state.epoch, version: state.version, drops: state.drops };
    } catch {
      return undefined; // no state (Redis down, the poll failed): nothing is served from this cache
    }
  }
}
