// Reads shared across requests through the response cache, each under the right scope:
//   - `public`: what Linode answers anyone. Fetched without the caller's token, so the shared
//     entry only ever holds what an anonymous request gets; if Linode refuses that (it now wants a
//     token for a catalog the spec calls public), the path is remembered as needing one and read
//     as `private` from then on.
//   - `private`: per token (under a keyed hash of it and the token's write generation), and
//     served from the cache only to a token known valid: one that Linode accepted in this request,
//     or within TOKEN_RECHECK_MS (a `GET /profile` checks it otherwise). A revoked token gets
//     UNAUTHENTICATED, not its cached data.
//   - the token cache (TOKEN_CACHE): every other GET of a token, under the same private keys plus
//     the epoch of the token's freshness state, stored with the state's version; an entry is
//     served while no event dropped what it covers since (src/loaders/token-freshness.ts).
//     Volatile answers (usage, objects in a moving status) live VOLATILE_TTL_MS.
// A request that asks for fresh data (`Cache-Control: no-cache`, `@fresh`) reads none of these
// caches, and stores what it gets.
import type { ResponseCache } from '../rest/cache.js';
import { LinodeApiError } from '../rest/errors.js';
import { droppedAt, isVolatile } from '../rest/event-scopes.js';
import type { FreshnessView } from './token-freshness.js';

export interface CacheRule {
  scope: 'public' | 'private';
  ttlMs: number;
}

export interface TokenCheck {
  /** How long a token checked valid stays known valid. */
  recheckMs: number;
  now: () => number;
}

/** Loads the value; `anonymous` sends no token. */
export type Load<T> = (anonymous: boolean) => Promise<T>;

export interface TokenCacheAccess {
  /** The token's freshness for this request (read once); undefined: nothing is served from the token cache. */
  view(): Promise<FreshnessView | undefined>;
  ttlMs: number;
  volatileTtlMs: number;
}

/** A token cache entry: the answer, the freshness version it was read under, when it expires (epoch ms). */
interface Versioned<T> {
  d: T;
  v: number;
  e: number;
}

/** What a request read through the caches, so that its whole answer can be reused while all of it holds. */
export interface ReadLog {
  /** Paths of every GET the request read. */
  paths: Set<string>;
  /** The earliest expiry among what it read (epoch ms). */
  expiresAt: number;
  /** False once something was read around the token cache (no freshness, fresh reads). */
  complete: boolean;
}

function refusedWithoutToken(error: unknown): boolean {
  return error instanceof LinodeApiError && (error.code === 'UNAUTHENTICATED' || error.code === 'FORBIDDEN');
}

export class SharedReads {
  /** The prefix of this caller's private cache keys, read once per request (see ResponseCache.generation). */
  private privatePrefix: Promise<string> | undefined;
  private check: Promise<void> | undefined;
  private freshness: Promise<FreshnessView | undefined> | undefined;
  /** Read no cache (the caller asked for fresh data); answers are still stored. */
  freshReads = false;
  readonly log: ReadLog = { paths: new Set(), expiresAt: Number.POSITIVE_INFINITY, complete: true };

  constructor(
    private readonly cache: ResponseCache,
    private readonly token: string | null,
    /** Without one, cached private data is served without a check. */
    private readonly tokenCheck: TokenCheck | undefined,
    /** Linode accepted the token in this request already. */
    private readonly acceptedNow: () => boolean,
    /** Asks Linode whether the token is valid (throws UNAUTHENTICATED when not). */
    private readonly askLinode: () => Promise<unknown>,
    private readonly tokenCache?: TokenCacheAccess,
  ) {}

  /** Reads through the cache a rule names; without a rule, through the token cache when there is one. */
  async read<T>(key: string, path: string, rule: CacheRule | undefined, load: Load<T>): Promise<T> {
    this.log.paths.add(path);
    if (!rule) {
      if (this.tokenCache && this.token) return this.throughTokenCache(key, path, undefined, () => load(false));
      this.log.complete = false;
      return load(false);
    }
    if (rule.scope === 'public' && !this.cache.needsToken(path)) {
      try {
        this.log.expiresAt = Math.min(this.log.expiresAt, Date.now() + rule.ttlMs);
        return await this.through(`public:${key}`, rule.ttlMs, () => load(true), false);
      } catch (error) {
        if (!refusedWithoutToken(error)) throw error;
        this.cache.markNeedsToken(path);
      }
    }
    if (!this.token) return load(false);
    if (this.tokenCache) return this.throughTokenCache(key, path, rule.ttlMs, () => load(false));
    this.log.complete = false;
    return this.through(`${await this.callerPrefix()}${key}`, rule.ttlMs, () => load(false), true);
  }

