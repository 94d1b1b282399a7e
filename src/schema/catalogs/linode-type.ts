import { regionField } from './region.js';
import { defineResource, PUBLIC_CATALOG } from '../kit/resource.js';

export const LinodeType = defineResource({
  name: 'LinodeType',
  schema: 'LinodeType',
  description: 'A plan for an instance: its memory, CPUs, disk, transfer and price. A public catalog.',
  path: '/linode/types',
  idKind: 'slug',
  root: { one: 'linodeType', many: 'linodeTypes' },
  catalog: PUBLIC_CATALOG,
});

// A price per region is keyed by the region's id (exposed as `regionId`, never as `id`).
for (const path of ['region_prices', 'addons.backups.region_prices'] as const) {
  LinodeType.relate(path, (t) => ({ region: regionField(t, 'id', 'The region this price applies in.') }));
}
