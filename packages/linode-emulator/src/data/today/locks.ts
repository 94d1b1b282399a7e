// Locks: the account guards its busiest database Linode against deletion; the instance shows it
// in its `locks`.
import type { SeedContext } from '../collections.js';

export const LOCKS = '/locks';

export function seedLocks(ctx: SeedContext): void {
  const { store, ids } = ctx;
  const guarded = store.instances.find((i) => /^db-/.test(i.label) && i.status === 'running') ?? store.instances[0];
  if (!guarded) return void (store.today[LOCKS] = []);
  guarded.locks = ['cannot_delete'];
  store.today[LOCKS] = [
    {
      id: ids.next('lock'),
      lock_type: 'cannot_delete',
      entity: { id: guarded.id, type: 'linode', label: guarded.label, url: `/v4/linode/instances/${guarded.id}` },
    },
  ];
}
