// Browser sessions of the OAuth login flow, held in keyv (in memory, or Redis shared by replicas).
// The session id lives only in the browser's cookie; the store knows it by a keyed hash. The
// Linode tokens of a session are stored encrypted (AES-256-GCM): neither a store dump nor a log
// holds a usable token. Only sessions (and, briefly, the mark of a login completed) are stored:
// a login in progress lives in a signed cookie (src/auth/login-state.ts), so anonymous requests
// cannot fill the store and push sessions out.
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import { guarded, GuardedRedis } from '../rest/redis-store.js';
import Keyv from 'keyv';
import { BoundedStore } from '../rest/cache.js';
import { memoryLock, redisLock, type RefreshLock } from './refresh-lock.js';

export interface SessionTokens {
  accessToken: string;
  refreshToken: string;
  /** Epoch ms when the access token expires. */
  expiresAt: number;
  scopes: string;
  /** After a failed refresh, when to try again (epoch ms); the access token serves until then. */
  retryRefreshAt?: number;
}

export interface SessionStoreOptions {
  /** `redis://...`; empty: in memory. */
  url?: string;
  /** Keys the session hashes and the encryption; replicas must share it. */
  secret: string;
  ttlMs: number;
  maxEntries?: number;
  /** Clock of the in-memory lock. */
  now?: () => number;
}

export class SessionStore {
  readonly keyv: Keyv;
  /** The lock one replica holds while it refreshes a session (shared through Redis). */
  readonly refreshLock: RefreshLock;
  /** Signs login states (cookies); replicas sharing the secret accept each other's. */
  readonly stateKey: Buffer;
  private readonly hashKey: Buffer;
  private readonly cipherKey: Buffer;
  private readonly memory: BoundedStore | undefined;
  /** With Redis (CACHE_URL): every use within its deadline (src/rest/redis-store.ts). */
  private readonly redis: GuardedRedis | undefined;

  constructor(private readonly options: SessionStoreOptions) {
    const redis = options.url ? new GuardedRedis(options.url) : undefined;
    this.redis = redis;
    this.memory = redis ? undefined : new BoundedStore(options.maxEntries ?? 100_000);
    this.keyv = new Keyv({ store: redis?.store ?? this.memory, namespace: 'linode-gateway-sessions' });
    this.keyv.on('error', () => undefined);
    this.refreshLock = redis ? redisLock(redis, 'linode-gateway-sessions:lock:') : memoryLock(options.now);
    this.hashKey = createHash('sha256').update(`session-id:${options.secret}`).digest();
    this.cipherKey = createHash('sha256').update(`session-tokens:${options.secret}`).digest();
    this.stateKey = createHash('sha256').update(`login-state:${options.secret}`).digest();
  }

  /** Entries held in memory (undefined with Redis). */
  get memoryEntries(): number | undefined {
    return this.memory?.held;
  }

  /** The name of a session in shared keys (locks): a keyed hash of its id. */
  nameOf(id: string): string {
    return this.hash(id);
  }

  /** A new session for these tokens; returns the id for the cookie. */
  async create(tokens: SessionTokens): Promise<string> {
    const id = randomBytes(32).toString('base64url');
    await this.save(id, tokens);
    return id;
  }

  async get(id: string): Promise<SessionTokens | undefined> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(id)) return undefined;
    const sealed = (await guarded(this.redis, () => this.keyv.get(this.key(id))).catch(() => undefined)) as string | undefined;
    return sealed ? this.open(sealed) : undefined;
  }

  async save(id: string, tokens: SessionTokens): Promise<void> {
    await guarded(this.redis, () => this.keyv.set(this.key(id), this.seal(tokens), this.options.ttlMs));
  }

  async delete(id: string): Promise<void> {
    await guarded(this.redis, () => this.keyv.delete(this.key(id))).catch(() => undefined);
  }

  /** Marks a completed login's state as used until it would have expired: a replayed callback is refused. */
  async markUsed(name: string, ttlMs: number): Promise<void> {
    await guarded(this.redis, () => this.keyv.set(`used:${this.hash(name)}`, true, Math.max(1, ttlMs))).catch(() => undefined);
  }

  async isUsed(name: string): Promise<boolean> {
    return (await guarded(this.redis, () => this.keyv.get(`used:${this.hash(name)}`)).catch(() => undefined)) === true;
  }

  close(): Promise<void> {
    return this.keyv.disconnect().catch(() => undefined);
  }

  private key(id: string): string {
    return `session:${this.hash(id)}`;
  }

  private hash(value: string): string {
    return createHmac('sha256', this.hashKey).update(value).digest('base64url');
  }

  private seal(tokens: SessionTokens): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.cipherKey, iv);
    const body = Buffer.concat([cipher.update(JSON.stringify(tokens), 'utf8'), cipher.final()]);
    return [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64url')).join('.');
  }

  private open(sealed: string): SessionTokens | undefined {
    try {
      const [iv, tag, body] = sealed.split('.').map((part) => Buffer.from(part, 'base64url'));
      const decipher = createDecipheriv('aes-256-gcm', this.cipherKey, iv);
      decipher.setAuthTag(tag);
      return JSON.parse(Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8')) as SessionTokens;
    } catch {
      return undefined; // another secret, or tampered with: no session
    }
  }
}
