import { defineChildResource } from '../kit/child-resource.js';
import { Instance } from './instance.js';
import { relation } from '../kit/relation.js';

export const Disk = defineChildResource({
  name: 'Disk',
  schema: 'Disk',
  description: 'A disk of an instance.',
  path: (linodeId) => `/linode/instances/${linodeId}/disks`,
  operation: 'GET /linode/instances/{id}/disks',
  parentKey: 'linode_id',
  relations: (t) => ({
    instance: relation(t, Instance, (disk) => disk.linode_id, 'The instance this disk belongs to.'),
  }),
});
