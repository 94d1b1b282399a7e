// Placement groups (newer than spec 4.176.0): Linodes of one region kept apart (anti-affinity),
// strictly or not. Its members lead to their instances (one batch for a page of groups), and an
// instance leads back to its group.
import { builder } from '../builder.js';
import { regionField } from '../catalogs/region.js';
import { referenceField, relation } from '../kit/relation.js';
import { defineResource } from '../kit/resource.js';
import type { FieldMap } from '../kit/types.js';
import { Instance } from '../linode/instance.js';

export const PlacementGroup = defineResource({
  name: 'PlacementGroup',
  schema: 'PlacementGroup',
  description: 'A placement group: Linodes of one region placed on different hosts (anti-affinity).',
  path: '/placement/groups',
  idKind: 'int',
  root: { one: 'placementGroup', many: 'placementGroups' },
  omit: ['region'],
  relations: (t): FieldMap => ({
    region: regionField(t, 'region', 'The region of the group and its Linodes.'),
  }),
});

const memberInstance = 'The member Linode.';
PlacementGroup.relate('members', (t) => ({ instance: referenceField(t, Instance, 'linode_id', memberInstance) }));
PlacementGroup.relate('migrations.inbound', (t) => ({
  instance: referenceField(t, Instance, 'linode_id', 'The Linode moving into the group.'),
}));
PlacementGroup.relate('migrations.outbound', (t) => ({
  instance: referenceField(t, Instance, 'linode_id', 'The Linode moving out of the group.'),
}));

builder.objectField(Instance.ref, 'placementGroup', (t) =>
  relation(t, PlacementGroup, (i) => i.placement_group?.id, 'The placement group the instance is in, if any.'),
);
