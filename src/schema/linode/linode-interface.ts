// Linode interfaces (newer than spec 4.176.0): the network interfaces of a Linode on the `linode`
// interface generation, each public, VPC or VLAN, and their default-route settings. Linode lists
// them without pages (`{"interfaces": [...]}`), so an instance's interfaces are a plain list.
import type { LinodeInterfaceSettings } from 'linode-facts/shapes';
import { builder } from '../builder.js';
import { defineChildResource } from '../kit/child-resource.js';
import { upstreamCost } from '../kit/cost.js';
import { factObject } from '../kit/fact-object.js';
import { validId } from '../kit/ids.js';
import { withGatewayKey } from '../kit/linode-values.js';
import { referenceField } from '../kit/relation.js';
import type { FieldMap } from '../kit/types.js';
import { Firewall } from '../networking/firewall.js';
import { VPC } from '../networking/vpc.js';
import { Instance } from './instance.js';

const pathOf = (linodeId: string | number) => `/linode/instances/${linodeId}/interfaces`;

export const LinodeInterface = defineChildResource({
  name: 'LinodeInterface',
  schema: 'LinodeInterface',
  description: 'A network interface of a Linode (the `linode` interface generation): public, VPC or VLAN.',
  path: pathOf,
  operation: 'GET /linode/instances/{id}/interfaces',
  parentKey: 'linode_id',
  relations: (t): FieldMap => ({
    linodeId: t.id({ description: "The Linode's id.", resolve: (i) => i.linode_id }),
    instance: referenceField(t, Instance, 'linode_id', 'The Linode of the interface.'),
    firewalls: Firewall.connectionField(
      t,
      'Firewalls protecting the interface.',
      (i) => `${pathOf(i.linode_id)}/${String(i.id)}/firewalls`,
    ),
  }),
});
LinodeInterface.relate('public.ipv4.shared', (t) => ({
  instance: referenceField(t, Instance, 'linode_id', 'The Linode the address is shared from.'),
}));
LinodeInterface.relate('vpc', (t) => ({ vpc: referenceField(t, VPC, 'vpc_id', 'The VPC of the interface.') }));

type Item = Parameters<typeof LinodeInterface.adopt>[0];

/** The default-route settings of a Linode's interfaces, with the Linode's id. */
export const InterfaceSettings = factObject({
  name: 'LinodeInterfaceSettings',
  schema: 'LinodeInterfaceSettings',
  description: "Settings of a Linode's interfaces: Network Helper and which interfaces carry the default routes.",
});
export const settingsOf = (settings: LinodeInterfaceSettings, linodeId: string | number) =>
  withGatewayKey(settings, 'linode_id', Number(linodeId));

builder.objectFields(Instance.ref, (t) => ({
  interfaces: t.field({
    type: [LinodeInterface.ref],
    nullable: { list: true, items: false },
    description: 'The Linode interfaces of the instance (empty for one on config interfaces; fetched only when selected).',
    extensions: upstreamCost.perParent,
    resolve: async (i, _args, ctx) => {
      if (i.interface_generation === 'legacy_config') return []; // nothing to ask: config interfaces
      const answer = await ctx.upstream.get<{ interfaces?: Item[] | null }>(pathOf(i.id), {
        operation: 'GET /linode/instances/{id}/interfaces',
      });
      return (answer.interfaces ?? []).map((item) => LinodeInterface.adopt(item, i.id));
    },
  }),
  interfaceSettings: t.field({
    type: InterfaceSettings.ref,
    nullable: true,
    description: "Settings of the instance's Linode interfaces (null for one on config interfaces).",
    extensions: upstreamCost.perParent,
    resolve: async (i, _args, ctx) =>
      i.interface_generation === 'legacy_config'
        ? null
        : settingsOf(
            await ctx.upstream.get<LinodeInterfaceSettings>(`${pathOf(i.id)}/settings`, {
              operation: 'GET /linode/instances/{id}/interfaces/settings',
            }),
            i.id,
          ),
  }),
}));

builder.queryField('linodeInterface', (t) =>
  t.field({
    type: LinodeInterface.ref,
    nullable: true,
    description: 'One Linode interface, by its Linode and its id; null with a NOT_FOUND error when there is none.',
    extensions: upstreamCost.perParent,
    args: { linodeId: t.arg.id({ required: true }), id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const linodeId = validId('int', args.linodeId, 'linodeId');
      const item = await ctx.upstream.get<Item>(`${pathOf(linodeId)}/${validId('int', args.id)}`, {
        operation: 'GET /linode/instances/{id}/interfaces/{id}',
      });
      return LinodeInterface.adopt(item, linodeId);
    },
  }),
);
