import { defineResource } from '../kit/resource.js';

export const PersonalAccessToken = defineResource({
  name: 'PersonalAccessToken',
  schema: 'PersonalAccessToken',
  description: 'A personal access token of the profile (the secret is never shown again).',
  path: '/profile/tokens',
  idKind: 'int',
  root: { one: 'personalAccessToken', many: 'personalAccessTokens' },
  // A secret: shown once, by createPersonalAccessToken only.
  omit: ['token'],
});
