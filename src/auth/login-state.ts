// The state of a login in progress, kept by the browser only: a short-lived cookie holding the
// `state` sent to Linode, where to return, and when it expires, signed with an HMAC. The gateway
// stores nothing per login started, so no number of `GET /auth/login` can fill its store.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export interface LoginState {
  /** The `state` parameter sent to Linode and expected back. */
  nonce: string;
  returnTo: string;
  /** Epoch ms. */
  expiresAt: number;
}

export function newLoginState(returnTo: string, ttlMs: number, now: number): LoginState {
  return { nonce: randomBytes(24).toString('base64url'), returnTo, expiresAt: now + ttlMs };
}

function signature(key: Buffer, body: string): string {
  return createHmac('sha256', key).update(body).digest('base64url');
}

/** The cookie value: the state as base64url JSON, a dot, its signature. */
export function sealLoginState(key: Buffer, state: LoginState): string {
  const body = Buffer.from(JSON.stringify(state)).toString('base64url');
  return `${body}.${signature(key, body)}`;
}

/** The state of a cookie signed with this key and not expired; undefined for anything else. */
export function openLoginState(key: Buffer, value: string | undefined, now: number): LoginState | undefined {
  if (!value || value.length > 4096) return undefined;
  const [body, sig, extra] = value.split('.');
  if (!body || !sig || extra !== undefined) return undefined;
  const expected = Buffer.from(signature(key, body));
  const given = Buffer.from(sig);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  try {
    const state = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Partial<LoginState>;
    if (typeof state.nonce !== 'string' || typeof state.returnTo !== 'string' || typeof state.expiresAt !== 'number') return undefined;
    return state.expiresAt > now ? (state as LoginState) : undefined;
  } catch {
    return undefined;
  }
}
