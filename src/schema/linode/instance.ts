import type { GatewayContext } from '../../context.js';
import { operationFact, schemaFact, type ObjectFact } from 'linode-facts';
import { instanceVolumesLoader } from '../../loaders/instance-volumes.js';
import { builder } from '../builder.js';
import { Image } from '../catalogs/image.js';
import { LinodeType } from '../catalogs/linode-type.js';
import { regionField } from '../catalogs/region.js';
import { arrayConnection, windowSpec } from '../kit/connection.js';
import { upstreamCost } from '../kit/cost.js';
import { factObjectRef, relateNested, withGatewayKey, type LinodeRecord } from '../kit/fact-fields.js';
import { defineResource, listArgs } from '../kit/resource.js';
import { Firewall } from '../networking/firewall.js';
import { VPC } from '../networking/vpc.js';
import { NodeBalancer } from '../nodebalancers/nodebalancer.js';
import { Volume } from '../volumes/volume.js';
import { Disk } from './disk.js';
import { InstanceConfig } from './instance-config.js';
import { referenceField, relation } from '../kit/relation.js';
import { LKECluster } from '../lke/lke-cluster.js';

type InstanceRecord = LinodeRecord & { id: number; region: string; type: string; image: string | null; backups: LinodeRecord };

type BackupsAnswer = { automatic: LinodeRecord[]; snapshot: { in_progress: LinodeRecord | null; current: LinodeRecord | null } };

const backupsFact = operationFact('GET', '/linode/instances/{linodeId}/backups').response as ObjectFact;
const ipsFact = operationFact('GET', '/linode/instances/{linodeId}/ips').response as ObjectFact;
const Backup = factObjectRef('Backup', 'Backup', backupsFact.fields.automatic.items as ObjectFact);
const BackupSnapshots = builder.objectRef<BackupsAnswer['snapshot']>('BackupSnapshots').implement({
  description: 'The manual snapshot of an instance: the one being taken and the current one.',
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  fields: (t: any) => ({
    inProgress: t.field({ type: Backup, nullable: true, resolve: (s: BackupsAnswer['snapshot']) => s.in_progress }),
    current: t.field({ type: Backup, nullable: true, resolve: (s: BackupsAnswer['snapshot']) => s.current }),
  }),
});
const InstanceIPs = factObjectRef('InstanceIPs', 'LinodeIPs', ipsFact);
// The embedded `backups` settings, widened below with the backups themselves.
const InstanceBackups = factObjectRef('InstanceBackups', 'Linode', schemaFact('Linode').fields.backups as ObjectFact, {}, 'backups');

export const Instance = defineResource({
  name: 'Instance',
  schema: 'Linode',
  description: 'A Linode compute instance (a virtual machine).',
  path: '/linode/instances',
  idKind: 'int',
  root: { one: 'instance', many: 'instances' },
  omit: ['region', 'type', 'image', 'backups'],
  relations: (t) => ({
    region: regionField(t, 'Where the instance runs.'),
    type: relation(t, LinodeType, (i) => i.type, 'The plan the instance runs on.'),
    image: relation(t, Image, (i) => i.image, 'The image the instance was deployed from, if any (null for one deleted since).'),
    lkeCluster: referenceField(t, LKECluster, 'lke_cluster_id', 'The LKE cluster this instance is a node of, if any.'),
    disks: Disk.field(t, "The instance's disks.", (i) => i.id as number),
    configs: InstanceConfig.field(t, "The instance's boot configurations.", (i) => i.id as number),
    volumes: t.connection(
      {
        type: Volume.ref,
        nullable: true,
        description: 'Block storage volumes attached to the instance.',
        extensions: upstreamCost.batched,
        args: listArgs(t, Volume.filter),
        resolve: async (i: InstanceRecord, args: Record<string, unknown>, ctx: GatewayContext) => {
          if (args.filter || args.orderBy) return Volume.resolveConnection(ctx, args, `/linode/instances/${i.id}/volumes`);
          windowSpec(args);
          const volumes = await instanceVolumesLoader(ctx).load(String(i.id));
          return arrayConnection(volumes, args);
        },
      },
      Volume.connection,
    ),
    firewalls: Firewall.connectionField(t, 'Firewalls protecting the instance.', (i) => `/linode/instances/${i.id}/firewalls`),
    nodeBalancers: NodeBalancer.connectionField(
      t,
      'NodeBalancers sending traffic to the instance.',
      (i) => `/linode/instances/${i.id}/nodebalancers`,
    ),
    backups: t.field({
      type: InstanceBackups,
      nullable: true,
      description: 'Backup settings, and the backups themselves (fetched only when selected).',
      resolve: (i: InstanceRecord) => (i.backups ? withGatewayKey(i.backups, 'linode_id', i.id) : null),
    }),
    ips: t.field({
      type: InstanceIPs,
      nullable: true,
      description: "The instance's IPv4 and IPv6 addresses (fetched only when selected).",
      extensions: upstreamCost.perParent,
      resolve: (i: InstanceRecord, _args: unknown, ctx: GatewayContext) =>
        ctx.upstream.get(`/linode/instances/${i.id}/ips`, { operation: 'GET /linode/instances/{id}/ips' }),
    }),
  }),
});

const backupsOf = (b: LinodeRecord, ctx: GatewayContext) =>
  ctx.upstream.get<BackupsAnswer>(`/linode/instances/${b.linode_id}/backups`, { operation: 'GET /linode/instances/{id}/backups' });

// eslint-disable-next-line @typescript-eslint/no-explicit-any
builder.objectFields(InstanceBackups, (t: any) => ({
  automatic: t.field({
    type: [Backup],
    nullable: true,
    description: 'Automatic backups (fetched only when selected; one request covers automatic and snapshot).',
    extensions: upstreamCost.perParent,
    resolve: async (b: LinodeRecord, _args: unknown, ctx: GatewayContext) => (await backupsOf(b, ctx)).automatic,
  }),
  snapshot: t.field({
    type: BackupSnapshots,
    nullable: true,
    description: 'Manual snapshots (fetched only when selected).',
    extensions: upstreamCost.perParent,
    resolve: async (b: LinodeRecord, _args: unknown, ctx: GatewayContext) => (await backupsOf(b, ctx)).snapshot,
  }),
}));

// An address's instance: for a shared address, the one it is shared from.
relateNested(
  ['Ipv4Private', 'Ipv4Public', 'Ipv4Reserved', 'Ipv4Shared', 'Ipv4Vpc', 'Ipv6LinkLocal', 'Ipv6Slaac'].map((kind) => `InstanceIPs${kind}`),
  (t) => ({ instance: referenceField(t, Instance, 'linode_id', 'The instance the address is assigned to.') }),
);
relateNested(
  ['Ipv4Vpc', 'Ipv4PublicVpcNat11', 'Ipv4ReservedVpcNat11', 'Ipv4SharedVpcNat11'].map((kind) => `InstanceIPs${kind}`),
  (t) => ({ vpc: referenceField(t, VPC, 'vpc_id', 'The VPC of the address.') }),
);
