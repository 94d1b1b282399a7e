// "Log in with Linode": the authorization-code flow against the emulator's login server, the
// session cookie, token refresh, logout with revocation, and the attacks the flow must refuse.
import { createClient } from '@redis/client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_TOKEN, startEmulator, type Emulator } from 'linode-emulator';
import { createGateway, type Gateway } from '../../src/gateway.js';
import { gql } from '../support/gql.js';

const CALLBACK = 'http://gateway.test/auth/callback';
const PROFILE = '{ profile { username } }';
const client = { id: 'test-client', secret: 'test-secret', redirectUri: CALLBACK };
let clock = Date.parse('2026-11-30T12:00:00Z');
const now = () => clock;

let emulator: Emulator;
let gateway: Gateway;
const settings = () => ({
  linodeLoginUrl: emulator.loginUrl,
  oauthClientId: client.id,
  oauthClientSecret: client.secret,
  oauthRedirectUrl: CALLBACK,
});
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, now, oauthClients: [client] });
  gateway = createGateway({ linodeApiUrl: emulator.url, ...settings() }, { now });
});
afterAll(async () => {
  await gateway.close();
  await emulator.close();
});
beforeEach(() => emulator.clearLog());

const call = (gw: Gateway, path: string, init: RequestInit = {}) =>
  gw.yoga.fetch(`http://gateway.test${path}`, { redirect: 'manual', ...init }) as Promise<Response>;

function cookieOf(response: Response, name: string): string | undefined {
  const header = response.headers.get('set-cookie') ?? '';
  return new RegExp(`(?:^|, )${name}=([^;]*)`).exec(header)?.[1];
}

/** The whole flow as a browser runs it; returns the session cookie. */
async function logIn(gw = gateway, returnTo = '/graphql'): Promise<{ session: string; landing: string }> {
  const start = await call(gw, `/auth/login?return_to=${encodeURIComponent(returnTo)}`);
  expect(start.status).toBe(302);
  const state = cookieOf(start, 'lgw_oauth_state');
  const consent = await fetch(start.headers.get('location') as string, { redirect: 'manual' });
  expect(consent.status).toBe(302);
  const back = new URL(consent.headers.get('location') as string);
  expect(back.origin + back.pathname).toBe(CALLBACK);
  const done = await call(gw, back.pathname + back.search, { headers: { cookie: `lgw_oauth_state=${state}` } });
  expect(done.status).toBe(302);
  const session = cookieOf(done, 'lgw_session');
  expect(session).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(done.headers.get('set-cookie')).toMatch(/lgw_session=[^;]+; Path=\/; HttpOnly; SameSite=Lax/);
  return { session: session as string, landing: done.headers.get('location') as string };
}

/** gql() options that send a session cookie and no Authorization. */
const withSession = (session: string, headers: Record<string, string> = {}) => ({
  token: null,
  headers: { cookie: `lgw_session=${session}`, ...headers },
});

const bearerSeen = () => emulator.log.filter((e) => e.path.startsWith('/v4/')).map((e) => e.authorization);

