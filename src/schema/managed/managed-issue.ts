import { entityField } from '../account/event.js';
import { entityFields } from '../kit/entity.js';
import { defineResource } from '../kit/resource.js';
import type { FieldMap } from '../kit/types.js';

export const ManagedIssue = defineResource({
  name: 'ManagedIssue',
  schema: 'ManagedIssue',
  description: 'An issue Linode Managed detected.',
  path: '/managed/issues',
  idKind: 'int',
  root: { one: 'managedIssue', many: 'managedIssues' },
  omit: ['entity'],
  relations: (t): FieldMap => ({
    ...entityFields(
      t,
      entityField,
      (issue) => issue.entity,
      'The resource the issue is about (null for types outside this graph, or deleted since).',
    ),
  }),
});
