import { regionField } from '../catalogs/region.js';
import { defineResource } from '../kit/resource.js';

export const ObjectStorageKey = defineResource({
  name: 'ObjectStorageKey',
  schema: 'ObjectStorageKey',
  description: 'An access key pair for Object Storage.',
  path: '/object-storage/keys',
  idKind: 'int',
  root: { one: 'objectStorageKey', many: 'objectStorageKeys' },
});

// The regions a key works in.
ObjectStorageKey.relate('regions', (t) => ({ region: regionField(t, 'id', 'The region.') }));
