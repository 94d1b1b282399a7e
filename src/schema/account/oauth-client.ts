import { defineResource } from '../kit/resource.js';

export const OAuthClient = defineResource({
  name: 'OAuthClient',
  schema: 'OAuthClient',
  description: 'An OAuth application registered by the account.',
  path: '/account/oauth-clients',
  idKind: 'slug',
  root: { one: 'oauthClient', many: 'oauthClients' },
  // A secret: shown once, by createOAuthClient and resetOAuthClientSecret only.
  omit: ['secret'],
});
