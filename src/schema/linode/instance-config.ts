import { Kernel } from '../catalogs/kernel.js';
import { defineChildResource } from '../kit/child-resource.js';
import { referenceField } from '../kit/relation.js';
import type { FieldMap } from '../kit/types.js';
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
  relations: (t): FieldMap => ({
    kernel: referenceField(t, Kernel, 'kernel', 'The kernel this configuration boots.'),
    instance: referenceField(t, Instance, 'linode_id', 'The instance this configuration belongs to.'),
  }),
});

// Every device slot Linode has (sda.., today up to sdbl), each possibly a volume.
InstanceConfig.relateUnder('devices', (t) => ({
  volume: referenceField(t, Volume, 'volume_id', 'The volume on this device, when it is one.'),
}));
InstanceConfig.relate('interfaces', (t) => ({
  vpc: referenceField(t, VPC, 'vpc_id', 'The VPC of a `vpc` interface.'),
}));
