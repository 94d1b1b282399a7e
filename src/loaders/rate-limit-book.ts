// What each token has left at Linode, by operation, as Linode's `X-RateLimit-*` headers last said
// (limit, remaining, reset in epoch seconds): shared by the replicas in Redis (CACHE_URL), else in
// this process. Responses are noted as they come; the replicas' copy is written once per tick.
import type { GuardedRedis } from '../rest/redis-store.js';
import { LRUCache } from 'lru-cache';
import type { RateLimitState } from '../rest/client.js';

export type RateLimits = Map<string, RateLimitState>;

export interface RateLimitBook {
  note(tokenKey: string, operation: string, state: RateLimitState): void;
  read(tokenKey: string): Promise<RateLimits>;
}

/** How long a token's figures are kept after the last response that reported them. */
const KEEP_MS = 10 * 60_000;

export class MemoryRateLimitBook implements RateLimitBook {
  private readonly tokens = new LRUCache<string, RateLimits>({ max: 10_000, ttl: KEEP_MS });

  note(tokenKey: string, operation: string, state: RateLimitState): void {
    const limits = this.tokens.get(tokenKey) ?? new Map<string, RateLimitState>();
    limits.set(operation, state);
    this.tokens.set(tokenKey, limits);
  }

  read(tokenKey: string): Promise<RateLimits> {
    return Promise.resolve(new Map(this.tokens.get(tokenKey) ?? []));
  }
}

export class RedisRateLimitBook implements RateLimitBook {
  private pending = new Map<string, Map<string, RateLimitState>>();
  private scheduled = false;

  constructor(
    private readonly redis: GuardedRedis,
    private readonly prefix = 'linode-gateway:ratelimit:',
  ) {}

  note(tokenKey: string, operation: string, state: RateLimitState): void {
    const limits = this.pending.get(tokenKey) ?? new Map<string, RateLimitState>();
    limits.set(operation, state);
    this.pending.set(tokenKey, limits);
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => void this.flush());
  }

  async read(tokenKey: string): Promise<RateLimits> {
    const limits: RateLimits = new Map();
    try {
      const fields = await this.redis.call((client) => client.hGetAll(this.prefix + tokenKey));
      for (const [operation, text] of Object.entries(fields)) {
        const [limit, remaining, reset] = text.split(' ').map(Number);
        if ([limit, remaining, reset].every(Number.isFinite)) limits.set(operation, { limit, remaining, reset });
      }
    } catch {
      // unknown: nothing is refused for want of figures
    }
    for (const [operation, state] of this.pending.get(tokenKey) ?? []) limits.set(operation, state);
    return limits;
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = new Map();
    this.scheduled = false;
    try {
      await this.redis.call((client) =>
        Promise.all(
          [...batch].map(async ([tokenKey, limits]) => {
            const key = this.prefix + tokenKey;
            const fields: Record<string, string> = {};
            for (const [operation, s] of limits) fields[operation] = `${s.limit} ${s.remaining} ${s.reset}`;
            await client.hSet(key, fields);
            await client.pExpire(key, KEEP_MS);
          }),
        ),
      );
    } catch {
      // figures are advisory: a failed write leaves the replicas' copy older
    }
  }
}
