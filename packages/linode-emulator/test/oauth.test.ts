// The emulated login server: Linode's OAuth authorization-code flow as a client meets it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../src/index.js';

const client = { id: 'c1', secret: 's1', redirectUri: 'https://app.example/callback' };
let clock = 1_800_000_000_000;
let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, now: () => clock, oauthClients: [client] });
});
afterAll(() => emulator.close());

const authorize = (params: Record<string, string>) =>
  fetch(`${emulator.loginUrl}/oauth/authorize?${new URLSearchParams(params)}`, { redirect: 'manual' });
const token = async (fields: Record<string, string>) => {
  const response = await fetch(`${emulator.loginUrl}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields),
  });
  return { status: response.status, body: await response.json() };
};
async function code(scope = '*'): Promise<string> {
  const response = await authorize({ client_id: client.id, response_type: 'code', scope, state: 'xyz', redirect_uri: client.redirectUri });
  const location = new URL(response.headers.get('location') as string);
  expect(location.searchParams.get('state')).toBe('xyz');
  return location.searchParams.get('code') as string;
}
const api = (accessToken: string, path = '/profile') =>
  fetch(`${emulator.url}${path}`, { headers: { authorization: `Bearer ${accessToken}` } });

describe('emulated OAuth server', () => {
  it.each([
    [{ client_id: 'nope', response_type: 'code' }, 'invalid_client'],
    [{ client_id: client.id, response_type: 'code', redirect_uri: 'https://evil.example/cb' }, 'invalid_request'],
    [{ client_id: client.id, response_type: 'token' }, 'unsupported_response_type'],
  ])('authorize refuses %j (%s)', async (params, error) => {
    const response = await authorize(params);
    expect(response.status).toBe(400);
    expect((await response.json()).error).toBe(error);
  });

  it('a code is exchanged once for tokens with the scopes asked for, which work on the API', async () => {
    const granted = await code('linodes:read_only');
    const first = await token({ client_id: client.id, client_secret: client.secret, grant_type: 'authorization_code', code: granted });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ token_type: 'bearer', expires_in: 7200, scopes: 'linodes:read_only' });
    expect((await api(first.body.access_token, '/linode/instances')).status).toBe(200);
    expect((await api(first.body.access_token, '/volumes')).status).toBe(403);
    const again = await token({ client_id: client.id, client_secret: client.secret, grant_type: 'authorization_code', code: granted });
    expect(again).toEqual({ status: 400, body: expect.objectContaining({ error: 'invalid_grant' }) });
  });

  it('a wrong secret, an unknown grant type or an expired code is refused', async () => {
    expect((await token({ client_id: client.id, client_secret: 'wrong', code: await code() })).body.error).toBe('invalid_client');
    expect((await token({ client_id: client.id, client_secret: client.secret, grant_type: 'password' })).body.error).toBe(
      'unsupported_grant_type',
    );
    const stale = await code();
    clock += 11 * 60_000;
    expect((await token({ client_id: client.id, client_secret: client.secret, code: stale })).body.error).toBe('invalid_grant');
  });

  it('access tokens expire; refresh tokens rotate; revoked tokens stop working', async () => {
    const { body } = await token({ client_id: client.id, client_secret: client.secret, code: await code() });
    clock += 7200_000;
    expect((await api(body.access_token)).status).toBe(401);
    const renewed = await token({
      client_id: client.id,
      client_secret: client.secret,
      grant_type: 'refresh_token',
      refresh_token: body.refresh_token,
    });
    expect(renewed.status).toBe(200);
    expect((await api(renewed.body.access_token)).status).toBe(200);
    expect(
      (await token({ client_id: client.id, client_secret: client.secret, grant_type: 'refresh_token', refresh_token: body.refresh_token }))
        .body.error,
    ).toBe('invalid_grant');
    const revoke = await fetch(`${emulator.loginUrl}/oauth/revoke`, {
      method: 'POST',
      body: new URLSearchParams({ client_id: client.id, client_secret: client.secret, token: renewed.body.access_token }),
    });
    expect(revoke.status).toBe(200);
    expect((await api(renewed.body.access_token)).status).toBe(401);
  });
});
