import { builder } from '../builder.js';
import { regionField } from '../catalogs/region.js';
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
