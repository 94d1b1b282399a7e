import { Kernel } from '../catalogs/kernel.js';
import { defineChildResource } from '../kit/child-resource.js';
import { relateNested } from '../kit/fact-fields.js';
import { VPC } from '../networking/vpc.js';
import { Volume } from '../volumes/volume.js';
import { Instance } from './instance.js';
import { referenceField, relation } from '../kit/relation.js';
import { schemaFact, type ObjectFact } from 'linode-facts';
import { pascalCase } from '../kit/names.js';

export const InstanceConfig = defineChildResource({
  name: 'InstanceConfig',
  schema: 'LinodeConfig',
  description: 'A boot configuration of an instance: kernel, devices, helpers and network interfaces.',
  path: (linodeId) => `/linode/instances/${linodeId}/configs`,
  operation: 'GET /linode/instances/{id}/configs',
  parentKey: 'linode_id',
  omit: ['kernel'],
  relations: (t) => ({
    kernel: relation(t, Kernel, (c) => c.kernel, 'The kernel this configuration boots.'),
    instance: relation(t, Instance, (c) => c.linode_id, 'The instance this configuration belongs to.'),
  }),
});

// Every device slot Linode has (sda.., today up to sdbl), each possibly a volume.
const deviceSlots = Object.keys((schemaFact('LinodeConfig').fields.devices as ObjectFact).fields);
relateNested(
  deviceSlots.map((slot) => `InstanceConfigDevices${pascalCase(slot)}`),
  (t) => ({ volume: referenceField(t, Volume, 'volume_id', 'The volume on this device, when it is one.') }),
);
relateNested('InstanceConfigInterface', (t) => ({ vpc: referenceField(t, VPC, 'vpc_id', 'The VPC of a `vpc` interface.') }));
