// Write cases for block storage volumes.
import type { WriteCase } from './types.js';

const attached = (e: { store: { volumes: Array<{ id: number; linode_id: number | null }> } }) =>
  e.store.volumes.find((v) => v.linode_id !== null)!;
const detached = (e: { store: { volumes: Array<{ id: number; linode_id: number | null }> } }) =>
  e.store.volumes.find((v) => v.linode_id === null)!;

export const cases: WriteCase[] = [
  {
    mutation: 'createVolume',
    document:
      'mutation { createVolume(input: { label: "coverage-vol", region: "us-east", size: 20 }) { volume { id label } userErrors { field message } } }',
    returns: 'volume',
  },
  {
    mutation: 'updateVolume',
    document:
      'mutation($id: ID!) { updateVolume(id: $id, input: { label: "renamed-vol" }) { volume { id label } userErrors { field message } } }',
    variables: (e) => ({ id: detached(e).id }),
    returns: 'volume',
  },
  {
    mutation: 'resizeVolume',
    document:
      'mutation($id: ID!, $size: Int!) { resizeVolume(id: $id, input: { size: $size }) { volume { id size } userErrors { field message } } }',
    variables: (e) => {
      const volume = e.store.volumes.find((v) => v.status === 'active')!;
      return { id: volume.id, size: volume.size + 10 };
    },
    returns: 'volume',
  },
  {
    mutation: 'cloneVolume',
    document:
      'mutation($id: ID!) { cloneVolume(id: $id, input: { label: "coverage-clone-vol" }) { volume { id label } userErrors { field message } } }',
    variables: (e) => ({ id: e.store.volumes.find((v) => v.status === 'active')!.id }),
    returns: 'volume',
  },
  {
    mutation: 'attachVolume',
    document:
      'mutation($id: ID!, $linodeId: ID!) { attachVolume(id: $id, input: { linodeId: $linodeId }) { volume { id linodeId } userErrors { field message } } }',
    variables: (e) => {
      const volume = e.store.volumes.find((v) => v.linode_id === null && v.status === 'active')!;
      const instance = e.store.instances.find((i) => i.region === volume.region && i.status === 'running')!;
      return { id: volume.id, linodeId: instance.id };
    },
    returns: 'volume',
  },
  {
    mutation: 'detachVolume',
    document: 'mutation($id: ID!) { detachVolume(id: $id) { volume { id } userErrors { field message } } }',
    variables: (e) => ({ id: attached(e).id }),
  },
  {
    mutation: 'deleteVolume',
    document: 'mutation($id: ID!) { deleteVolume(id: $id) { deletedId userErrors { field message } } }',
    variables: (e) => ({ id: detached(e).id }),
    returns: 'deletedId',
  },
];
