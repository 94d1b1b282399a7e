import type { GatewayContext } from '../../context.js';
import { instanceVolumesLoader } from '../../loaders/instance-volumes.js';
import type { Backup as BackupShape, IPAddress as IPAddressShape, LinodeBackupsResponse, LinodeIPsResponse } from 'linode-facts/shapes';
import { builder } from '../builder.js';
import { Image } from '../catalogs/image.js';
import { LinodeType } from '../catalogs/linode-type.js';
import { regionField } from '../catalogs/region.js';
import { windowSpec } from '../kit/connection.js';
import { connectionField } from '../kit/connection-field.js';
import { upstreamCost } from '../kit/cost.js';
import { factObject } from '../kit/fact-object.js';
import { validId } from '../kit/ids.js';
import { withGatewayKey } from '../kit/linode-values.js';
import { referenceField } from '../kit/relation.js';
import { defineResource } from '../kit/resource.js';
import type { FieldMap } from '../kit/types.js';
import { Firewall } from '../networking/firewall.js';
import { IPAddress } from '../networking/ip-address.js';
import { VPC } from '../networking/vpc.js';
import { NodeBalancer } from '../nodebalancers/nodebalancer.js';
import { Volume } from '../volumes/volume.js';
import { Disk } from './disk.js';
import { InstanceConfig } from './instance-config.js';
import { LKECluster } from '../lke/lke-cluster.js';

// A backup as the backups answer lists it; the answer's snapshots are the same kind of object.
export const Backup = factObject({ name: 'Backup', schema: 'LinodeBackupsResponse', at: 'automatic' });
const BackupSnapshots = builder.objectRef<NonNullable<LinodeBackupsResponse['snapshot']>>('BackupSnapshots').implement({
  description: 'The manual snapshot of an instance: the one being taken and the current one.',
  fields: (t) => ({
    inProgress: t.field({ type: Backup.ref, nullable: true, resolve: (s) => s.in_progress }),
    current: t.field({ type: Backup.ref, nullable: true, resolve: (s) => s.current }),
  }),
});
const InstanceIPs = factObject({ name: 'InstanceIPs', schema: 'LinodeIPsResponse' });

export const Instance = defineResource({
  name: 'Instance',
  schema: 'Linode',
  description: 'A Linode compute instance (a virtual machine).',
  path: '/linode/instances',
  idKind: 'int',
  root: { one: 'instance', many: 'instances' },
  omit: ['region', 'type', 'image', 'backups', 'placement_group'], // placement_group: src/schema/placement
  relations: (t): FieldMap => ({
    region: regionField(t, 'region', 'Where the instance runs.'),
    type: referenceField(t, LinodeType, 'type', 'The plan the instance runs on.'),
    image: referenceField(t, Image, 'image', 'The image the instance was deployed from, if any (null for one deleted since).'),
    lkeCluster: referenceField(t, LKECluster, 'lke_cluster_id', 'The LKE cluster this instance is a node of, if any.'),
    disks: Disk.field(t, "The instance's disks.", (i) => i.id),
    disk: Disk.lookupField(t, 'One disk of the instance, by its id.', (i) => i.id),
    configs: InstanceConfig.field(t, "The instance's boot configurations.", (i) => i.id),
    config: InstanceConfig.lookupField(t, 'One boot configuration of the instance, by its id.', (i) => i.id),
    // The account's volume list serves many instances at once; filtered or ordered, each instance's own list.
    volumes: connectionField(t, Volume, {
      description: 'Block storage volumes attached to the instance.',
      cost: 'batched',
      resolve: async (i, args, ctx) => {
        if (args.filter || args.orderBy) return Volume.resolveConnection(ctx, args, `/linode/instances/${i.id}/volumes`);
        windowSpec(args);
        return Volume.connectionOver(await instanceVolumesLoader(ctx).load(String(i.id)), args);
      },
    }),
    firewalls: Firewall.connectionField(t, 'Firewalls protecting the instance.', (i) => `/linode/instances/${i.id}/firewalls`),
    nodeBalancers: NodeBalancer.connectionField(
      t,
      'NodeBalancers sending traffic to the instance.',
      (i) => `/linode/instances/${i.id}/nodebalancers`,
    ),
    ips: t.field({
      type: InstanceIPs.ref,
      nullable: true,
      description: "The instance's IPv4 and IPv6 addresses (fetched only when selected).",
      extensions: upstreamCost.perParent,
      resolve: (i, _args, ctx) =>
        ctx.upstream.get<LinodeIPsResponse>(`/linode/instances/${i.id}/ips`, { operation: 'GET /linode/instances/{id}/ips' }),
    }),
    ip: t.field({
      type: IPAddress.ref,
      nullable: true,
      description: 'One address of the instance, with its reverse DNS; null with a NOT_FOUND error when the instance has no such address.',
      extensions: upstreamCost.perParent,
      args: { address: t.arg.id({ required: true }) },
      resolve: async (i, args, ctx) =>
        IPAddress.fromLinode(
          await ctx.upstream.get<IPAddressShape>(`/linode/instances/${i.id}/ips/${validId('ip', args.address, 'address')}`, {
            operation: 'GET /linode/instances/{id}/ips/{address}',
          }),
        ),
    }),
  }),
});

