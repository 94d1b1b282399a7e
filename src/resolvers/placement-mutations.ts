// Root Mutation fields for placement groups.
import { defineMutations } from '../schema/kit/mutations.js';
import { PlacementGroup } from '../schema/placement/placement-group.js';

const placementGroup = { field: 'placementGroup', resource: PlacementGroup };

defineMutations({
  createPlacementGroup: {
    op: 'POST /placement/groups',
    description: 'Creates a placement group in a region.',
    input: 'A new placement group: label, region, type and policy.',
    returns: placementGroup,
  },
  updatePlacementGroup: {
    op: 'PUT /placement/groups/{groupId}',
    id: 'groupId',
    description: 'Renames a placement group.',
    input: 'The new label.',
    returns: placementGroup,
  },
  deletePlacementGroup: {
    op: 'DELETE /placement/groups/{groupId}',
    id: 'groupId',
    description: 'Deletes an empty placement group.',
    returns: 'deleted',
  },
  assignPlacementGroupLinodes: {
    op: 'POST /placement/groups/{groupId}/assign',
    id: 'groupId',
    description: 'Adds Linodes of its region to a placement group.',
    input: 'The Linodes to add.',
    returns: placementGroup,
  },
  unassignPlacementGroupLinodes: {
    op: 'POST /placement/groups/{groupId}/unassign',
    id: 'groupId',
    description: 'Takes Linodes out of a placement group.',
    input: 'The Linodes to take out.',
    returns: placementGroup,
  },
});
