import { defineResource } from '../kit/resource.js';

export const AuthorizedApp = defineResource({
  name: 'AuthorizedApp',
  schema: 'AuthorizedApp',
  description: 'A third-party application the user let act on the account (OAuth).',
  path: '/profile/apps',
  idKind: 'int',
  root: { one: 'authorizedApp', many: 'authorizedApps' },
});
