import { defineChildResource } from '../kit/child-resource.js';
import { referenceField } from '../kit/relation.js';
import type { FieldMap } from '../kit/types.js';
import { Instance } from './instance.js';

export const Disk = defineChildResource({
  name: 'Disk',
  schema: 'Disk',
  description: 'A disk of an instance.',
  path: (linodeId) => `/linode/instances/${linodeId}/disks`,
  operation: 'GET /linode/instances/{id}/disks',
  parentKey: 'linode_id',
  relations: (t): FieldMap => ({
    instance: referenceField(t, Instance, 'linode_id', 'The instance this disk belongs to.'),
  }),
});
