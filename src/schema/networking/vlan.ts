import type { GatewayContext } from '../../context.js';
import { builder } from '../builder.js';
import { regionField } from '../catalogs/region.js';
import { relateNested, type LinodeRecord } from '../kit/fact-fields.js';
import { definePlainList } from '../kit/plain-list.js';
import { Instance } from '../linode/instance.js';
import { loadRelated } from '../kit/relation.js';

export const VLAN = definePlainList({
  name: 'VLAN',
  schema: 'Vlans',
  description: 'A private layer-2 network of instances in one region, named by its label.',
  operation: 'GET /networking/vlans',
  omit: ['region'],
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
  vlans: VLAN.field(t, "The account's VLANs.", () => '/networking/vlans'),
  ipv6Ranges: IPv6Range.field(t, "IPv6 ranges routed to the account's instances.", () => '/networking/ipv6/ranges'),
  ipv6Pools: IPv6Pool.field(t, 'IPv6 pools of the account.', () => '/networking/ipv6/pools'),
}));

relateNested('VLAN', (t) => ({
  region: regionField(t),
  instances: t.field({
    type: [Instance.ref],
    nullable: { list: true, items: true },
    description: 'The instances attached to the VLAN (null for one deleted since).',
    resolve: (vlan: LinodeRecord, _args: unknown, ctx: GatewayContext) =>
      Array.isArray(vlan.linodes) ? Promise.all(vlan.linodes.map((id: unknown) => loadRelated(ctx, Instance, id))) : null,
  }),
}));
