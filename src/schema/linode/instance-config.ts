import type { LinodeConfigInterface } from 'linode-facts/shapes';
import { builder } from '../builder.js';
import { Kernel } from '../catalogs/kernel.js';
import { defineChildResource } from '../kit/child-resource.js';
import { upstreamCost } from '../kit/cost.js';
import { validId } from '../kit/ids.js';
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

// One interface of the configuration read on its own (the list is embedded in the configuration).
export const ConfigInterface = InstanceConfig.nested('interfaces');
builder.objectFields(ConfigInterface, (t) => ({
  vpc: referenceField(t, VPC, 'vpc_id', 'The VPC of a `vpc` interface.'),
}));
builder.objectField(InstanceConfig.ref, 'interface', (t) =>
  t.field({
    type: ConfigInterface,
    nullable: true,
    description: 'One network interface of the configuration, by its id; null with a NOT_FOUND error when there is none.',
    extensions: upstreamCost.perParent,
    args: { id: t.arg.id({ required: true }) },
    resolve: (c, args, ctx) =>
      ctx.upstream.get<LinodeConfigInterface>(
        `/linode/instances/${validId('int', c.linode_id)}/configs/${validId('int', c.id)}/interfaces/${validId('int', args.id)}`,
        { operation: 'GET /linode/instances/{id}/configs/{id}/interfaces/{id}' },
      ),
  }),
);
