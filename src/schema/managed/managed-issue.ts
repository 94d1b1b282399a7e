import { entityField } from '../account/event.js';
import { entityFields, type EntityRef } from '../kit/entity.js';
import type { LinodeRecord } from '../kit/fact-fields.js';
import { defineResource } from '../kit/resource.js';

export const ManagedIssue = defineResource({
  name: 'ManagedIssue',
  schema: 'ManagedIssue',
  description: 'An issue Linode Managed detected.',
  path: '/managed/issues',
  idKind: 'int',
  root: { one: 'managedIssue', many: 'managedIssues' },
  omit: ['entity'],
  relations: (t) => ({
    ...entityFields(
      t,
      entityField,
      (issue: LinodeRecord) => issue.entity as EntityRef,
      'The resource the issue is about (null for types outside this graph, or deleted since).',
    ),
  }),
});