// The embedded `backups` settings, with the instance's id, widened with the backups themselves.
const InstanceBackups = Instance.nested<'backups', { linode_id: number }>('backups');
const backupsOf = (instanceId: number, ctx: GatewayContext) =>
  ctx.upstream.get<LinodeBackupsResponse>(`/linode/instances/${instanceId}/backups`, { operation: 'GET /linode/instances/{id}/backups' });

builder.objectField(Instance.ref, 'backups', (t) =>
  t.field({
    type: InstanceBackups,
    nullable: true,
    description: 'Backup settings, and the backups themselves (fetched only when selected).',
    resolve: (i) => (i.backups ? withGatewayKey(i.backups, 'linode_id', i.id) : null),
  }),
);
builder.objectField(Instance.ref, 'backup', (t) =>
  t.field({
    type: Backup.ref,
    nullable: true,
    description: 'One backup of the instance (automatic or snapshot), by its id; null with a NOT_FOUND error when there is none.',
    extensions: upstreamCost.perParent,
    args: { id: t.arg.id({ required: true }) },
    resolve: (i, args, ctx) =>
      ctx.upstream.get<BackupShape>(`/linode/instances/${i.id}/backups/${validId('int', args.id)}`, {
        operation: 'GET /linode/instances/{id}/backups/{id}',
      }),
  }),
);
builder.objectFields(InstanceBackups, (t) => ({
  automatic: t.field({
    type: [Backup.ref],
    nullable: { list: true, items: true },
    description: 'Automatic backups (fetched only when selected; one request covers automatic and snapshot).',
    extensions: upstreamCost.perParent,
    resolve: async (b, _args, ctx) => (await backupsOf(b.linode_id, ctx)).automatic,
  }),
  snapshot: t.field({
    type: BackupSnapshots,
    nullable: true,
    description: 'Manual snapshots (fetched only when selected).',
    extensions: upstreamCost.perParent,
    resolve: async (b, _args, ctx) => (await backupsOf(b.linode_id, ctx)).snapshot,
  }),
}));

// An address's instance (for a shared address, the one it is shared from) and its VPC.
const addressInstance = 'The instance the address is assigned to.';
for (const path of ['ipv4.private', 'ipv4.public', 'ipv4.reserved', 'ipv4.shared', 'ipv6.link_local', 'ipv6.slaac'] as const) {
  InstanceIPs.relate(path, (t) => ({ instance: referenceField(t, Instance, 'linode_id', addressInstance) }));
}
InstanceIPs.relate('ipv4.vpc', (t) => ({
  instance: referenceField(t, Instance, 'linode_id', addressInstance),
  vpc: referenceField(t, VPC, 'vpc_id', 'The VPC of the address.'),
}));
for (const path of ['ipv4.public.vpc_nat_1_1', 'ipv4.reserved.vpc_nat_1_1', 'ipv4.shared.vpc_nat_1_1'] as const) {
  InstanceIPs.relate(path, (t) => ({ vpc: referenceField(t, VPC, 'vpc_id', 'The VPC of the address.') }));
}
