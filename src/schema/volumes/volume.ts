import { regionField } from '../catalogs/region.js';
import { referenceField } from '../kit/relation.js';
import { defineResource } from '../kit/resource.js';
import type { FieldMap } from '../kit/types.js';
import { Instance } from '../linode/instance.js';

export const Volume = defineResource({
  name: 'Volume',
  schema: 'Volume',
  description: 'A block storage volume, attachable to one instance in its region.',
  path: '/volumes',
  idKind: 'int',
  root: { one: 'volume', many: 'volumes' },
  omit: ['region'],
  relations: (t): FieldMap => ({
    region: regionField(t, 'region', 'Where the volume lives.'),
    instance: referenceField(t, Instance, 'linode_id', 'The instance the volume is attached to, if any.'),
  }),
});
