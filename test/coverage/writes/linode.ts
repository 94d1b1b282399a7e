// Write cases for instances and what they hold: power and plan actions, disks, configs and their
// interfaces, addresses, backups and snapshots; then the images and StackScripts made from them.
// Each action takes an instance no earlier case left busy (a status in transition answers 400).
import type { Emulator } from 'linode-emulator';
import type { WriteCase } from './types.js';

type Instance = Emulator['store']['instances'][number];
const instances = (e: Emulator) => e.store.instances;
const disksOf = (e: Emulator, i: Instance) => e.store.disksByInstance[i.id] ?? [];
const configsOf = (e: Emulator, i: Instance) => e.store.configsByInstance[i.id] ?? [];
const freeSpace = (e: Emulator, i: Instance) => i.specs.disk - disksOf(e, i).reduce((sum, d) => sum + d.size, 0);

/** An instance in `status` with a config to boot and nothing in transition, the n-th of them. */
function withStatus(e: Emulator, status: string, n = 0): Instance {
  const found = instances(e).filter((i) => i.status === status && configsOf(e, i).length > 0 && !i.lke_cluster_id);
  if (!found[n]) throw new Error(`no ${status} instance #${n}`);
  return found[n];
}

/** The offline instance whose first disk the disk cases shrink, clone and add to (its first disk is large). */
const shrunk = (e: Emulator) =>
  instances(e).find((i) => i.status === 'offline' && disksOf(e, i).length > 1 && disksOf(e, i)[0].size > 4096 && !i.lke_cluster_id)!;

const withBackups = (e: Emulator) => {
  const found = instances(e).find((i) => i.status === 'running' && (e.store.backupsByInstance[i.id]?.automatic.length ?? 0) > 0);
  if (!found) throw new Error('no instance with backups');
  return found;
};

const userErrors = 'userErrors { field message }';

