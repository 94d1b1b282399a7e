import { regionField } from '../catalogs/region.js';
import { defineResource } from '../kit/resource.js';
import { Instance } from '../linode/instance.js';
import { relation } from '../kit/relation.js';

export const Volume = defineResource({
  name: 'Volume',
  schema: 'Volume',
  description: 'A block storage volume, attachable to one instance in its region.',
  path: '/volumes',
  idKind: 'int',
  root: { one: 'volume', many: 'volumes' },
  omit: ['region'],
  relations: (t) => ({
    region: regionField(t, 'Where the volume lives.'),
    instance: relation(t, Instance, (v) => v.linode_id, 'The instance the volume is attached to, if any.'),
  }),
});
