// Service tokens for the metrics host, kept in this process's memory only: never in Redis (a
// token reads its entities' metrics for hours, whatever becomes of the caller's Linode token),
// never in a log or an answer. One per caller (by the keyed hash of its Linode token), service
// type and set of entities; requests that need the same one at once share its issuing.
import { LRUCache } from 'lru-cache';

export interface MonitorToken {
  token: string;
  /** Epoch ms: the token is not used past this. */
  expiresAt: number;
  /** Epoch ms: when Linode last accepted the caller's token (it issued this token then). */
  checkedAt: number;
}

/** Linode's tokens carry `exp` in their readable JWE header; without it, this long. */
const DEFAULT_LIFETIME_MS = 15 * 60_000;
/** Never longer than this, whatever the header says (Linode's last six hours). */
const MAX_LIFETIME_MS = 6 * 60 * 60_000;
/** Given up a minute early: clocks differ, and a request takes time. */
const MARGIN_MS = 60_000;

/** When a token should be given up: its JWE header's `exp` (seconds), bounded, less the margin. */
export function tokenExpiry(token: string, issuedAt: number): number {
  let exp: unknown;
  try {
    exp = (JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString('utf8')) as { exp?: unknown }).exp;
  } catch {
    exp = undefined;
  }
  const until = typeof exp === 'number' && Number.isFinite(exp) ? exp * 1000 : issuedAt + DEFAULT_LIFETIME_MS;
  return Math.min(until, issuedAt + MAX_LIFETIME_MS) - MARGIN_MS;
}

export class MonitorTokens {
  private readonly held: LRUCache<string, MonitorToken>;
  private readonly issuing = new Map<string, Promise<MonitorToken>>();

  constructor(
    private readonly now: () => number,
    max = 2_000,
  ) {
    this.held = new LRUCache({ max });
  }

  /** The key of a caller's token for `entityIds` (sorted, distinct) of `serviceType`. */
  static key(callerKey: string, serviceType: string, entityIds: ReadonlyArray<string | number>): string {
    return `${callerKey}\u0000${serviceType}\u0000${entityIds.join(',')}`;
  }

  /** The token held under `key`, while it has not expired. */
  get(key: string): MonitorToken | undefined {
    const held = this.held.get(key);
    if (held && held.expiresAt <= this.now()) this.held.delete(key);
    return held && held.expiresAt > this.now() ? held : undefined;
  }

  /** Notes that Linode accepted the caller's token again (TOKEN_RECHECK_MS). */
  checked(key: string): void {
    const held = this.held.get(key);
    if (held) held.checkedAt = this.now();
  }

  /** Forgets `token` (the metrics host refused it), unless another has replaced it already. */
  drop(key: string, token: string): void {
    if (this.held.get(key)?.token === token) this.held.delete(key);
  }

  /** A new token from `issue`, held under `key`; concurrent callers of one key share one issuing. */
  renew(key: string, issue: () => Promise<string>): Promise<MonitorToken> {
    const pending = this.issuing.get(key);
    // A shared issuing that failed may have failed for its own request (gone away, out of budget): ask again.
    if (pending) return pending.catch(() => this.issueNow(key, issue));
    return this.issueNow(key, issue);
  }

  private issueNow(key: string, issue: () => Promise<string>): Promise<MonitorToken> {
    const issuedAt = this.now();
    const pending = issue()
      .then((token) => {
        const held: MonitorToken = { token, expiresAt: tokenExpiry(token, issuedAt), checkedAt: issuedAt };
        this.held.set(key, held);
        return held;
      })
      .finally(() => {
        if (this.issuing.get(key) === pending) this.issuing.delete(key);
      });
    this.issuing.set(key, pending);
    return pending;
  }
}
