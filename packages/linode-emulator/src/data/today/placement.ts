// A placement group keeping the database Linodes of one region on different hosts. The API of
// placement groups is newer than the spec, so they show only on the instances (`placement_group`)
// and in the events.
import type { EventRecord, InstanceRecord } from '../../records.js';
import type { SeedContext } from '../collections.js';
import { DAY_MS } from '../seed-helpers.js';
import { linodeTime } from '../../time.js';
import { draftEvent } from './events.js';

const MINUTE_MS = 60_000;

/** Sets `placement_group` on the members; answers the events of the group's creation. */
export function seedPlacementGroup(ctx: SeedContext): EventRecord[] {
  const { rng, ids, store, now } = ctx;
  const databases = store.instances.filter((i) => /^db-/.test(i.label));
  const byRegion = new Map<string, InstanceRecord[]>();
  for (const i of databases) byRegion.set(i.region, [...(byRegion.get(i.region) ?? []), i]);
  const [region, members] = [...byRegion.entries()].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
  if (!region || !members || members.length < 2) return [];
  const id = ids.next('placementGroup');
  const label = `pg-db-${region}`;
  const created = now - 12 * DAY_MS - rng.int(0, DAY_MS);
  const entity = { id, label, type: 'placement_group' as const, url: `/v4/placement/groups/${id}` };
  const events = [draftEvent(rng, { action: 'placement_group_create', created: linodeTime(created), entity, duration: 0 })];
  members.slice(0, 3).forEach((instance, n) => {
    instance.placement_group = {
      id,
      label,
      placement_group_type: 'anti_affinity:local',
      placement_group_policy: 'strict',
      migrating_to: null,
    };
    const secondary = { id: instance.id, label: instance.label, type: 'linode', url: `/v4/linode/instances/${instance.id}` };
    events.push(
      draftEvent(rng, {
        action: 'placement_group_assign',
        created: linodeTime(created + (n + 1) * MINUTE_MS),
        entity,
        secondary,
        duration: 0,
      }),
    );
  });
  return events;
}
