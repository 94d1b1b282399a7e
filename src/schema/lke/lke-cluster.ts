import { regionField } from '../catalogs/region.js';
import { upstreamCost } from '../kit/cost.js';
import { validId } from '../kit/ids.js';
import { referenceField } from '../kit/relation.js';
import { defineResource } from '../kit/resource.js';
import type { FieldMap } from '../kit/types.js';
import { VPC } from '../networking/vpc.js';
import { LKENodePool } from './lke-node-pool.js';

export const LKECluster = defineResource({
  name: 'LKECluster',
  schema: 'LKECluster',
  description: 'A Linode Kubernetes Engine cluster.',
  path: '/lke/clusters',
  idKind: 'int',
  root: { one: 'lkeCluster', many: 'lkeClusters' },
  omit: ['region'],
  relations: (t): FieldMap => ({
    region: regionField(t, 'region'),
    vpc: referenceField(t, VPC, 'vpc_id', "The VPC the cluster's nodes are in, if any."),
    pools: LKENodePool.field(t, "The cluster's node pools.", (c) => c.id),
    pool: LKENodePool.lookupField(t, 'One node pool of the cluster, by its id.', (c) => c.id),
    // A short list of URLs: a plain field, read whole (one request per cluster).
    apiEndpoints: t.stringList({
      nullable: { list: true, items: true },
      description: "The URLs of the cluster's Kubernetes API.",
      extensions: upstreamCost.perParent,
      resolve: async (c, _args, ctx) => {
        const endpoints = await ctx.upstream.all<{ endpoint?: string | null } | null>(
          `/lke/clusters/${validId('int', c.id)}/api-endpoints`,
          {
            operation: 'GET /lke/clusters/{id}/api-endpoints',
          },
        );
        return endpoints.map((e) => e?.endpoint ?? null);
      },
    }),
  }),
});
