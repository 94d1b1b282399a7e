// Browser sessions of the OAuth login flow, held in keyv (in memory, or Redis shared by replicas).
// The session id lives only in the browser's cookie; the store knows it by a keyed hash. The
// Linode tokens of a session are stored encrypted (AES-256-GCM): neither a store dump nor a log
// holds a usable token.
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import KeyvRedis from '@keyv/redis';
import Keyv from 'keyv';
import { BoundedStore } from '../rest/cache.js';

export interface SessionTokens {
  accessToken: string;
  refreshToken: string;
  /** Epoch ms when the access token expires. */
  expiresAt: number;
  scopes: string;
}

export interface SessionStoreOptions {
  /** `redis://...`; empty: in memory. */
  url?: string;
  /** Keys the session hashes and the encryption; replicas must share it. */
  secret: string;
  ttlMs: number;
  maxEntries?: number;
}

export class SessionStore {
  readonly keyv: Keyv;
  private readonly hashKey: Buffer;
  private readonly cipherKey: Buffer;

  constructor(private readonly options: SessionStoreOptions) {
    this.keyv = new Keyv({ store: options.url ? new KeyvRedis(options.url) : new BoundedStore(options.maxEntries ?? 100_000), namespace: 'linode-gateway-sessions' });
    this.keyv.on('error', () => undefined);
    this.hashKey = createHash('sha256').update(`session-id:${options.secret}`).digest();
    this.cipherKey = createHash('sha256').update(`session-tokens:${options.secret}`).digest();
  }

  /** A new session for these tokens; returns the id for the cookie. */
  async create(tokens: SessionTokens): Promise<string> {
    const id = randomBytes(32).toString('base64url');
    await this.save(id, tokens);
    return id;
  }

  async get(id: string): Promise<SessionTokens | undefined> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(id)) return undefined;
    const sealed = (await this.keyv.get(this.key(id)).catch(() => undefined)) as string | undefined;
    return sealed ? this.open(sealed) : undefined;
  }

  async save(id: string, tokens: SessionTokens): Promise<void> {
    await this.keyv.set(this.key(id), this.seal(tokens), this.options.ttlMs);
  }

  async delete(id: string): Promise<void> {
    await this.keyv.delete(this.key(id)).catch(() => undefined);
  }

  /** One-time values of the login flow (`state`), kept briefly. */
  async putOnce(name: string, value: unknown, ttlMs: number): Promise<void> {
    await this.keyv.set(`once:${this.hash(name)}`, value, ttlMs);
  }

  async takeOnce<T>(name: string): Promise<T | undefined> {
    const key = `once:${this.hash(name)}`;
    const value = (await this.keyv.get(key).catch(() => undefined)) as T | undefined;
    if (value !== undefined) await this.keyv.delete(key).catch(() => undefined);
    return value;
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
