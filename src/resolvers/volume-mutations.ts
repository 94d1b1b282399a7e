// Root Mutation fields for block storage volumes.
import { defineMutations } from '../schema/kit/mutations.js';
import { Volume } from '../schema/volumes/volume.js';

const volume = { field: 'volume', resource: Volume };

defineMutations({
  createVolume: {
    op: 'POST /volumes',
    description: 'Creates a block storage volume.',
    input: 'A new volume: a label, and a region or an instance to attach to.',
    returns: volume,
  },
  updateVolume: {
    op: 'PUT /volumes/{volumeId}',
    id: 'volumeId',
    description: "Changes a volume's label or tags.",
    input: 'Changes to a volume.',
    returns: volume,
  },
  deleteVolume: { op: 'DELETE /volumes/{volumeId}', id: 'volumeId', description: 'Deletes a detached volume.', returns: 'deleted' },
  attachVolume: {
    op: 'POST /volumes/{volumeId}/attach',
    id: 'volumeId',
    description: 'Attaches a volume to an instance in its region.',
    input: 'The instance (and optionally config) to attach the volume to.',
    returns: volume,
  },
  // Linode answers nothing: the volume is read again when selected.
  detachVolume: {
    op: 'POST /volumes/{volumeId}/detach',
    id: 'volumeId',
    description: 'Detaches a volume from its instance.',
    returns: { ...volume, reload: true },
  },
  cloneVolume: {
    op: 'POST /volumes/{volumeId}/clone',
    id: 'volumeId',
    description: 'Copies a volume into a new one in the same region.',
    returns: volume,
  },
  resizeVolume: {
    op: 'POST /volumes/{volumeId}/resize',
    id: 'volumeId',
    description: 'Grows a volume (it cannot shrink).',
    returns: volume,
  },
});
