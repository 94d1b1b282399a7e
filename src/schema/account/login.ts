import { relateNested } from '../kit/fact-fields.js';
import { defineResource } from '../kit/resource.js';

export const Login = defineResource({
  name: 'Login',
  schema: 'Login',
  description: 'A login to the account.',
  path: '/account/logins',
  idKind: 'int',
  root: { one: 'login', many: 'logins' },
});

// The profile's own logins are the same objects, from the profile's side.
relateNested('Profile', (t) => ({
  logins: Login.connectionField(t, "Logins of the token's user.", () => '/profile/logins'),
}));
