// Write cases for Longview clients and the Longview Pro plan.
import type { Emulator } from 'linode-emulator';
import type { WriteCase } from './types.js';

const created = (e: Emulator) => (e.store.collections['/longview/clients'] ?? []).find((c) => c.label === 'coverage-lv')!;

export const cases: WriteCase[] = [
  {
    mutation: 'createLongviewClient',
    document:
      'mutation { createLongviewClient(input: { label: "coverage-lv" }) { client { id label installCode } userErrors { field message } } }',
    returns: 'client',
  },
  {
    mutation: 'updateLongviewClient',
    document:
      'mutation($id: ID!) { updateLongviewClient(id: $id, input: { label: "coverage-lv2" }) { client { id label } userErrors { field message } } }',
    variables: (e) => ({ id: created(e).id }),
    returns: 'client',
  },
  {
    mutation: 'updateLongviewPlan',
    document:
      'mutation { updateLongviewPlan(input: { longviewSubscription: LONGVIEW_40 }) { plan { id clientsIncluded } userErrors { field message } } }',
    returns: 'plan',
  },
  {
    mutation: 'deleteLongviewClient',
    document: 'mutation($id: ID!) { deleteLongviewClient(id: $id) { deletedId userErrors { field message } } }',
    variables: (e) => ({ id: (e.store.collections['/longview/clients'] ?? []).find((c) => c.label === 'coverage-lv2')!.id }),
    returns: 'deletedId',
  },
];
