// Redis (CACHE_URL: the response cache, token freshness, rate-limit figures, login sessions) as the
// gateway uses it: shared state that must never hold a request up. node-redis queues commands while
// it reconnects and waits for a reply as long as the socket stays open, so a Redis that is away,
// or that stops answering, would stall every request that touches it. Here every use has a
// deadline; once one passes, Redis counts as away for a pause (calls fail at once, and their
// callers do without: a cache miss, a poll of their own), the connection is dropped with the
// commands stuck on it, and the next call after the pause connects again.
import { createRequire } from 'node:module';
import type KeyvRedis from '@keyv/redis';

/**
 * @keyv/redis and the Redis client behind it, loaded only when CACHE_URL names a Redis: the
 * in-memory default never needs them (3.7 MB of heap at rest). Its CommonJS build, so that the
 * gateway can still be built synchronously.
 */
let redisModule: typeof import('@keyv/redis') | undefined;
const redisPackage = () => (redisModule ??= createRequire(import.meta.url)('@keyv/redis') as typeof import('@keyv/redis'));

/** A Redis round trip (or a few) taking longer than this counts as Redis being away. */
export const REDIS_DEADLINE_MS = 1_000;
/** How long Redis then counts as away before it is tried again. */
export const REDIS_PAUSE_MS = 5_000;
const CONNECT_TIMEOUT_MS = 2_000;
const reconnectDelay = (retries: number) => Math.min(100 * 2 ** retries, 2_000);

export type RedisClient = Awaited<ReturnType<KeyvRedis<unknown>['getClient']>>;

export class RedisUnavailableError extends Error {
  constructor(why: string) {
    super(`Redis is unavailable: ${why}`);
    this.name = 'RedisUnavailableError';
  }
}

export class GuardedRedis {
  /** The keyv store over the same client (for Keyv's get/set), to be used through `run`. */
  readonly store: KeyvRedis<unknown>;
  private awayUntil = 0;

  constructor(
    url: string,
    private readonly now: () => number = Date.now,
  ) {
    // While it (re)connects, commands wait in node-redis's queue: bounded by the deadline here.
    const { default: KeyvRedisStore, createClient } = redisPackage();
    const client = createClient({ url, socket: { connectTimeout: CONNECT_TIMEOUT_MS, reconnectStrategy: reconnectDelay } });
    this.store = new KeyvRedisStore<unknown>(client);
    // Connecting now rather than on the first request's behalf.
    this.store.getClient().catch(() => undefined);
  }

  /** `work` with the client, within REDIS_DEADLINE_MS; fails at once while Redis counts as away. */
  call<T>(work: (client: RedisClient) => Promise<T>): Promise<T> {
    return this.run(async () => work(await this.store.getClient()));
  }

  /** `work` (a Keyv call over `store`), within REDIS_DEADLINE_MS; fails at once while Redis counts as away. */
  run<T>(work: () => Promise<T>): Promise<T> {
    if (this.now() < this.awayUntil) return Promise.reject(new RedisUnavailableError('it did not answer in time recently'));
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.awayUntil = this.now() + REDIS_PAUSE_MS;
        // Commands waiting for a reply on a connection that stopped answering are dropped with it.
        this.store.disconnect(true).catch(() => undefined);
        reject(new RedisUnavailableError(`no answer within ${REDIS_DEADLINE_MS} ms`));
      }, REDIS_DEADLINE_MS);
      work().then(
        (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error instanceof Error ? error : new RedisUnavailableError(String(error)));
        },
      );
    });
  }
}

/** A Keyv call over a store that may be Redis: within its deadline when it is (nothing to guard in memory). */
export function guarded<T>(redis: GuardedRedis | undefined, work: () => Promise<T>): Promise<T> {
  return redis ? redis.run(work) : work();
}
