// Locks (newer than spec 4.176.0): a guard against deleting a resource (and, for
// `cannot_delete_with_subresources`, what it holds), kept until the lock is deleted.
import { entityField } from '../account/event.js';
import { entityFields } from '../kit/entity.js';
import { defineResource } from '../kit/resource.js';
import type { FieldMap } from '../kit/types.js';

export const Lock = defineResource({
  name: 'Lock',
  schema: 'Lock',
  description: 'A lock keeping a resource from being deleted.',
  path: '/locks',
  idKind: 'int',
  root: { one: 'lock', many: 'locks' },
  omit: ['entity'],
  relations: (t): FieldMap => ({
    ...entityFields(t, entityField, (lock) => lock.entity, 'The locked resource (null for types outside this graph).'),
  }),
});
