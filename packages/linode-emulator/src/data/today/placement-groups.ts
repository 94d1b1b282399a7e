// The placement groups behind the instances' `placement_group` (placement.ts sets those): one
// strict group per group the instances name, with them as members, and an empty flexible group
// made for later, as accounts keep them.
import type { InstanceRecord } from '../../records.js';
import type { JsonObject } from '../../types.js';
import type { SeedContext } from '../collections.js';
import { busiestRegions } from '../seed-helpers.js';

export const PLACEMENT_GROUPS = '/placement/groups';

/** What an instance shows of its placement group (`placement_group`), or null. */
export interface PlacementRef extends JsonObject {
  id: number;
  label: string;
  placement_group_type: string;
  placement_group_policy: string;
  migrating_to: number | null;
}

export const placementOf = (instance: InstanceRecord): PlacementRef | null => (instance.placement_group as PlacementRef | null) ?? null;

export function seedPlacementGroups(ctx: SeedContext): void {
  const { store, ids } = ctx;
  const groups = new Map<number, JsonObject>();
  for (const instance of store.instances) {
    const pg = placementOf(instance);
    if (!pg) continue;
    const group = groups.get(pg.id) ?? {
      id: pg.id,
      label: pg.label,
      region: instance.region,
      placement_group_type: pg.placement_group_type,
      placement_group_policy: pg.placement_group_policy,
      is_compliant: true,
      members: [],
      migrations: null,
    };
    (group.members as JsonObject[]).push({ linode_id: instance.id, is_compliant: true });
    groups.set(pg.id, group);
  }
  const region = busiestRegions(store, 'Placement Group')[0];
  if (region) {
    ids.raise('placementGroup', Math.max(0, ...groups.keys()));
    const id = ids.next('placementGroup');
    groups.set(id, {
      id,
      label: `pg-web-${region}`,
      region,
      placement_group_type: 'anti_affinity:local',
      placement_group_policy: 'flexible',
      is_compliant: true,
      members: [],
      migrations: null,
    });
  }
  store.today[PLACEMENT_GROUPS] = [...groups.values()].sort((a, b) => Number(a.id) - Number(b.id));
}
