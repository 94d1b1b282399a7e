// Per token, what its cache may still serve, shared by the gateway's replicas (in Redis with
// CACHE_URL, else in this process): a version that every drop raises, the version at which each
// path marker was last dropped (src/rest/event-scopes.ts), where the events poll stands (the last
// event id, events still under way) and when it last completed, and an epoch that is part of the
// token's cache keys (state lost or expired: a new epoch, so nothing cached before is read).
// A lease lets one replica at a time poll for a token (src/resolvers/event-pollers.ts).
import { randomBytes } from 'node:crypto';
import type { GuardedRedis, RedisClient } from './redis-store.js';
import { LRUCache } from 'lru-cache';

export interface FreshnessState {
  epoch: string;
  version: number;
  /** Epoch ms of the last completed events poll (by any replica); 0: never. */
  polledAt: number;
  /** The newest event id the polls have seen; undefined before the first poll. */
  lastEventId?: number;
  /** Events still under way (id -> status), followed until they settle. */
  followed: Record<string, string>;
  /** Marker -> version it was dropped at. */
  drops: Record<string, number>;
}

export interface PollRecord {
  polledAt: number;
  lastEventId: number;
  followed: Record<string, string>;
  /** Markers to drop (none: only the poll's progress is recorded). */
  drops: string[];
}

export interface FreshnessStore {
  read(tokenKey: string): Promise<FreshnessState>;
  /** Records a poll; returns the version after it. */
  record(tokenKey: string, poll: PollRecord): Promise<number>;
  /** True when this replica leads the token's polling for the next `ttlMs` (taken, or renewed by its holder). */
  lease(tokenKey: string, ttlMs: number): Promise<boolean>;
}

/** More markers than this and the token's drops are folded into one drop of everything. */
const MAX_MARKERS = 1_000;
const newEpoch = () => randomBytes(6).toString('base64url');

/** In this process only: one replica, or tests. */
export class MemoryFreshnessStore implements FreshnessStore {
  private readonly states: LRUCache<string, FreshnessState>;

  constructor(ttlMs: number) {
    this.states = new LRUCache({ max: 10_000, ttl: ttlMs, updateAgeOnGet: true });
  }

  read(tokenKey: string): Promise<FreshnessState> {
    return Promise.resolve(this.current(tokenKey));
  }

  private current(tokenKey: string): FreshnessState {
    let state = this.states.get(tokenKey);
    if (!state) {
      state = { epoch: newEpoch(), version: 0, polledAt: 0, followed: {}, drops: {} };
      this.states.set(tokenKey, state);
    }
    return state;
  }

  record(tokenKey: string, poll: PollRecord): Promise<number> {
    const state = this.current(tokenKey);
    const version = poll.drops.length > 0 ? state.version + 1 : state.version;
    let drops = { ...state.drops };
    for (const marker of poll.drops) drops[marker] = version;
    if (Object.keys(drops).length > MAX_MARKERS) drops = { '/': version };
    this.states.set(tokenKey, {
      epoch: state.epoch,
      version,
      polledAt: Math.max(state.polledAt, poll.polledAt),
      lastEventId: Math.max(state.lastEventId ?? 0, poll.lastEventId),
      followed: poll.followed,
      drops,
    });
    return Promise.resolve(version);
  }

  /** One process: it always leads. */
  lease(): Promise<boolean> {
    return Promise.resolve(true);
  }
}

// One hash per token: epoch, v (version), polled, last, followed (JSON), d:<marker> -> version.
const RECORD_SCRIPT = `
local key = KEYS[1]
if redis.call('HEXISTS', key, 'epoch') == 0 then redis.call('HSET', key, 'epoch', ARGV[5]) end
local v = tonumber(redis.call('HGET', key, 'v') or '0')
if #ARGV > 6 then
  v = redis.call('HINCRBY', key, 'v', 1)
  for i = 7, #ARGV do redis.call('HSET', key, 'd:' .. ARGV[i], v) end
  if redis.call('HLEN', key) > tonumber(ARGV[6]) then
    for _, field in ipairs(redis.call('HKEYS', key)) do
      if string.sub(field, 1, 2) == 'd:' then redis.call('HDEL', key, field) end
    end
    redis.call('HSET', key, 'd:/', v)
  end
end
local polled = tonumber(redis.call('HGET', key, 'polled') or '0')
if tonumber(ARGV[1]) > polled then redis.call('HSET', key, 'polled', ARGV[1]) end
local last = tonumber(redis.call('HGET', key, 'last') or '0')
if tonumber(ARGV[2]) > last then redis.call('HSET', key, 'last', ARGV[2]) end
redis.call('HSET', key, 'followed', ARGV[3])
redis.call('PEXPIRE', key, ARGV[4])
return v
`;

// The lease: taken when free (SET NX PX), renewed by its holder, left to expire otherwise.
const LEASE_SCRIPT = `
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('PEXPIRE', KEYS[1], ARGV[2]) return 1 end
return 0
`;

/** Shared by the replicas that share CACHE_URL. A Redis failure reads as a state nothing can be served from. */
export class RedisFreshnessStore implements FreshnessStore {
  /** This replica, as lease holder. */
  private readonly owner = randomBytes(9).toString('base64url');

  constructor(
    private readonly redis: GuardedRedis,
    private readonly ttlMs: number,
    private readonly prefix = 'linode-gateway:fresh:',
  ) {}

  read(tokenKey: string): Promise<FreshnessState> {
    return this.redis.call((client) => this.readWith(client, tokenKey));
  }

  private async readWith(client: RedisClient, tokenKey: string): Promise<FreshnessState> {
    const key = this.prefix + tokenKey;
    let hash = await client.hGetAll(key);
    if (!hash.epoch) {
      await client.hSetNX(key, 'epoch', newEpoch());
      await client.pExpire(key, this.ttlMs);
      hash = await client.hGetAll(key);
    }
    const drops: Record<string, number> = {};
    for (const [field, value] of Object.entries(hash)) if (field.startsWith('d:')) drops[field.slice(2)] = Number(value);
    return {
      epoch: hash.epoch,
      version: Number(hash.v ?? 0),
      polledAt: Number(hash.polled ?? 0),
      lastEventId: hash.last === undefined ? undefined : Number(hash.last),
      followed: hash.followed ? (JSON.parse(hash.followed) as Record<string, string>) : {},
      drops,
    };
  }

  async record(tokenKey: string, poll: PollRecord): Promise<number> {
    const answer = await this.redis.call((client) =>
      client.eval(RECORD_SCRIPT, {
        keys: [this.prefix + tokenKey],
        arguments: [
          String(poll.polledAt),
          String(poll.lastEventId),
          JSON.stringify(poll.followed),
          String(this.ttlMs),
          newEpoch(),
          String(MAX_MARKERS),
          ...poll.drops,
        ],
      }),
    );
    return Number(answer);
  }

  async lease(tokenKey: string, ttlMs: number): Promise<boolean> {
    try {
      const answer = await this.redis.call((client) =>
        client.eval(LEASE_SCRIPT, { keys: [`${this.prefix}lease:${tokenKey}`], arguments: [this.owner, String(ttlMs)] }),
      );
      return Number(answer) === 1;
    } catch {
      return true; // Redis unreachable: poll rather than let the cache go stale
    }
  }
}
