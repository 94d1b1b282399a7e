// Write cases for locks.
import type { Emulator } from 'linode-emulator';
import type { WriteCase } from './types.js';

/** A volume without locks, to lock and unlock. */
const unlocked = (e: Emulator) => e.store.volumes.find((v) => !(v.locks as string[] | undefined)?.length)!;
const made = (e: Emulator) => (e.store.today['/locks'] as Array<{ id: number; entity: { id: number } }>).at(-1)!;

export const cases: WriteCase[] = [
  {
    mutation: 'createLock',
    document: `mutation($volume: ID!) { createLock(input: { entityType: VOLUME, entityId: $volume, lockType: CANNOT_DELETE }) {
      lock { id lockType entityType entity { ... on Volume { id } } } userErrors { field message } } }`,
    variables: (e) => ({ volume: unlocked(e).id }),
    returns: 'lock',
  },
  {
    mutation: 'deleteLock',
    document: 'mutation($id: ID!) { deleteLock(id: $id) { deletedId userErrors { field message } } }',
    variables: (e) => ({ id: made(e).id }),
    returns: 'deletedId',
  },
];
