import { defineResource } from '../kit/resource.js';

export const SSHKey = defineResource({
  name: 'SSHKey',
  schema: 'SSHKey',
  description: 'An SSH public key saved to the profile.',
  path: '/profile/sshkeys',
  idKind: 'int',
  root: { one: 'sshKey', many: 'sshKeys' },
});
