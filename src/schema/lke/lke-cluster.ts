import type { GatewayContext } from '../../context.js';
import { regionField } from '../catalogs/region.js';
import { upstreamCost } from '../kit/cost.js';
import { validId } from '../kit/ids.js';
import type { LinodeRecord } from '../kit/fact-fields.js';
import { LKENodePool } from './lke-node-pool.js';
import { defineResource } from '../kit/resource.js';
import { VPC } from '../networking/vpc.js';
import { referenceField } from '../kit/relation.js';

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
    vpc: referenceField(t, VPC, 'vpc_id', "The VPC the cluster's nodes are in, if any."),
    pools: LKENodePool.field(t, "The cluster's node pools.", (c: LinodeRecord) => c.id as number),
    // A short list of URLs: a plain field, read whole (one request per cluster).
    apiEndpoints: t.stringList({
      nullable: { list: true, items: true },
      description: "The URLs of the cluster's Kubernetes API.",
      extensions: upstreamCost.perParent,
      resolve: async (c: LinodeRecord, _args: unknown, ctx: GatewayContext) => {
        const endpoints = await ctx.upstream.all<{ endpoint: string }>(`/lke/clusters/${validId('int', c.id)}/api-endpoints`, {
          operation: 'GET /lke/clusters/{id}/api-endpoints',
        });
        return endpoints.map((e) => e?.endpoint ?? null);
      },
    }),
  }),
});
