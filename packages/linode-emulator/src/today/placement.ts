// Placement groups (today's API): list, one, create, rename, delete (only once empty), and the
// assignment of Linodes, which Linode keeps on both sides (the group's `members`, the instance's
// `placement_group`). Events as Linode records them: placement_group_create/update/delete/assign/unassign.
import { placementOf, PLACEMENT_GROUPS, type PlacementRef } from '../data/today/placement-groups.js';
import { badRequest, FieldErrors, notFound } from '../errors.js';
import type { InstanceRecord } from '../records.js';
import type { JsonObject } from '../types.js';
import { list, ok, recordEvent, type Handler, type HandlerContext } from '../handlers/context.js';
import { isBoolean, isString } from '../handlers/validate.js';
import { createHandler, deleteHandler, itemEntity, updateHandler, type WriteRules } from '../handlers/writes.js';
import { todaySchemas } from './operations.js';

const groups = (ctx: HandlerContext): JsonObject[] => (ctx.state.store.today[PLACEMENT_GROUPS] ??= []);
const members = (group: JsonObject) => group.members as Array<{ linode_id: number; is_compliant: boolean }>;
const entity = itemEntity('placement_group', PLACEMENT_GROUPS);

function findGroup(ctx: HandlerContext): JsonObject {
  const group = groups(ctx).find((g) => String(g.id) === ctx.params.groupId);
  if (!group) throw notFound();
  return group;
}

/** The region's limit of Linodes per group of a policy (its `placement_group_limits`). */
function limitOf(ctx: HandlerContext, group: JsonObject): number {
  const limits = ctx.state.store.regions.find((r) => r.id === group.region)?.placement_group_limits as JsonObject | undefined;
  const key = group.placement_group_policy === 'flexible' ? 'maximum_linodes_per_flexible_pg' : 'maximum_linodes_per_pg';
  return Number(limits?.[key] ?? 5);
}

const refOf = (group: JsonObject): PlacementRef => ({
  id: Number(group.id),
  label: String(group.label),
  placement_group_type: String(group.placement_group_type),
  placement_group_policy: String(group.placement_group_policy),
  migrating_to: null,
});

const rules: WriteRules = {
  place: (ctx) => ({ items: groups(ctx), parent: undefined }),
  idKind: 'placementGroup',
  event: { create: 'placement_group_create', update: 'placement_group_update', delete: 'placement_group_delete', entity },
  check(ctx, errors, _place, item) {
    const { body } = ctx;
    if (item === undefined && isString(errors, body, 'region')) {
      const region = ctx.state.store.regions.find((r) => r.id === body.region);
      if (!region) errors.add('region', 'region is not valid');
      else if (!region.capabilities.includes('Placement Group')) errors.add('region', 'Placement Groups are not available in this region');
    }
    if (isString(errors, body, 'label') && (body.label.length < 1 || body.label.length > 64))
      errors.add('label', 'Label must be 1 to 64 characters');
  },
  initial: () => ({ is_compliant: true, members: [], migrations: null }),
  updated(ctx, item) {
    // The instances show the new label too.
    for (const instance of ctx.state.store.instances) if (placementOf(instance)?.id === item.id) instance.placement_group = refOf(item);
  },
  deleting(_ctx, item) {
    if (members(item).length > 0) throw badRequest('Unassign every Linode before deleting the placement group');
  },
};

/** The instances of the body's `linodes`: each must exist (400 otherwise, as Linode answers). */
function linodesOf(ctx: HandlerContext, errors: FieldErrors): InstanceRecord[] {
  const ids = ctx.body.linodes;
  if (!Array.isArray(ids) || ids.length === 0 || !ids.every((id) => Number.isInteger(id))) {
    errors.add('linodes', 'linodes must be a non-empty list of Linode ids');
    return [];
  }
  return ids.flatMap((id) => {
    const instance = ctx.state.store.instances.find((i) => i.id === id);
    if (!instance) errors.add('linodes', `Linode ${String(id)} was not found`);
    return instance ? [instance] : [];
  });
}

const assign: Handler = (ctx) => {
  const group = findGroup(ctx);
  const errors = new FieldErrors();
  const instances = linodesOf(ctx, errors);
  isBoolean(errors, ctx.body, 'compliant_only');
  for (const instance of instances) {
    if (instance.region !== group.region) errors.add('linodes', `Linode ${instance.id} is not in the group's region`);
    else if (placementOf(instance)) errors.add('linodes', `Linode ${instance.id} is already in a placement group`);
  }
  if (members(group).length + instances.length > limitOf(ctx, group)) errors.add('linodes', 'The placement group is full');
  errors.throwIfAny();
  for (const instance of instances) {
    members(group).push({ linode_id: instance.id, is_compliant: true });
    instance.placement_group = refOf(group);
    const secondary = { id: instance.id, label: instance.label };
    const event = recordEvent(ctx.state, 'placement_group_assign', entity(group), 'placement_group', 'finished', entity(group).url);
    event.secondary_entity = { ...secondary, type: 'linode', url: `/v4/linode/instances/${instance.id}` };
  }
  return ok(group);
};

const unassign: Handler = (ctx) => {
  const group = findGroup(ctx);
  const errors = new FieldErrors();
  const instances = linodesOf(ctx, errors);
  for (const instance of instances)
    if (!members(group).some((m) => m.linode_id === instance.id)) errors.add('linodes', `Linode ${instance.id} is not in the group`);
  errors.throwIfAny();
  for (const instance of instances) {
    group.members = members(group).filter((m) => m.linode_id !== instance.id);
    instance.placement_group = null;
    const event = recordEvent(ctx.state, 'placement_group_unassign', entity(group), 'placement_group', 'finished', entity(group).url);
    event.secondary_entity = { id: instance.id, label: instance.label, type: 'linode', url: `/v4/linode/instances/${instance.id}` };
  }
  return ok(group);
};

const shape = () => todaySchemas.PlacementGroup;

export const placementHandlers: Record<string, Handler> = {
  getPlacementGroups: (ctx) => list(groups(ctx)),
  getPlacementGroup: (ctx) => ok(findGroup(ctx)),
  createPlacementGroup: createHandler(rules, shape),
  updatePlacementGroup: updateHandler(rules, shape),
  deletePlacementGroup: deleteHandler(rules),
  assignPlacementGroupLinodes: assign,
  unassignPlacementGroupLinodes: unassign,
};
