import { Instance } from '../linode/instance.js';
import { referenceField } from '../kit/relation.js';
import { defineResource } from '../kit/resource.js';
import type { FieldMap } from '../kit/types.js';

export const ManagedInstanceSettings = defineResource({
  name: 'ManagedInstanceSettings',
  schema: 'ManagedLinodeSettings',
  description: "How Linode Managed reaches an instance over SSH when it responds to an issue. Its id is the instance's.",
  path: '/managed/linode-settings',
  idKind: 'int',
  root: { one: 'managedInstanceSettings', many: 'managedInstanceSettingsList' },
  relations: (t): FieldMap => ({
    instance: referenceField(t, Instance, 'id', 'The instance.'),
  }),
});
