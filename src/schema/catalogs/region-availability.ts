import type { RegionAvailability as RegionAvailabilityShape } from 'linode-facts/shapes';
import { builder } from '../builder.js';
import { upstreamCost } from '../kit/cost.js';
import { validId } from '../kit/ids.js';
import { referenceField } from '../kit/relation.js';
import { definePlainList } from '../kit/plain-list.js';
import type { FieldMap } from '../kit/types.js';
import { LinodeType } from './linode-type.js';
import { Region, regionField } from './region.js';

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

// One region's plans, read on their own (a plain array, not a page).
builder.objectField(Region.ref, 'availability', (t) =>
  t.field({
    type: [RegionAvailability.ref],
    nullable: { list: true, items: true },
    description: 'Whether each plan can be ordered in this region now.',
    extensions: upstreamCost.perParent,
    resolve: (r, _args, ctx) =>
      ctx.upstream.get<RegionAvailabilityShape[]>(`/regions/${validId('slug', r.id)}/availability`, {
        operation: 'GET /regions/{id}/availability',
      }),
  }),
);
