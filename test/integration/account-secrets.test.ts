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
