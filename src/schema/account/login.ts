import { builder } from '../builder.js';
import { defineResource } from '../kit/resource.js';
import { Profile } from './account.js';

export const Login = defineResource({
  name: 'Login',
  schema: 'Login',
  description: 'A login to the account.',
  path: '/account/logins',
  idKind: 'int',
  root: { one: 'login', many: 'logins' },
});

// The profile's own logins are the same objects, from the profile's side.
builder.objectFields(Profile.ref, (t) => ({
  logins: Login.connectionField(t, "Logins of the token's user.", () => '/profile/logins'),
}));
