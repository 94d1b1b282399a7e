// Cross-request response cache on keyv: bounded in memory by default, Redis when CACHE_URL is set.
// Public catalogs are shared by every caller; anything fetched with a token is keyed by a keyed
// hash (HMAC) of that token, never the token itself, and is invalidated by that token's writes.
import { createHmac, randomBytes } from 'node:crypto';
import Keyv from 'keyv';
import { LRUCache } from 'lru-cache';
import { guarded, GuardedRedis } from './redis-store.js';

const GENERATION_TTL_MS = 24 * 60 * 60 * 1000;

export interface ResponseCacheOptions {
  url?: string; // redis://... ; empty = in memory
  maxEntries?: number; // in-memory bound
  secret?: string; // HMAC key for token hashes; share it between replicas
  namespace?: string;
  /** The clock of Redis's pause after a missed deadline (src/rest/redis-store.ts); tests move it. */
  now?: () => number;
}

export interface CacheStats {
  hits: number;
  misses: number;
}

/**
 * Bounded in-memory store for keyv. keyv calls `set(key, value, ttl)` Map-style and handles expiry
 * itself, while lru-cache's third argument is an options object, so this adapter sits between.
 */
export class BoundedStore extends Map<string, unknown> {
  private readonly lru: LRUCache<string, object>;

  constructor(max: number) {
    super();
    this.lru = new LRUCache<string, object>({ max });
  }

  override get(key: string): unknown {
    return this.lru.get(key);
  }

  override set(key: string, value: unknown): this {
    this.lru.set(key, value as object);
    return this;
  }

  override has(key: string): boolean {
    return this.lru.has(key);
  }

  override delete(key: string): boolean {
    return this.lru.delete(key);
  }

  override clear(): void {
    this.lru.clear();
  }

  /** Entries held now. */
  get held(): number {
    return this.lru.size;
  }

  // Iteration reads the LRU too: the Map underneath stays empty. (LRUCache's iterators are
  // generators; TypeScript's MapIterator type asks for an `undefined` return they do not declare.)
  override get size(): number {
    return this.lru.size;
  }

  override keys(): MapIterator<string> {
    return this.lru.keys() as unknown as MapIterator<string>;
  }

  override values(): MapIterator<unknown> {
    return this.lru.values() as unknown as MapIterator<unknown>;
  }

  override entries(): MapIterator<[string, unknown]> {
    return this.lru.entries() as unknown as MapIterator<[string, unknown]>;
  }

  override [Symbol.iterator](): MapIterator<[string, unknown]> {
    return this.entries();
  }

  override forEach(callback: (value: unknown, key: string, map: Map<string, unknown>) => void): void {
    this.lru.forEach((value, key) => callback(value, key, this));
  }
}

export class ResponseCache {
  readonly keyv: Keyv;
  /** Redis when CACHE_URL names one (shared state beyond plain entries uses it too), every use within a deadline. */
  readonly redis: GuardedRedis | undefined;
  readonly stats: CacheStats = { hits: 0, misses: 0 };
  private readonly secret: string;
  /** Paths the spec calls public that Linode refused without a token (this process's memory). */
  private readonly tokenRequired = new Set<string>();

  constructor(options: ResponseCacheOptions = {}) {
    this.redis = options.url ? new GuardedRedis(options.url, options.now) : undefined;
    const store = this.redis?.store ?? new BoundedStore(options.maxEntries ?? 5_000);
    // In memory, answers are kept as the objects they are (no JSON round trip per read): they are
    // never changed after they are parsed (resolvers copy before adding anything of their own).
    this.keyv = this.redis
      ? new Keyv({ store, namespace: options.namespace ?? 'linode-gateway' })
      : new Keyv({ store, namespace: options.namespace ?? 'linode-gateway', serialize: undefined, deserialize: undefined });
    // A cache error must not fail the request: the cache is an optimisation.
    this.keyv.on('error', () => undefined);
    this.secret = options.secret ?? randomBytes(32).toString('hex');
  }

  /** Keyed hash naming a caller in cache keys; irreversible without the secret. */
  tokenKey(token: string): string {
    return createHmac('sha256', this.secret).update(token).digest('base64url').slice(0, 32);
  }

  async get<T>(key: string): Promise<T | undefined> {
    let value: T | undefined;
    try {
      value = await guarded(this.redis, () => this.keyv.get<T>(key));
    } catch {
      value = undefined;
    }
    if (value === undefined) this.stats.misses += 1;
    else this.stats.hits += 1;
    return value;
  }

  async set(key: string, value: unknown, ttlMs: number): Promise<void> {
    try {
      await guarded(this.redis, () => this.keyv.set(key, value, ttlMs));
    } catch {
      // ignored: see constructor
    }
  }

  /**
   * The generation of a caller's private entries: part of their keys, so that starting a new one
   * (after the caller writes) leaves everything cached before unread. The old entries expire on
   * their own. Kept in the cache itself, so replicas sharing Redis agree on it.
   */
  async generation(tokenKey: string): Promise<string> {
    try {
      return ((await guarded(this.redis, () => this.keyv.get(`generation:${tokenKey}`))) as string | undefined) ?? '0';
    } catch {
      return '0';
    }
  }

  async newGeneration(tokenKey: string): Promise<void> {
    // Outlives every private entry's TTL; once it expires, entries of generation '0' are long gone.
    await this.set(`generation:${tokenKey}`, `${Date.now().toString(36)}.${randomBytes(4).toString('hex')}`, GENERATION_TTL_MS);
  }

  needsToken(path: string): boolean {
    return this.tokenRequired.has(path);
  }

  markNeedsToken(path: string): void {
    this.tokenRequired.add(path);
  }

  /** When Linode last accepted this token (epoch ms, by the gateway's clock), as far as the cache knows. */
  async checkedAt(tokenKey: string): Promise<number | undefined> {
    try {
      const at: unknown = await guarded(this.redis, () => this.keyv.get(`checked:${tokenKey}`));
      return typeof at === 'number' ? at : undefined;
    } catch {
      return undefined;
    }
  }

  async markChecked(tokenKey: string, at: number, ttlMs: number): Promise<void> {
    await guarded(this.redis, () => this.keyv.set(`checked:${tokenKey}`, at, ttlMs)).catch(() => undefined);
  }

  async close(): Promise<void> {
    await this.keyv.disconnect().catch(() => undefined);
  }
}
