import { Kernel } from '../catalogs/kernel.js';
import { defineChildResource } from '../kit/child-resource.js';
import { referenceField, relateNested } from '../kit/fact-fields.js';
import { VPC } from '../networking/vpc.js';
import { Volume } from '../volumes/volume.js';
import { Instance } from './instance.js';

export const InstanceConfig = defineChildResource({
  name: 'InstanceConfig',
  schema: 'LinodeConfig',
  description: 'A boot configuration of an instance: kernel, devices, helpers and network interfaces.',
  path: (linodeId) => `/linode/instances/${linodeId}/configs`,
  operation: 'GET /linode/instances/{id}/configs',
  parentKey: 'linode_id',
  omit: ['kernel'],
  relations: (t) => ({
    kernel: t.field({ type: Kernel.ref, nullable: true, description: 'The kernel this configuration boots.', resolve: (c: { kernel: string }) => c.kernel }),
    instance: t.field({ type: Instance.ref, nullable: true, description: 'The instance this configuration belongs to.', resolve: (c: { linode_id: number }) => c.linode_id }),
  }),
});

relateNested(
  ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((letter) => `InstanceConfigDevicesSd${letter}`),
  (t) => ({ volume: referenceField(t, Volume.ref, 'volume_id', 'The volume on this device, when it is one.') }),
);
relateNested('InstanceConfigInterface', (t) => ({ vpc: referenceField(t, VPC.ref, 'vpc_id', 'The VPC of a `vpc` interface.') }));
