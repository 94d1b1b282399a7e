import { regionField } from '../catalogs/region.js';
import type { LinodeRecord } from '../kit/fact-fields.js';
import { LKENodePool } from './lke-node-pool.js';
import { defineResource } from '../kit/resource.js';

export const LKECluster = defineResource({
  name: 'LKECluster',
  schema: 'LKECluster',
  description: 'A Linode Kubernetes Engine cluster.',
  path: '/lke/clusters',
  idKind: 'int',
  root: { one: 'lkeCluster', many: 'lkeClusters' },
  omit: ['region'],
  relations: (t) => ({
    region: regionField(t),
    pools: LKENodePool.field(t, 'The cluster\'s node pools.', (c: LinodeRecord) => c.id as number),
  }),
});
