import { regionField } from '../catalogs/region.js';
import type { LinodeRecord } from '../kit/fact-fields.js';
import { defineResource } from '../kit/resource.js';
import { Instance } from '../linode/instance.js';

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
    instance: t.field({
      type: Instance.ref,
      nullable: true,
      description: 'The instance the volume is attached to, if any.',
      resolve: (v: LinodeRecord) => v.linode_id ?? null,
    }),
  }),
});
