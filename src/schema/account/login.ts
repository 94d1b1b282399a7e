import { defineResource } from '../kit/resource.js';

export const Login = defineResource({
  name: 'Login',
  schema: 'Login',
  description: 'A login to the account.',
  path: '/account/logins',
  idKind: 'int',
  root: { one: 'login', many: 'logins' },
});
