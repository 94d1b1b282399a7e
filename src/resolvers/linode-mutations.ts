// Root Mutation fields for instances and their disks and configs.
import { defineMutations } from '../schema/kit/mutations.js';
import { Disk } from '../schema/linode/disk.js';
import { InstanceConfig } from '../schema/linode/instance-config.js';
import { Instance } from '../schema/linode/instance.js';

const instance = { field: 'instance', resource: Instance };
/** Actions answer nothing; the instance is read again (its status shows the action under way). */
const actedOn = { ...instance, reload: true };
const ofInstance = (params: Record<string, string>) => params.linodeId;

defineMutations({
  createInstance: {
    op: 'POST /linode/instances',
    description: 'Creates an instance.',
    input: 'A new instance: region and type are required; an image needs a root password.',
    returns: instance,
  },
  updateInstance: {
    op: 'PUT /linode/instances/{linodeId}',
    id: 'linodeId',
    description: "Changes an instance's label, tags, alerts, backup schedule or watchdog.",
    input: 'Changes to an instance; fields left out stay as they are.',
    returns: instance,
  },
  deleteInstance: {
    op: 'DELETE /linode/instances/{linodeId}',
    id: 'linodeId',
    description: 'Deletes an instance and its disks, configs and backups.',
    returns: 'deleted',
  },
  bootInstance: {
    op: 'POST /linode/instances/{linodeId}/boot',
    id: 'linodeId',
    description: 'Boots an instance.',
    input: 'Which configuration to boot; the last one booted when left out.',
    returns: actedOn,
    optionalInput: true,
  },
  rebootInstance: {
    op: 'POST /linode/instances/{linodeId}/reboot',
    id: 'linodeId',
    description: 'Reboots an instance.',
    returns: actedOn,
    optionalInput: true,
  },
  shutdownInstance: {
    op: 'POST /linode/instances/{linodeId}/shutdown',
    id: 'linodeId',
    description: 'Shuts an instance down.',
    returns: actedOn,
  },
  cloneInstance: {
    op: 'POST /linode/instances/{linodeId}/clone',
    id: 'linodeId',
    description: "Copies an instance's disks and configs into a new instance (or onto an existing one).",
    returns: instance,
  },
  rebuildInstance: {
    op: 'POST /linode/instances/{linodeId}/rebuild',
    id: 'linodeId',
    description: 'Rebuilds an instance from an image, deleting its disks.',
    returns: instance,
  },
  resizeInstance: {
    op: 'POST /linode/instances/{linodeId}/resize',
    id: 'linodeId',
    description: 'Moves an instance to another plan.',
    returns: actedOn,
  },
  rescueInstance: {
    op: 'POST /linode/instances/{linodeId}/rescue',
    id: 'linodeId',
    description: 'Boots an instance into rescue mode.',
    returns: actedOn,
    optionalInput: true,
  },
  migrateInstance: {
    op: 'POST /linode/instances/{linodeId}/migrate',
    id: 'linodeId',
    description: 'Starts a pending migration, or moves an instance to another region.',
    returns: actedOn,
    optionalInput: true,
  },
  resetInstancePassword: {
    op: 'POST /linode/instances/{linodeId}/password',
    id: 'linodeId',
    description: 'Sets the root password of an instance that is shut down.',
    returns: actedOn,
  },
  enableInstanceBackups: {
    op: 'POST /linode/instances/{linodeId}/backups/enable',
    id: 'linodeId',
    description: 'Turns on the backup service for an instance.',
    returns: actedOn,
  },
  cancelInstanceBackups: {
    op: 'POST /linode/instances/{linodeId}/backups/cancel',
    id: 'linodeId',
    description: 'Turns off the backup service; existing backups are deleted.',
    returns: actedOn,
  },

  createDisk: {
    op: 'POST /linode/instances/{linodeId}/disks',
    description: 'Creates a disk on an instance.',
    returns: { field: 'disk', child: Disk, parent: ofInstance },
  },
  updateDisk: {
    op: 'PUT /linode/instances/{linodeId}/disks/{diskId}',
    id: 'diskId',
    description: 'Renames a disk.',
    returns: { field: 'disk', child: Disk, parent: ofInstance },
  },
  deleteDisk: {
    op: 'DELETE /linode/instances/{linodeId}/disks/{diskId}',
    id: 'diskId',
    description: 'Deletes a disk.',
    returns: 'deleted',
  },
  resizeDisk: {
    op: 'POST /linode/instances/{linodeId}/disks/{diskId}/resize',
    id: 'diskId',
    description: 'Resizes a disk of an instance that is shut down.',
    returns: 'none',
  },

  createInstanceConfig: {
    op: 'POST /linode/instances/{linodeId}/configs',
    description: 'Adds a boot configuration to an instance.',
    returns: { field: 'config', child: InstanceConfig, parent: ofInstance },
  },
  updateInstanceConfig: {
    op: 'PUT /linode/instances/{linodeId}/configs/{configId}',
    id: 'configId',
    description: 'Changes a boot configuration.',
    returns: { field: 'config', child: InstanceConfig, parent: ofInstance },
  },
  deleteInstanceConfig: {
    op: 'DELETE /linode/instances/{linodeId}/configs/{configId}',
    id: 'configId',
    description: 'Deletes a boot configuration.',
    returns: 'deleted',
  },
});
