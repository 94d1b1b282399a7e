// Root Mutation fields for locks.
import { defineMutations } from '../schema/kit/mutations.js';
import { Lock } from '../schema/locks/lock.js';

defineMutations({
  createLock: {
    op: 'POST /locks',
    description: 'Locks a resource against deletion.',
    input: 'The resource to lock (its type and id) and the kind of lock.',
    returns: { field: 'lock', resource: Lock },
  },
  deleteLock: { op: 'DELETE /locks/{lockId}', id: 'lockId', description: 'Removes a lock.', returns: 'deleted' },
});
