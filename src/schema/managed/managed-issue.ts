import { defineResource } from '../kit/resource.js';

export const ManagedIssue = defineResource({
  name: 'ManagedIssue',
  schema: 'ManagedIssue',
  description: 'An issue Linode Managed detected.',
  path: '/managed/issues',
  idKind: 'int',
  root: { one: 'managedIssue', many: 'managedIssues' },
});
