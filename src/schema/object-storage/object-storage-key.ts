import { defineResource } from '../kit/resource.js';
import { relateNested } from '../kit/fact-fields.js';
import { regionField } from '../catalogs/region.js';

export const ObjectStorageKey = defineResource({
  name: 'ObjectStorageKey',
  schema: 'ObjectStorageKey',
  description: 'An access key pair for Object Storage.',
  path: '/object-storage/keys',
  idKind: 'int',
  root: { one: 'objectStorageKey', many: 'objectStorageKeys' },
});

// The regions a key works in.
relateNested('ObjectStorageKeyRegion', (t) => ({ region: regionField(t, 'The region.', 'id') }));
