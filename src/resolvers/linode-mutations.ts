// Root Mutation fields for instances and their disks and configs.
import { defineMutations, type MutationChild } from '../schema/kit/mutations.js';
import type { ObjectOf } from '../schema/kit/types.js';
import { Disk } from '../schema/linode/disk.js';
import { ConfigInterface, InstanceConfig } from '../schema/linode/instance-config.js';
import { Backup, Instance } from '../schema/linode/instance.js';
import { IPAddress } from '../schema/networking/ip-address.js';

const instance = { field: 'instance', resource: Instance };
/** Actions answer nothing; the instance is read again (its status shows the action under way). */
const actedOn = { ...instance, reload: true };
const ofInstance = (params: Record<string, string>) => params.linodeId;
/** Objects Linode answers that keep no parent id: a backup, a config's interface. */
const asAnswered = (name: string, ref: ObjectOf<unknown>): MutationChild => ({ config: { name }, ref, adopt: (item) => item });
const backupRef: ObjectOf<unknown> = Backup.ref;
const interfaceRef: ObjectOf<unknown> = ConfigInterface;
const backup = { field: 'backup', child: asAnswered('Backup', backupRef), parent: ofInstance };
const configInterface = { field: 'interface', child: asAnswered('InstanceConfigInterface', interfaceRef), parent: ofInstance };
const ipAddress = { field: 'ipAddress', resource: IPAddress };

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

  mutateInstance: {
    op: 'POST /linode/instances/{linodeId}/mutate',
    id: 'linodeId',
    description: "Applies the free upgrade of an instance's plan (its resources catch up with the plan's).",
    input: 'Whether the disk may grow with the plan (it does when left out).',
    returns: actedOn,
    optionalInput: true,
  },
  createInstanceSnapshot: {
    op: 'POST /linode/instances/{linodeId}/backups',
    id: 'linodeId',
    description: 'Takes a manual snapshot of an instance with backups enabled; it replaces the previous snapshot once done.',
    returns: backup,
  },
  restoreInstanceBackup: {
    op: 'POST /linode/instances/{linodeId}/backups/{backupId}/restore',
    id: 'backupId',
    description: "Restores a backup's disks onto an instance in the same region (replacing its disks with `overwrite`).",
    returns: 'none',
  },
  allocateInstanceIP: {
    op: 'POST /linode/instances/{linodeId}/ips',
    id: 'linodeId',
    description: 'Adds an IPv4 address to an instance (a private one; more public ones need a word with Linode support).',
    returns: ipAddress,
  },
  updateInstanceIP: {
    op: 'PUT /linode/instances/{linodeId}/ips/{address}',
    id: 'address',
    description: "Sets an address's reverse DNS.",
    returns: ipAddress,
  },
  deleteInstanceIP: {
    op: 'DELETE /linode/instances/{linodeId}/ips/{address}',
    id: 'address',
    description: 'Removes an IPv4 address from an instance (never its last public one).',
    returns: 'deleted',
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

  cloneDisk: {
    op: 'POST /linode/instances/{linodeId}/disks/{diskId}/clone',
    id: 'diskId',
    description: 'Copies a disk onto the same instance, if it has the space.',
    returns: { field: 'disk', child: Disk, parent: ofInstance },
  },
  resetDiskPassword: {
    op: 'POST /linode/instances/{linodeId}/disks/{diskId}/password',
    id: 'diskId',
    description: "Sets the root password of a disk's system; the instance must be shut down.",
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

  createInstanceConfigInterface: {
    op: 'POST /linode/instances/{linodeId}/configs/{configId}/interfaces',
    description: 'Adds a network interface to a boot configuration (three at most, one public).',
    returns: configInterface,
  },
  updateInstanceConfigInterface: {
    op: 'PUT /linode/instances/{linodeId}/configs/{configId}/interfaces/{interfaceId}',
    id: 'interfaceId',
    description: "Changes whether an interface is the primary one, and a VPC interface's addresses and ranges.",
    returns: configInterface,
  },
  deleteInstanceConfigInterface: {
    op: 'DELETE /linode/instances/{linodeId}/configs/{configId}/interfaces/{interfaceId}',
    id: 'interfaceId',
    description: 'Removes a network interface from a boot configuration.',
    returns: 'deleted',
  },
  orderInstanceConfigInterfaces: {
    op: 'POST /linode/instances/{linodeId}/configs/{configId}/interfaces/order',
    id: 'configId',
    description: "Puts a configuration's interfaces in the given order (every one of them, by id).",
    returns: 'none',
    // Linode answers `{}`: the new order is read when asked for.
    readBack: {
      field: 'interfaces',
      op: 'GET /linode/instances/{linodeId}/configs/{configId}/interfaces',
      item: interfaceRef,
      description: "The configuration's interfaces in their new order, read again after the change.",
    },
  },
});
