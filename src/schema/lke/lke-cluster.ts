import type { LKENodePool as LKENodePoolShape } from 'linode-facts/shapes';
import { builder } from '../builder.js';
import { regionField } from '../catalogs/region.js';
import { upstreamCost } from '../kit/cost.js';
import { validId } from '../kit/ids.js';
import { referenceField } from '../kit/relation.js';
import { defineResource } from '../kit/resource.js';
import type { FieldMap, ShapeAt } from '../kit/types.js';
import { VPC } from '../networking/vpc.js';
import { LKENode, LKENodePool } from './lke-node-pool.js';

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

// One node of any pool of the cluster, its dashboard and its kubeconfig: each its own request.
const clusterPath = (c: { id: number }) => `/lke/clusters/${validId('int', c.id)}`;
builder.objectFields(LKECluster.ref, (t) => ({
  node: t.field({
    type: LKENode,
    nullable: true,
    description: 'One node of the cluster (of any of its pools), by its id; null with a NOT_FOUND error when there is none.',
    extensions: upstreamCost.perParent,
    args: { id: t.arg.id({ required: true }) },
    resolve: (c, args, ctx) =>
      ctx.upstream.get<ShapeAt<LKENodePoolShape, 'nodes'>>(`${clusterPath(c)}/nodes/${validId('slug', args.id)}`, {
        operation: 'GET /lke/clusters/{id}/nodes/{id}',
      }),
  }),
  dashboardUrl: t.string({
    nullable: true,
    description: "The URL of the cluster's Kubernetes dashboard.",
    extensions: upstreamCost.perParent,
    resolve: async (c, _args, ctx) =>
      (await ctx.upstream.get<{ url?: string | null }>(`${clusterPath(c)}/dashboard`, { operation: 'GET /lke/clusters/{id}/dashboard' }))
        .url ?? null,
  }),
  kubeconfig: t.string({
    nullable: true,
    description:
      'SECRET: the base64-encoded kubeconfig, with credentials that administer the cluster. Read from Linode each time it is selected, never cached. An error while a new cluster is still coming up (Linode answers 503).',
    extensions: upstreamCost.perParent,
    resolve: async (c, _args, ctx) =>
      (
        await ctx.upstream.get<{ kubeconfig?: string | null }>(`${clusterPath(c)}/kubeconfig`, {
          operation: 'GET /lke/clusters/{id}/kubeconfig',
          fresh: true, // a secret: neither memoised nor cached nor shared
        })
      ).kubeconfig ?? null,
  }),
}));
