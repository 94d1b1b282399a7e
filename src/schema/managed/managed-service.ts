import { defineResource } from '../kit/resource.js';

export const ManagedService = defineResource({
  name: 'ManagedService',
  schema: 'ManagedService',
  description: 'A service Linode Managed monitors.',
  path: '/managed/services',
  idKind: 'int',
  root: { one: 'managedService', many: 'managedServices' },
});
