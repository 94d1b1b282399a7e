// The boot Linode queues behind a Linode still provisioning: a `scheduled` linode_boot event (0 %,
// no duration yet), naming the config it boots; it runs when provisioning ends (transitions.ts).
import { linodeTime } from '../../time.js';
import { configEntity } from '../../transitions.js';
import type { EventRecord } from '../../records.js';
import type { SeedContext } from '../collections.js';
import { draftEvent } from './events.js';

export function seedQueuedBoots(ctx: SeedContext): EventRecord[] {
  const { rng, store, now } = ctx;
  return store.instances
    .filter((i) => i.status === 'provisioning' && (store.configsByInstance[i.id] ?? []).length)
    .map((instance) => {
      const entity = { id: instance.id, label: instance.label, type: 'linode' as const };
      const secondary = configEntity(instance, store.configsByInstance[instance.id][0]);
      // Queued when the provisioning under way began (seed.ts starts it at most 2 s before now).
      return draftEvent(rng, { action: 'linode_boot', created: linodeTime(now - 2_000), entity, secondary, status: 'scheduled' });
    });
}