describe('log in with Linode', () => {
  it('a browser logs in and queries with its session cookie; Linode receives the OAuth token, the browser never sees it', async () => {
    const { session, landing } = await logIn(gateway, '/graphql?tab=1');
    expect(landing).toBe('/graphql?tab=1');
    const { data, errors } = await gql(gateway, PROFILE, withSession(session));
    expect(errors).toBeUndefined();
    expect(data.profile.username).toBeTruthy();
    const [sent] = bearerSeen();
    expect(sent).toMatch(/^Bearer [0-9a-f]{64}$/);
    expect(sent).not.toContain(DEMO_TOKEN);

    const about = await (await call(gateway, '/auth/session', { headers: { cookie: `lgw_session=${session}` } })).json();
    expect(about).toEqual({ authenticated: true, scopes: '*', expiresAt: new Date(clock + 7200_000).toISOString() });
    expect(JSON.stringify(about)).not.toContain((sent as string).slice(7));
  });

  it('an Authorization header wins over the session cookie', async () => {
    const { session } = await logIn();
    emulator.clearLog();
    await gql(gateway, PROFILE, withSession(session, { authorization: `Bearer ${DEMO_TOKEN}` }));
    expect(bearerSeen()).toEqual([`Bearer ${DEMO_TOKEN}`]);
  });

  it('an access token about to expire is refreshed once, even for concurrent requests', async () => {
    const { session } = await logIn();
    await gql(gateway, PROFILE, withSession(session));
    const before = bearerSeen()[0];
    clock += 7200_000; // the access token has expired at Linode too
    emulator.clearLog();
    const answers = await Promise.all(Array.from({ length: 3 }, () => gql(gateway, PROFILE, withSession(session))));
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    expect(emulator.log.filter((e) => e.path === '/oauth/token')).toHaveLength(1);
    const after = bearerSeen();
    expect(new Set(after).size).toBe(1);
    expect(after[0]).not.toBe(before);
  });

  it('logout revokes the tokens at Linode and ends the session', async () => {
    const { session } = await logIn();
    await gql(gateway, PROFILE, withSession(session));
    const token = (bearerSeen()[0] as string).slice(7);
    emulator.clearLog();
    const out = await call(gateway, '/auth/logout', {
      method: 'POST',
      headers: { cookie: `lgw_session=${session}`, 'x-graphql-csrf': '1' },
    });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/lgw_session=; .*Max-Age=0/);
    expect(emulator.log.filter((e) => e.path === '/oauth/revoke')).toHaveLength(2);
    expect((await gql(gateway, PROFILE, withSession(session))).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // The revoked token no longer works at Linode either.
    const direct = await fetch(`${emulator.url}/profile`, { headers: { authorization: `Bearer ${token}` } });
    expect(direct.status).toBe(401);
  });

  it('logout from a cross-site form is refused', async () => {
    const { session } = await logIn();
    const out = await call(gateway, '/auth/logout', {
      method: 'POST',
      headers: { cookie: `lgw_session=${session}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'x=1',
    });
    expect(out.status).toBe(403);
    expect((await out.json()).errors[0].extensions.code).toBe('CSRF_PREVENTED');
    expect((await gql(gateway, PROFILE, withSession(session))).errors).toBeUndefined();
  });

  it('a callback not started in this browser, replayed or forged is refused', async () => {
    const start = await call(gateway, '/auth/login');
    const state = cookieOf(start, 'lgw_oauth_state') as string;
    const consent = await fetch(start.headers.get('location') as string, { redirect: 'manual' });
    const back = new URL(consent.headers.get('location') as string);
    const callback = back.pathname + back.search;
    const code = async (response: Response) => [response.status, (await response.json()).errors[0].extensions.code];

    expect(await code(await call(gateway, callback))).toEqual([400, 'OAUTH_STATE_INVALID']); // no state cookie: another browser
    expect(await code(await call(gateway, callback, { headers: { cookie: 'lgw_oauth_state=forged' } }))).toEqual([
      400,
      'OAUTH_STATE_INVALID',
    ]);
    expect((await call(gateway, callback, { headers: { cookie: `lgw_oauth_state=${state}` } })).status).toBe(302);
    expect(await code(await call(gateway, callback, { headers: { cookie: `lgw_oauth_state=${state}` } }))).toEqual([
      400,
      'OAUTH_STATE_INVALID',
    ]); // replayed
  });

  it.each(['//evil.example/x', 'https://evil.example/', '/\\evil.example', 'javascript:alert(1)'])(
    'return_to %s cannot send the browser elsewhere',
    async (target) => {
      const { landing } = await logIn(gateway, target);
      expect(landing).toBe('/graphql');
    },
  );

  it('a denied consent or a bad session cookie gives no session', async () => {
    const start = await call(gateway, '/auth/login');
    const cookie = cookieOf(start, 'lgw_oauth_state') as string;
    // The `state` Linode sends back is the one in the authorize URL (the cookie holds it signed).
    const state = new URL(start.headers.get('location') as string).searchParams.get('state') as string;
    const denied = await call(gateway, `/auth/callback?error=access_denied&state=${state}`, {
      headers: { cookie: `lgw_oauth_state=${cookie}` },
    });
    expect(denied.status).toBe(403);
    expect((await denied.json()).errors[0].extensions.code).toBe('OAUTH_DENIED');
    expect((await gql(gateway, PROFILE, withSession('x'.repeat(43)))).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await (await call(gateway, '/auth/session', { headers: { cookie: 'lgw_session=nope' } })).json()).toEqual({
      authenticated: false,
    });
  });

  it('GraphiQL tells explorers they can log in', async () => {
    const page = await (await call(gateway, '/graphql', { headers: { accept: 'text/html' } })).text();
    expect(page).toContain('log in with Linode at /auth/login?return_to=/graphql');
  });

  it('without OAuth settings there is no login flow', async () => {
    const plain = createGateway({ linodeApiUrl: emulator.url });
    expect((await call(plain, '/auth/login')).status).toBe(404);
    await plain.close();
  });

  it.skipIf(!process.env.REDIS_URL)('sessions in Redis hold no usable token, and a second replica serves them', async () => {
    const shared = { linodeApiUrl: emulator.url, ...settings(), cacheUrl: process.env.REDIS_URL, sessionSecret: 'replicas-share-this' };
    const one = createGateway(shared, { now });
    const two = createGateway(shared, { now });
    const redis = createClient({ url: process.env.REDIS_URL });
    await redis.connect();
    try {
      const { session } = await logIn(one);
      const response = await call(two, '/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: `lgw_session=${session}` },
        body: JSON.stringify({ query: '{ profile { username } }' }),
      });
      expect((await response.json()).errors).toBeUndefined();
      const token = (bearerSeen().at(-1) as string).slice(7);
      const keys = await redis.keys('linode-gateway-sessions:*');
      expect(keys.length).toBeGreaterThan(0);
      for (const key of keys) {
        expect(key).not.toContain(session);
        expect(await redis.get(key)).not.toContain(token);
      }
    } finally {
      await redis.quit();
      await one.close();
      await two.close();
    }
  });
});
