// A short lock shared by the gateway's replicas, so one of them refreshes a session's tokens
// while the others wait (Linode rotates the refresh token: a second refresh with the old one
// fails). In Redis it is `SET key NX PX ttl`; in memory (one process) a map with expiry times.
import { randomBytes } from 'node:crypto';
import type { GuardedRedis } from '../rest/redis-store.js';

export interface RefreshLock {
  /** True when this caller holds the lock now (for at most `ttlMs`). */
  acquire(name: string, ttlMs: number): Promise<boolean>;
  release(name: string): Promise<void>;
}

export function memoryLock(now: () => number = Date.now): RefreshLock {
  const held = new Map<string, number>();
  return {
    acquire(name, ttlMs) {
      const until = held.get(name);
      if (until !== undefined && until > now()) return Promise.resolve(false);
      held.set(name, now() + ttlMs);
      return Promise.resolve(true);
    },
    release(name) {
      held.delete(name);
      return Promise.resolve();
    },
  };
}

export function redisLock(redis: GuardedRedis, prefix: string): RefreshLock {
  const mine = new Map<string, string>();
  return {
    async acquire(name, ttlMs) {
      const owner = randomBytes(12).toString('base64url');
      try {
        const answer = await redis.call((client) =>
          client.set(`${prefix}${name}`, owner, { condition: 'NX', expiration: { type: 'PX', value: ttlMs } }),
        );
        if (answer !== 'OK') return false;
        mine.set(name, owner);
        return true;
      } catch {
        // Redis unreachable: refresh anyway rather than leave the session stuck.
        return true;
      }
    },
    async release(name) {
      const owner = mine.get(name);
      mine.delete(name);
      if (!owner) return;
      try {
        // Only our own lock: after its TTL another replica may hold it.
        await redis.call(async (client) => {
          if ((await client.get(`${prefix}${name}`)) === owner) await client.del(`${prefix}${name}`);
        });
      } catch {
        // it expires on its own
      }
    },
  };
}
