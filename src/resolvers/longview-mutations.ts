// Root Mutation fields for Longview clients and the Longview Pro plan.
import { LongviewClient } from '../schema/longview/longview-client.js';
import { LongviewPlan } from '../schema/longview/longview-plan.js';
import { defineMutations } from '../schema/kit/mutations.js';

const client = { field: 'client', resource: LongviewClient };

defineMutations({
  createLongviewClient: {
    op: 'POST /longview/clients',
    description: 'Registers a Longview client; install it on the server with its install code.',
    optionalInput: true,
    returns: client,
  },
  updateLongviewClient: {
    op: 'PUT /longview/clients/{clientId}',
    id: 'clientId',
    description: 'Renames a Longview client.',
    returns: client,
  },
  deleteLongviewClient: {
    op: 'DELETE /longview/clients/{clientId}',
    id: 'clientId',
    description: 'Deletes a Longview client and its data.',
    returns: 'deleted',
  },
  updateLongviewPlan: {
    op: 'PUT /longview/plan',
    description:
      'Changes the Longview Pro plan. `longviewSubscription` null or left out chooses the free plan: `plan` is then null (Linode answers `{}`).',
    returns: { field: 'plan', resource: LongviewPlan },
  },
});
