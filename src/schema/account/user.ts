import { defineResource } from '../kit/resource.js';

export const User = defineResource({
  name: 'User',
  schema: 'User',
  description: 'A user of the account.',
  path: '/account/users',
  idKind: 'username',
  idField: 'username',
  root: { one: 'user', many: 'users' },
});
