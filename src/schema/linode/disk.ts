import { defineChildResource } from '../kit/child-resource.js';
import { Instance } from './instance.js';

export const Disk = defineChildResource({
  name: 'Disk',
  schema: 'Disk',
  description: 'A disk of an instance.',
  path: (linodeId) => `/linode/instances/${linodeId}/disks`,
  operation: 'GET /linode/instances/{id}/disks',
  parentKey: 'linode_id',
  relations: (t) => ({
    instance: t.field({ type: Instance.ref, nullable: true, description: 'The instance this disk belongs to.', resolve: (disk: { linode_id: number }) => disk.linode_id }),
  }),
});
