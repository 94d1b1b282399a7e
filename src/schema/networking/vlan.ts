import { builder } from '../builder.js';
import { regionField } from '../catalogs/region.js';
import { definePlainList } from '../kit/plain-list.js';
import { loadRelated } from '../kit/relation.js';
import type { FieldMap } from '../kit/types.js';
import { Instance } from '../linode/instance.js';

export const VLAN = definePlainList({
  name: 'VLAN',
  schema: 'Vlans',
  description: 'A private layer-2 network of instances in one region, named by its label.',
  operation: 'GET /networking/vlans',
  omit: ['region'],
  relations: (t): FieldMap => ({
    region: regionField(t, 'region'),
    instances: t.field({
      type: [Instance.ref],
      nullable: { list: true, items: true },
      description: 'The instances attached to the VLAN (null for one deleted since).',
      resolve: (vlan, _args, ctx) =>
        Array.isArray(vlan.linodes) ? Promise.all(vlan.linodes.map((id) => loadRelated(ctx, Instance, id))) : null,
    }),
  }),
});

export const IPv6Range = definePlainList({
  name: 'IPv6Range',
  schema: 'IPv6Range',
  description: 'An IPv6 range routed to an instance.',
  operation: 'GET /networking/ipv6/ranges',
});

export const IPv6Pool = definePlainList({
  name: 'IPv6Pool',
  schema: 'IPv6Pool',
  description: 'An IPv6 pool of a region.',
  operation: 'GET /networking/ipv6/pools',
});

builder.queryFields((t) => ({
  vlans: VLAN.rootField(t, "The account's VLANs.", '/networking/vlans'),
  ipv6Ranges: IPv6Range.rootField(t, "IPv6 ranges routed to the account's instances.", '/networking/ipv6/ranges'),
  ipv6Pools: IPv6Pool.rootField(t, 'IPv6 pools of the account.', '/networking/ipv6/pools'),
}));