  private async throughTokenCache<T>(key: string, path: string, ttlMs: number | undefined, load: () => Promise<T>): Promise<T> {
    const access = this.tokenCache as TokenCacheAccess;
    this.log.paths.add(path);
    const view = await this.freshnessView();
    if (!view) {
      this.log.complete = false;
      return load();
    }
    if (this.freshReads) this.log.complete = false;
    const cacheKey = `${await this.callerPrefix()}${view.epoch}:${key}`;
    if (!this.freshReads) {
      const hit = await this.cache.get<Versioned<T>>(cacheKey);
      if (hit !== undefined && droppedAt(path, view.drops) <= hit.v) {
        await this.knownValid();
        this.log.expiresAt = Math.min(this.log.expiresAt, hit.e);
        return hit.d;
      }
    }
    const value = await load();
    const ttl = isVolatile(path, value) ? Math.min(access.volatileTtlMs, ttlMs ?? Infinity) : (ttlMs ?? access.ttlMs);
    const expires = Date.now() + ttl;
    this.log.expiresAt = Math.min(this.log.expiresAt, expires);
    void this.cache.set(cacheKey, { d: value, v: view.version, e: expires } satisfies Versioned<T>, ttl);
    return value;
  }

  /** The token's freshness for this request (read once); undefined without the token cache. */
  freshnessView(): Promise<FreshnessView | undefined> {
    if (!this.tokenCache || !this.token) return Promise.resolve(undefined);
    this.freshness ??= this.tokenCache.view();
    return this.freshness;
  }

  /** This caller's key prefix (its write generation) and freshness, for whole answers built from the caches. */
  async snapshot(): Promise<{ prefix: string; view: FreshnessView } | undefined> {
    const view = await this.freshnessView();
    return view && { prefix: `${await this.callerPrefix()}${view.epoch}`, view };
  }

  /** Resolves once cached private data may be served to this token (TOKEN_RECHECK_MS). */
  tokenKnownValid(): Promise<void> {
    return this.knownValid();
  }

  /** After a write: this caller's private entries are read again (a new generation). */
  async newGeneration(): Promise<void> {
    if (!this.token) return;
    this.privatePrefix = undefined;
    await this.cache.newGeneration(this.ownKey());
  }

  private async through<T>(key: string, ttlMs: number, load: () => Promise<T>, isPrivate: boolean): Promise<T> {
    const hit = this.freshReads ? undefined : await this.cache.get<T>(key);
    if (hit !== undefined) {
      if (isPrivate) await this.knownValid();
      return hit;
    }
    const value = await load();
    await this.cache.set(key, value, ttlMs);
    return value;
  }

  /** Resolves once the token is known valid; throws Linode's refusal when it is not. */
  private knownValid(): Promise<void> {
    if (!this.tokenCheck || this.acceptedNow()) return Promise.resolve();
    this.check ??= this.checkToken(this.tokenCheck);
    return this.check;
  }

  private async checkToken({ recheckMs, now }: TokenCheck): Promise<void> {
    const tokenKey = this.ownKey();
    const checkedAt = await this.cache.checkedAt(tokenKey);
    if (checkedAt !== undefined && now() - checkedAt < recheckMs && checkedAt <= now()) return;
    try {
      await this.askLinode();
    } catch (error) {
      // A token without the scope is still a token Linode knows; anything else is not a yes.
      if (!(error instanceof LinodeApiError && error.code === 'FORBIDDEN')) {
        if (error instanceof LinodeApiError && error.code === 'UNAUTHENTICATED') await this.newGeneration();
        throw error;
      }
    }
    await this.cache.markChecked(tokenKey, now(), recheckMs);
  }

  private keyOfToken: string | undefined;

  /** The keyed hash of this caller's token, computed once. */
  ownKey(): string {
    this.keyOfToken ??= this.cache.tokenKey(this.token as string);
    return this.keyOfToken;
  }

  private callerPrefix(): Promise<string> {
    if (!this.privatePrefix) {
      const tokenKey = this.ownKey();
      this.privatePrefix = this.cache.generation(tokenKey).then((generation) => `private:${tokenKey}:${generation}:`);
    }
    return this.privatePrefix;
  }
}
