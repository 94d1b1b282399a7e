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
