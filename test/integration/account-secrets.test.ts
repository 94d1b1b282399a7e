// Secrets of account and profile writes (a token, an OAuth client's secret, a child account's
// token): shown once, in the mutation's own payload field, and nowhere else: not on the object
// types, not in the emulator's later answers, not in the gateway's cache.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLObjectType } from 'graphql';
import { schema } from '../../src/schema/index.js';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ emulator: { rateLimits: false }, gateway: { tokenCache: true } });
});
afterAll(() => stack.close());

/** Everything the gateway's cross-request cache holds, as text. */
function cached(): string {
  const store = stack.gateway.cache.keyv.store as Map<string, unknown>;
  return JSON.stringify([...store.values()]);
}

const fieldsOf = (type: string) => Object.keys((schema.getType(type) as GraphQLObjectType).getFields());

describe('secrets shown once', () => {
  it('the object types carry no secret field', () => {
    expect(fieldsOf('PersonalAccessToken')).not.toContain('token');
    expect(fieldsOf('OAuthClient')).not.toContain('secret');
    expect(fieldsOf('ProxyUserToken')).not.toContain('token');
    expect((schema.getMutationType()!.getFields().createPersonalAccessToken.type as GraphQLObjectType).name).toBe(
      'CreatePersonalAccessTokenPayload',
    );
  });

  it('a personal access token is in its creation answer only', async () => {
    const { data, errors } = await stack.gql(
      'mutation { createPersonalAccessToken(input: { label: "once", scopes: "linodes:read_only" }) { personalAccessToken { id label } token userErrors { message } } }',
    );
    expect(errors).toBeUndefined();
    const { token, personalAccessToken } = data.createPersonalAccessToken;
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    // Read back, listed and looked up: the secret is nowhere, upstream or cached.
    stack.emulator.clearLog();
    const again = await stack.gql('query($id: ID!) { personalAccessToken(id: $id) { id label } personalAccessTokens { nodes { id } } }', {
      variables: { id: personalAccessToken.id },
    });
    expect(again.data.personalAccessToken).toEqual({ id: personalAccessToken.id, label: 'once' });
    expect(JSON.stringify(stack.emulator.store.collections['/profile/tokens'])).not.toContain(token);
    expect(cached()).not.toContain(token);
  });

  it("an OAuth client's secret is in its creation and reset answers only, a new one each time", async () => {
    const created = await stack.gql(
      'mutation { createOAuthClient(input: { label: "secret-app", redirectUri: "https://app.example.org/cb" }) { oauthClient { id } secret userErrors { message } } }',
    );
    const { oauthClient, secret } = created.data.createOAuthClient;
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    const reset = await stack.gql('mutation($id: ID!) { resetOAuthClientSecret(id: $id) { secret userErrors { message } } }', {
      variables: { id: oauthClient.id },
    });
    expect(reset.data.resetOAuthClientSecret.secret).toMatch(/^[0-9a-f]{64}$/);
    expect(reset.data.resetOAuthClientSecret.secret).not.toBe(secret);
    await stack.gql('query($id: ID!) { oauthClient(id: $id) { id label } }', { variables: { id: oauthClient.id } });
    const stored = JSON.stringify(stack.emulator.store.collections['/account/oauth-clients']);
    for (const s of [secret, reset.data.resetOAuthClientSecret.secret]) {
      expect(stored).not.toContain(s);
      expect(cached()).not.toContain(s);
    }
  });

  it("a child account's proxy token comes with its expiry, the token only in the payload's secret field", async () => {
    const euuid = stack.emulator.store.collections['/account/child-accounts'][0].euuid;
    const { data, errors } = await stack.gql(
      'mutation($id: ID!) { createChildAccountToken(id: $id) { proxyToken { id scopes expiry } token userErrors { message } } }',
      { variables: { id: euuid } },
    );
    expect(errors).toBeUndefined();
    expect(data.createChildAccountToken.token).toMatch(/^[0-9a-f]{64}$/);
    expect(data.createChildAccountToken.proxyToken).toMatchObject({ scopes: '*', expiry: expect.stringMatching(/Z$/) });
  });

  it('two-factor login: the TOTP secret and the scratch code come once, the profile says it is on', async () => {
    const enabled = await stack.gql('mutation { enableTwoFactor { secret expiry userErrors { message } } }');
    expect(enabled.data.enableTwoFactor.secret).toMatch(/^[A-Z2-7]{16}$/);
    const wrong = await stack.gql('mutation { confirmTwoFactor(input: { tfaCode: "12ab" }) { scratchCode userErrors { field message } } }');
    expect(wrong.data.confirmTwoFactor).toEqual({
      scratchCode: null,
      userErrors: [{ field: ['input', 'tfaCode'], message: 'Invalid two-factor code' }],
    });
    const confirmed = await stack.gql('mutation { confirmTwoFactor(input: { tfaCode: "123456" }) { scratchCode userErrors { message } } }');
    expect(confirmed.data.confirmTwoFactor.scratchCode).toMatch(/^[0-9a-f]{16}$/);
    const profile = await stack.gql('{ profile { twoFactorAuth } }', { headers: { 'cache-control': 'no-cache' } });
    expect(profile.data.profile.twoFactorAuth).toBe(true);
    const again = await stack.gql('mutation { enableTwoFactor { secret userErrors { message } } }');
    expect(again.data.enableTwoFactor).toEqual({ secret: null, userErrors: [{ message: 'Two-factor authentication is already enabled' }] });
  });
});

describe('secrets Linode sends with ordinary reads (src/rest/secret-keys.ts)', () => {
  const clientsQuery = 'query { longviewClients { nodes { id label apiKey installCode } } }';

  it("a Longview client's key and install code: read afresh each time, one GET per client for both, kept in no cache", async () => {
    const clients = stack.emulator.store.collections['/longview/clients'];
    expect(clients.length).toBeGreaterThan(0);
    const secrets = clients.flatMap((c) => [String(c.api_key), String(c.install_code)]);
    for (let round = 0; round < 2; round += 1) {
      stack.emulator.clearLog();
      const { data, errors } = await stack.gql(clientsQuery);
      expect(errors).toBeUndefined();
      expect(data.longviewClients.nodes.map((c: { apiKey: string }) => c.apiKey)).toEqual(clients.map((c) => c.api_key));
      expect(data.longviewClients.nodes.map((c: { installCode: string }) => c.installCode)).toEqual(clients.map((c) => c.install_code));
      // The list may come from the cache; each client's secrets are its own GET, every time.
      const reads = stack.upstream().filter((r) => /^\/v4\/longview\/clients\/\d+$/.test(r.path));
      expect(reads).toHaveLength(clients.length);
    }
    const kept = cached();
    expect(kept).toContain(String(clients[0].label)); // the list itself is cached
    for (const secret of secrets) expect(kept).not.toContain(secret);
  });

  it('without the secret fields, the clients come from the cache with no read of their own', async () => {
    await stack.gql('query { longviewClients { nodes { id label } } }');
    stack.emulator.clearLog();
    const { data } = await stack.gql('query { longviewClients { nodes { id label } } }');
    expect(data.longviewClients.nodes.length).toBeGreaterThan(0);
    expect(stack.upstream().filter((r) => r.path.startsWith('/v4/longview/clients'))).toHaveLength(0);
  });
});
