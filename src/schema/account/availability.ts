import { regionField } from '../catalogs/region.js';
import { relateNested } from '../kit/fact-fields.js';
import { definePlainList } from '../kit/plain-list.js';

export const AccountAvailability = definePlainList({
  name: 'AccountAvailability',
  schema: 'AccountAvailability',
  description: 'Which services the account may use in a region.',
  operation: 'GET /account/availability',
  omit: ['region'],
});

relateNested('AccountAvailability', (t) => ({ region: regionField(t) }));
relateNested('Account', (t) => ({
  availability: AccountAvailability.field(t, 'Services the account may and may not use, region by region.', () => '/account/availability'),
}));