export const cases: WriteCase[] = [
  {
    mutation: 'createInstance',
    document: `mutation { createInstance(input: { region: "us-east", type: "g6-standard-1", label: "coverage-linode", image: "linode/debian12", rootPass: "c0verage-Pass!" }) { instance { id label status } ${userErrors} } }`,
    returns: 'instance',
  },
  {
    mutation: 'updateInstance',
    document: `mutation($id: ID!) { updateInstance(id: $id, input: { label: "coverage-renamed" }) { instance { id label } ${userErrors} } }`,
    variables: (e) => ({ id: withStatus(e, 'running', 5).id }),
    returns: 'instance',
  },
  {
    mutation: 'bootInstance',
    document: `mutation($id: ID!) { bootInstance(id: $id) { instance { id status } ${userErrors} } }`,
    variables: (e) => ({ id: withStatus(e, 'offline').id }),
    returns: 'instance',
  },
  {
    mutation: 'rebootInstance',
    document: `mutation($id: ID!) { rebootInstance(id: $id) { instance { id status } ${userErrors} } }`,
    variables: (e) => ({ id: withStatus(e, 'running').id }),
    returns: 'instance',
  },
  {
    mutation: 'shutdownInstance',
    document: `mutation($id: ID!) { shutdownInstance(id: $id) { instance { id status } ${userErrors} } }`,
    variables: (e) => ({ id: withStatus(e, 'running').id }),
    returns: 'instance',
  },
  {
    mutation: 'cloneInstance',
    document: `mutation($id: ID!) { cloneInstance(id: $id, input: { label: "coverage-clone", region: "us-east", type: "g6-standard-2" }) { instance { id label } ${userErrors} } }`,
    variables: (e) => ({ id: withStatus(e, 'offline').id }),
    returns: 'instance',
  },
  {
    mutation: 'rebuildInstance',
    document: `mutation($id: ID!) { rebuildInstance(id: $id, input: { image: "linode/debian12", rootPass: "c0verage-Pass!" }) { instance { id status } ${userErrors} } }`,
    variables: (e) => ({ id: withStatus(e, 'running').id }),
    returns: 'instance',
  },
  {
    mutation: 'resizeInstance',
    document: `mutation($id: ID!, $type: String!) { resizeInstance(id: $id, input: { type: $type }) { instance { id } ${userErrors} } }`,
    variables: (e) => {
      const instance = withStatus(e, 'running');
      const bigger = e.store.types.find((t) => t.id !== instance.type && t.disk >= instance.specs.disk * 2 && t.class === 'standard');
      return { id: instance.id, type: bigger?.id };
    },
    returns: 'instance',
  },
  {
    mutation: 'rescueInstance',
    document: `mutation($id: ID!) { rescueInstance(id: $id) { instance { id } ${userErrors} } }`,
    variables: (e) => ({ id: withStatus(e, 'running').id }),
    returns: 'instance',
  },
  {
    mutation: 'migrateInstance',
    document: `mutation($id: ID!) { migrateInstance(id: $id, input: { region: "us-west" }) { instance { id } ${userErrors} } }`,
    variables: (e) => ({ id: instances(e).find((i) => i.status === 'running' && i.region !== 'us-west' && !i.lke_cluster_id)!.id }),
    returns: 'instance',
  },
  {
    mutation: 'resetInstancePassword',
    document: `mutation($id: ID!) { resetInstancePassword(id: $id, input: { rootPass: "an0ther-Pass!" }) { instance { id } ${userErrors} } }`,
    variables: (e) => ({ id: withStatus(e, 'offline').id }),
    returns: 'instance',
  },
  {
    mutation: 'mutateInstance',
    document: `mutation($id: ID!) { mutateInstance(id: $id) { instance { id } ${userErrors} } }`,
    // An instance whose plan grew since it was made (Linode's free upgrades): its disk lags behind.
    variables: (e) => {
      const instance = withStatus(e, 'running');
      instance.specs.disk -= 1024;
      return { id: instance.id };
    },
    returns: 'instance',
  },
  {
    mutation: 'enableInstanceBackups',
    document: `mutation($id: ID!) { enableInstanceBackups(id: $id) { instance { id backups { enabled } } ${userErrors} } }`,
    variables: (e) => ({ id: instances(e).find((i) => !i.backups.enabled && i.status === 'running')!.id }),
    returns: 'instance',
  },
  {
    mutation: 'createInstanceSnapshot',
    document: `mutation($id: ID!) { createInstanceSnapshot(id: $id, input: { label: "coverage-snap" }) { backup { id label status } ${userErrors} } }`,
    variables: (e) => ({ id: withBackups(e).id }),
    returns: 'backup',
  },
  {
    mutation: 'restoreInstanceBackup',
    document: `mutation($linodeId: ID!, $id: ID!, $target: ID!) { restoreInstanceBackup(linodeId: $linodeId, id: $id, input: { linodeId: $target, overwrite: true }) { ${userErrors} } }`,
    variables: (e) => {
      const source = withBackups(e);
      const target = instances(e).find((i) => i.region === source.region && i.status === 'offline' && i.id !== source.id)!;
      return { linodeId: source.id, id: e.store.backupsByInstance[source.id].automatic[0].id, target: target.id };
    },
  },
  {
    mutation: 'cancelInstanceBackups',
    document: `mutation($id: ID!) { cancelInstanceBackups(id: $id) { instance { id backups { enabled } } ${userErrors} } }`,
    variables: (e) => ({ id: instances(e).find((i) => i.backups.enabled && i.status === 'running')!.id }),
    returns: 'instance',
  },
  {
    mutation: 'allocateInstanceIP',
    document: `mutation($id: ID!) { allocateInstanceIP(id: $id, input: { type: IPV4, public: false }) { ipAddress { id address public } ${userErrors} } }`,
    variables: (e) => ({ id: instances(e).find((i) => e.store.ipsByInstance[i.id]?.ipv4.private.length === 0)!.id }),
    returns: 'ipAddress',
  },
  {
    mutation: 'updateInstanceIP',
    document: `mutation($linodeId: ID!, $id: ID!) { updateInstanceIP(linodeId: $linodeId, id: $id, input: { rdns: "coverage.example.com" }) { ipAddress { id rdns } ${userErrors} } }`,
    variables: (e) => {
      const instance = instances(e).find((i) => (e.store.ipsByInstance[i.id]?.ipv4.public.length ?? 0) > 0)!;
      return { linodeId: instance.id, id: e.store.ipsByInstance[instance.id].ipv4.public[0].address };
    },
    returns: 'ipAddress',
  },
  {
    mutation: 'deleteInstanceIP',
    document: `mutation($linodeId: ID!, $id: ID!) { deleteInstanceIP(linodeId: $linodeId, id: $id) { deletedId ${userErrors} } }`,
    variables: (e) => {
      const instance = instances(e).find((i) => (e.store.ipsByInstance[i.id]?.ipv4.private.length ?? 0) > 0)!;
      return { linodeId: instance.id, id: e.store.ipsByInstance[instance.id].ipv4.private[0].address };
    },
    returns: 'deletedId',
  },

  {
    mutation: 'resizeDisk',
    // Shrinks the first disk of an offline instance: room for the clone and the new disk below.
    document: `mutation($linodeId: ID!, $id: ID!, $size: SafeInt!) { resizeDisk(linodeId: $linodeId, id: $id, input: { size: $size }) { ${userErrors} } }`,
    variables: (e) => {
      const instance = shrunk(e);
      const disk = disksOf(e, instance)[0];
      return { linodeId: instance.id, id: disk.id, size: disk.size - 2048 };
    },
  },
  {
    mutation: 'cloneDisk',
    document: `mutation($linodeId: ID!, $id: ID!) { cloneDisk(linodeId: $linodeId, id: $id) { disk { id label status } ${userErrors} } }`,
    variables: (e) => {
      const instance = shrunk(e);
      const fits = disksOf(e, instance).find((d) => d.status === 'ready' && d.size <= freeSpace(e, instance))!;
      return { linodeId: instance.id, id: fits.id };
    },
    returns: 'disk',
  },
  {
    mutation: 'createDisk',
    document: `mutation($linodeId: ID!) { createDisk(linodeId: $linodeId, input: { size: 256, label: "coverage-disk", filesystem: EXT4 }) { disk { id label } ${userErrors} } }`,
    variables: (e) => ({ linodeId: shrunk(e).id }),
    returns: 'disk',
  },
  {
    mutation: 'updateDisk',
    document: `mutation($linodeId: ID!, $id: ID!) { updateDisk(linodeId: $linodeId, id: $id, input: { label: "coverage-renamed-disk" }) { disk { id label } ${userErrors} } }`,
    variables: (e) => {
      const instance = withStatus(e, 'running', 1);
      return { linodeId: instance.id, id: disksOf(e, instance)[0].id };
    },
    returns: 'disk',
  },
  {
    mutation: 'resetDiskPassword',
    document: `mutation($linodeId: ID!, $id: ID!) { resetDiskPassword(linodeId: $linodeId, id: $id, input: { password: "d1sk-Pass-word" }) { ${userErrors} } }`,
    variables: (e) => {
      const instance = instances(e).find((i) => i.status === 'offline' && disksOf(e, i).length > 0)!;
      return { linodeId: instance.id, id: disksOf(e, instance)[0].id };
    },
  },

  {
    mutation: 'createInstanceConfig',
    document: `mutation($linodeId: ID!, $disk: ID!) { createInstanceConfig(linodeId: $linodeId, input: { label: "coverage-config", devices: { sda: { diskId: $disk } } }) { config { id label } ${userErrors} } }`,
    variables: (e) => {
      const instance = withStatus(e, 'running', 2);
      return { linodeId: instance.id, disk: disksOf(e, instance)[0].id };
    },
    returns: 'config',
  },
  {
    mutation: 'updateInstanceConfig',
    document: `mutation($linodeId: ID!, $id: ID!) { updateInstanceConfig(linodeId: $linodeId, id: $id, input: { comments: "coverage" }) { config { id comments } ${userErrors} } }`,
    variables: (e) => {
      const instance = withStatus(e, 'running', 2);
      return { linodeId: instance.id, id: configsOf(e, instance)[0].id };
    },
    returns: 'config',
  },
  {
    mutation: 'createInstanceConfigInterface',
    document: `mutation($linodeId: ID!, $configId: ID!) { createInstanceConfigInterface(linodeId: $linodeId, configId: $configId, input: { purpose: VLAN, label: "coverage-vlan", ipamAddress: "10.9.0.2/24" }) { interface { id purpose label } ${userErrors} } }`,
    variables: (e) => {
      const instance = withStatus(e, 'running', 3);
      return { linodeId: instance.id, configId: configsOf(e, instance)[0].id };
    },
    returns: 'interface',
  },
  {
    mutation: 'updateInstanceConfigInterface',
    document: `mutation($linodeId: ID!, $configId: ID!, $id: ID!) { updateInstanceConfigInterface(linodeId: $linodeId, configId: $configId, id: $id, input: { primary: false }) { interface { id primary } ${userErrors} } }`,
    variables: (e) => {
      const instance = withStatus(e, 'running', 3);
      const config = configsOf(e, instance)[0];
      return { linodeId: instance.id, configId: config.id, id: config.interfaces[0].id };
    },
    returns: 'interface',
  },
  {
    mutation: 'orderInstanceConfigInterfaces',
    document: `mutation($linodeId: ID!, $id: ID!, $ids: [ID!]!) { orderInstanceConfigInterfaces(linodeId: $linodeId, id: $id, input: { ids: $ids }) { interfaces { id } ${userErrors} } }`,
    variables: (e) => {
      const instance = withStatus(e, 'running', 3);
      const config = configsOf(e, instance)[0];
      return { linodeId: instance.id, id: config.id, ids: config.interfaces.map((i) => i.id).reverse() };
    },
    returns: 'interfaces',
  },
  {
    mutation: 'deleteInstanceConfigInterface',
    document: `mutation($linodeId: ID!, $configId: ID!, $id: ID!) { deleteInstanceConfigInterface(linodeId: $linodeId, configId: $configId, id: $id) { deletedId ${userErrors} } }`,
    variables: (e) => {
      const instance = withStatus(e, 'running', 3);
      const config = configsOf(e, instance)[0];
      return { linodeId: instance.id, configId: config.id, id: config.interfaces[config.interfaces.length - 1].id };
    },
    returns: 'deletedId',
  },

  {
    mutation: 'createImage',
    document: `mutation($disk: ID!) { createImage(input: { diskId: $disk, label: "coverage-image" }) { image { id label status } ${userErrors} } }`,
    variables: (e) => {
      const instance = instances(e).find((i) => disksOf(e, i).some((d) => d.status === 'ready' && d.filesystem === 'ext4'))!;
      return { disk: disksOf(e, instance).find((d) => d.status === 'ready' && d.filesystem === 'ext4')!.id };
    },
    returns: 'image',
  },
  {
    mutation: 'uploadImage',
    document: `mutation { uploadImage(input: { label: "coverage-upload", region: "us-east", description: "uploaded" }) { image { id status } uploadTo ${userErrors} } }`,
    returns: 'uploadTo',
  },
  {
    mutation: 'updateImage',
    document: `mutation($id: ID!) { updateImage(id: $id, input: { label: "coverage-image-renamed" }) { image { id label } ${userErrors} } }`,
    variables: (e) => ({ id: e.store.images.find((i) => !i.is_public)!.id }),
    returns: 'image',
  },
  {
    mutation: 'deleteImage',
    document: `mutation($id: ID!) { deleteImage(id: $id) { deletedId ${userErrors} } }`,
    variables: (e) => ({ id: e.store.images.find((i) => !i.is_public && i.status === 'available')!.id }),
    returns: 'deletedId',
  },
  {
    mutation: 'createStackScript',
    document: `mutation { createStackScript(input: { label: "coverage-script", images: ["linode/debian12"], script: "#!/bin/bash\\necho hello" }) { stackScript { id label } ${userErrors} } }`,
    returns: 'stackScript',
  },
  {
    mutation: 'updateStackScript',
    document: `mutation($id: ID!) { updateStackScript(id: $id, input: { description: "coverage" }) { stackScript { id description } ${userErrors} } }`,
    variables: (e) => ({ id: e.store.collections['/linode/stackscripts'].find((s) => s.mine === true)!.id }),
    returns: 'stackScript',
  },
  {
    mutation: 'deleteStackScript',
    document: `mutation($id: ID!) { deleteStackScript(id: $id) { deletedId ${userErrors} } }`,
    variables: (e) => ({ id: e.store.collections['/linode/stackscripts'].find((s) => s.mine === true)!.id }),
    returns: 'deletedId',
  },

  {
    mutation: 'deleteInstanceConfig',
    document: `mutation($linodeId: ID!, $id: ID!) { deleteInstanceConfig(linodeId: $linodeId, id: $id) { deletedId ${userErrors} } }`,
    variables: (e) => {
      const instance = withStatus(e, 'running', 2);
      return { linodeId: instance.id, id: configsOf(e, instance).at(-1)!.id };
    },
    returns: 'deletedId',
  },
  {
    mutation: 'deleteDisk',
    document: `mutation($linodeId: ID!, $id: ID!) { deleteDisk(linodeId: $linodeId, id: $id) { deletedId ${userErrors} } }`,
    variables: (e) => {
      const instance = withStatus(e, 'offline', 1);
      return { linodeId: instance.id, id: disksOf(e, instance).at(-1)!.id };
    },
    returns: 'deletedId',
  },
  {
    mutation: 'deleteInstance',
    document: `mutation($id: ID!) { deleteInstance(id: $id) { deletedId ${userErrors} } }`,
    variables: (e) => ({ id: withStatus(e, 'offline', 2).id }),
    returns: 'deletedId',
  },
];
