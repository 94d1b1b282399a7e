// Issue 10, findings 6, 7 and 13 (cookies): a session survives a failed refresh while its access
// token works, replicas refresh once between them, logins in progress store nothing, and over
// https the cookies carry the __Host- prefix.
import { createClient } from '@redis/client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from 'linode-emulator';
import { createGateway, type Gateway } from '../../src/gateway.js';
import { gql } from '../support/gql.js';

const CALLBACK = 'http://gateway.test/auth/callback';
const SECURE_CALLBACK = 'https://gateway.test/auth/callback';
const client = { id: 'sessions-client', secret: 'sessions-secret', redirectUri: CALLBACK };
const secureClient = { id: 'secure-client', secret: 'secure-secret', redirectUri: SECURE_CALLBACK };
let clock = Date.parse('2026-11-30T12:00:00Z');
const now = () => clock;
const ACCESS_TTL_MS = 7200_000;

let emulator: Emulator;
let gateway: Gateway;
const settings = (redirect = CALLBACK, oauth = client) => ({
  linodeApiUrl: emulator.url,
  linodeLoginUrl: emulator.loginUrl,
  oauthClientId: oauth.id,
  oauthClientSecret: oauth.secret,
  oauthRedirectUrl: redirect,
});
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, now, oauthClients: [client, secureClient], rateLimits: false });
  gateway = createGateway(settings(), { now });
});
afterAll(async () => {
  await gateway.close();
  await emulator.close();
});
beforeEach(() => {
  emulator.clearLog();
  emulator.clearFaults();
});

const call = (gw: Gateway, path: string, init: RequestInit = {}) =>
  gw.yoga.fetch(`http://gateway.test${path}`, { redirect: 'manual', ...init }) as Promise<Response>;
const setCookies = (response: Response) => response.headers.getSetCookie();
const cookieValue = (response: Response, name: string) =>
  setCookies(response)
    .map((c) => new RegExp(`^${name}=([^;]*)`).exec(c)?.[1])
    .find((v) => v !== undefined);

async function logIn(gw: Gateway, prefix = ''): Promise<string> {
  const start = await call(gw, '/auth/login');
  const state = cookieValue(start, `${prefix}lgw_oauth_state`) as string;
  const consent = await fetch(start.headers.get('location') as string, { redirect: 'manual' });
  const back = new URL(consent.headers.get('location') as string);
  const done = await call(gw, back.pathname + back.search, { headers: { cookie: `${prefix}lgw_oauth_state=${state}` } });
  expect(done.status).toBe(302);
  return cookieValue(done, `${prefix}lgw_session`) as string;
}

/** The session's profile, through gql() with the session cookie and no Authorization. */
const profile = (gw: Gateway, session: string, prefix = '') =>
  gql(gw, '{ profile { username } }', { token: null, headers: { cookie: `${prefix}lgw_session=${session}` } });

const tokenCalls = () => emulator.log.filter((e) => e.path === '/oauth/token');
const bearers = () => new Set(emulator.log.filter((e) => e.path.startsWith('/v4/')).map((e) => e.authorization));

