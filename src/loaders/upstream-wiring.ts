// What the gateway's upstream sessions share, built once per gateway from its settings: the token
// concurrency cap, GETs shared between concurrent requests, the token cache and its freshness
// (kept by the events pollers), and the book of what each token has left at Linode.
import type { GatewayConfig } from '../config.js';
import type { EventPollers } from '../resolvers/event-pollers.js';
import type { ResponseCache } from '../rest/cache.js';
import { MemoryFreshnessStore, RedisFreshnessStore, type FreshnessStore } from '../rest/freshness-store.js';
import { AnswerCache } from './answer-cache.js';
import { MemoryRateLimitBook, RedisRateLimitBook, type RateLimitBook } from './rate-limit-book.js';
import { SingleFlight } from './single-flight.js';
import { TokenConcurrency } from './token-concurrency.js';
import { TokenFreshness } from './token-freshness.js';
import type { SessionOptions } from './upstream-session.js';

export interface UpstreamWiring {
  /** For the events pollers: where tokens' freshness is kept (undefined without TOKEN_CACHE). */
  pollerFreshness: { store: FreshnessStore; unavailable(tokenKey: string): void; now: () => number } | undefined;
  rateLimits: RateLimitBook;
  /** Whole answers of token queries, with TOKEN_CACHE (src/loaders/answer-cache.ts). */
  answers: { cache: AnswerCache; maxTtlMs: number } | undefined;
  /** Connects the token cache to the pollers that keep it fresh. */
  attach(pollers: EventPollers): void;
  /** The shared parts of a request's session. */
  sessionOptions(token: string | null, request: Request): SessionOptions;
}

/** `Cache-Control: no-cache` (or `no-store`, `max-age=0`) on the request: read no cache. */
export function asksForFresh(request: Request): boolean {
  const header = request.headers.get('cache-control');
  return header !== null && /(^|,)\s*(no-cache|no-store|max-age\s*=\s*0)\s*(,|$)/i.test(header);
}

export function upstreamWiring(config: GatewayConfig, cache: ResponseCache, now: () => number): UpstreamWiring {
  const tokenConcurrency = new TokenConcurrency(config.upstreamConcurrencyPerToken);
  const singleFlight = new SingleFlight();
  const rateLimits: RateLimitBook = cache.redis ? new RedisRateLimitBook(cache.redis) : new MemoryRateLimitBook();
  // The freshness state outlives every entry it vouches for.
  const stateTtlMs = config.tokenCacheTtlMs + 60 * 60_000;
  const store: FreshnessStore | undefined = config.tokenCache
    ? cache.redis
      ? new RedisFreshnessStore(cache.redis, stateTtlMs)
      : new MemoryFreshnessStore(stateTtlMs)
    : undefined;
  let freshness: TokenFreshness | undefined;
  return {
    pollerFreshness: store && { store, unavailable: (tokenKey) => freshness?.markUnavailable(tokenKey), now },
    rateLimits,
    answers: store ? { cache: new AnswerCache(), maxTtlMs: config.tokenCacheTtlMs } : undefined,
    attach(pollers) {
      if (!store) return;
      freshness = new TokenFreshness({
        store,
        polling: pollers,
        pollMs: config.eventPollMs,
        activeMs: config.tokenActiveMs,
        unavailableMs: 60_000,
        now,
      });
    },
    sessionOptions(token, request) {
      const tokenKey = token ? cache.tokenKey(token) : undefined;
      const view = freshness;
      return {
        concurrency: config.upstreamConcurrency || undefined,
        tokenConcurrency,
        singleFlight,
        freshReads: asksForFresh(request),
        tokenCache:
          view && token && tokenKey
            ? { view: () => view.view(token, tokenKey), ttlMs: config.tokenCacheTtlMs, volatileTtlMs: config.volatileTtlMs }
            : undefined,
        onRateLimit: tokenKey ? (operation, state) => rateLimits.note(tokenKey, operation, state) : undefined,
      };
    },
  };
}
