import { builder } from '../builder.js';
import { relateNested } from '../kit/fact-fields.js';
import { referenceField } from '../kit/relation.js';
import { definePlainList } from '../kit/plain-list.js';
import { LinodeType } from './linode-type.js';
import { regionField } from './region.js';

export const RegionAvailability = definePlainList({
  name: 'RegionAvailability',
  schema: 'RegionAvailability',
  description: 'Whether a plan can be ordered in a region now (premium and GPU plans sell out).',
  operation: 'GET /regions/availability',
  omit: ['region'],
});

builder.queryFields((t) => ({
  regionAvailability: RegionAvailability.field(
    t,
    'Plans that are, or are not, available in each region; filter by `region`, `plan` or `available`.',
    () => '/regions/availability',
  ),
}));

relateNested('RegionAvailability', (t) => ({
  region: regionField(t),
  type: referenceField(t, LinodeType, 'plan', 'The plan.'),
}));
