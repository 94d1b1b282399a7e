import type { AccountAvailability as AvailabilityShape } from 'linode-facts/shapes';
import { builder } from '../builder.js';
import { Region, regionField } from '../catalogs/region.js';
import { upstreamCost } from '../kit/cost.js';
import { definePlainList } from '../kit/plain-list.js';
import type { FieldMap } from '../kit/types.js';
import { Account } from './account.js';

export const AccountAvailability = definePlainList({
  name: 'AccountAvailability',
  schema: 'AccountAvailability',
  description: 'Which services the account may use in a region.',
  operation: 'GET /account/availability',
  omit: ['region'],
  relations: (t): FieldMap => ({ region: regionField(t, 'region') }),
});

builder.objectFields(Account.ref, (t) => ({
  availability: AccountAvailability.field(t, 'Services the account may and may not use, region by region.', () => '/account/availability'),
}));

// One region's answer, from the region's side (the list above is cheaper for many regions).
builder.objectFields(Region.ref, (t) => ({
  accountAvailability: t.field({
    type: AccountAvailability.ref,
    nullable: true,
    description: "Which services the token's account may use in this region (needs a token; fetched only when selected).",
    extensions: upstreamCost.perParent,
    resolve: (region, _args, ctx) =>
      ctx.upstream.get<AvailabilityShape>(`/account/availability/${region.id}`, { operation: 'GET /account/availability/{id}' }),
  }),
}));
