import { builder } from '../builder.js';
import { referenceField } from '../kit/relation.js';
import { definePlainList } from '../kit/plain-list.js';
import type { FieldMap } from '../kit/types.js';
import { LinodeType } from './linode-type.js';
import { regionField } from './region.js';

export const RegionAvailability = definePlainList({
  name: 'RegionAvailability',
  schema: 'RegionAvailability',
  description: 'Whether a plan can be ordered in a region now (premium and GPU plans sell out).',
  operation: 'GET /regions/availability',
  omit: ['region'],
  relations: (t): FieldMap => ({
    region: regionField(t, 'region'),
    type: referenceField(t, LinodeType, 'plan', 'The plan.'),
  }),
});

builder.queryFields((t) => ({
  regionAvailability: RegionAvailability.rootField(
    t,
    'Plans that are, or are not, available in each region; filter by `region`, `plan` or `available`.',
    '/regions/availability',
  ),
}));
