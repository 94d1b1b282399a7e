import { defineResource } from '../kit/resource.js';

export const ManagedContact = defineResource({
  name: 'ManagedContact',
  schema: 'ManagedContact',
  description: 'A person Linode Managed contacts about issues.',
  path: '/managed/contacts',
  idKind: 'int',
  root: { one: 'managedContact', many: 'managedContacts' },
});