describe('finding 6: a failed refresh does not log the user out', () => {
  it('a 503 from the token endpoint while the access token still works: the request succeeds with it, the session stays', async () => {
    const session = await logIn(gateway);
    clock += ACCESS_TTL_MS - 30_000; // inside the refresh margin, not yet expired
    emulator.clearLog();
    emulator.inject({ path: '/oauth/token', status: 503, times: 1 });
    const first = await profile(gateway, session);
    expect(first.status).toBe(200);
    expect(first.errors).toBeUndefined();
    expect(tokenCalls()).toHaveLength(1);
    // The next request does not ask again at once, and the session is still there.
    expect((await profile(gateway, session)).errors).toBeUndefined();
    expect(tokenCalls()).toHaveLength(1);
    clock += 20_000; // past the retry delay: refreshed now
    expect((await profile(gateway, session)).errors).toBeUndefined();
    expect(tokenCalls()).toHaveLength(2);
    clock += ACCESS_TTL_MS / 2;
  });

  it('an expired access token and a 503: this request is UNAUTHENTICATED, the next one refreshes', async () => {
    const session = await logIn(gateway);
    clock += ACCESS_TTL_MS + 1_000;
    emulator.clearLog();
    emulator.inject({ path: '/oauth/token', status: 503, times: 1 });
    const first = await profile(gateway, session);
    expect(first.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(emulator.log.filter((e) => e.path.startsWith('/v4/'))).toHaveLength(1); // Linode said 401 to no token
    expect((await profile(gateway, session)).errors).toBeUndefined();
    expect(tokenCalls()).toHaveLength(2);
  });

  it.skipIf(!process.env.REDIS_URL)(
    'two replicas refreshing at once: one refresh between them, both requests served, the session kept',
    async () => {
      const shared = { ...settings(), cacheUrl: process.env.REDIS_URL, sessionSecret: 'replicas-share-this-secret' };
      const one = createGateway(shared, { now });
      const two = createGateway(shared, { now });
      try {
        const session = await logIn(one);
        clock += ACCESS_TTL_MS - 30_000;
        emulator.clearLog();
        const answers = await Promise.all([profile(one, session), profile(two, session), profile(one, session), profile(two, session)]);
        for (const answer of answers) expect(answer.errors).toBeUndefined();
        expect(tokenCalls()).toHaveLength(1); // the refresh token rotates: a second refresh would have failed
        emulator.clearLog();
        await Promise.all([profile(one, session), profile(two, session)]);
        expect(bearers().size).toBe(1); // both replicas use the new token
        expect(tokenCalls()).toHaveLength(0);
      } finally {
        clock += ACCESS_TTL_MS / 2;
        await one.close();
        await two.close();
      }
    },
  );
});

describe('finding 7: a login in progress stores nothing', () => {
  it('a flood of GET /auth/login adds no entry to the session store, and sessions stay', async () => {
    const session = await logIn(gateway);
    const held = gateway.login?.sessions.memoryEntries;
    expect(held).toBeGreaterThan(0);
    for (let i = 0; i < 500; i += 1) expect((await call(gateway, '/auth/login')).status).toBe(302);
    expect(gateway.login?.sessions.memoryEntries).toBe(held);
    expect((await profile(gateway, session)).errors).toBeUndefined();
  });

  it.skipIf(!process.env.REDIS_URL)('with Redis: no key per login started', async () => {
    const shared = createGateway({ ...settings(), cacheUrl: process.env.REDIS_URL, sessionSecret: 'flood-secret' }, { now });
    const redis = createClient({ url: process.env.REDIS_URL });
    await redis.connect();
    try {
      await call(shared, '/auth/login'); // connects the store
      const before = (await redis.keys('linode-gateway-sessions:*')).length;
      for (let i = 0; i < 200; i += 1) await call(shared, '/auth/login');
      expect((await redis.keys('linode-gateway-sessions:*')).length).toBe(before);
    } finally {
      await redis.quit();
      await shared.close();
    }
  });

  it('a state cookie from another secret, tampered with or expired is refused', async () => {
    const start = await call(gateway, '/auth/login');
    const sealed = cookieValue(start, 'lgw_oauth_state') as string;
    const state = new URL(start.headers.get('location') as string).searchParams.get('state') as string;
    const tampered = `${sealed.slice(0, -2)}xx`;
    const answer = await call(gateway, `/auth/callback?code=x&state=${state}`, { headers: { cookie: `lgw_oauth_state=${tampered}` } });
    expect([answer.status, (await answer.json()).errors[0].extensions.code]).toEqual([400, 'OAUTH_STATE_INVALID']);
    clock += 11 * 60_000;
    const late = await call(gateway, `/auth/callback?code=x&state=${state}`, { headers: { cookie: `lgw_oauth_state=${sealed}` } });
    expect([late.status, (await late.json()).errors[0].extensions.code]).toEqual([400, 'OAUTH_STATE_INVALID']);
    expect(tokenCalls()).toHaveLength(0);
  });
});

describe('finding 13: cookies over https', () => {
  it('carry the __Host- prefix, Secure, Path=/ and no Domain; the session works with them', async () => {
    const secure = createGateway(settings(SECURE_CALLBACK, secureClient), { now });
    try {
      const start = await call(secure, '/auth/login');
      expect(setCookies(start)[0]).toMatch(/^__Host-lgw_oauth_state=[^;]+; Path=\/; HttpOnly; SameSite=Lax; Secure; Max-Age=600$/);
      const session = await logIn(secure, '__Host-');
      expect((await profile(secure, session, '__Host-')).errors).toBeUndefined();
      for (const header of setCookies(start)) expect(header).not.toMatch(/Domain=/i);
    } finally {
      await secure.close();
    }
  });
});
