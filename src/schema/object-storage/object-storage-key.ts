import { regionField } from '../catalogs/region.js';
import { defineResource } from '../kit/resource.js';
import type { FieldMap } from '../kit/types.js';

export const ObjectStorageKey = defineResource({
  name: 'ObjectStorageKey',
  schema: 'ObjectStorageKey',
  description: 'An access key pair for Object Storage.',
  path: '/object-storage/keys',
  idKind: 'int',
  root: { one: 'objectStorageKey', many: 'objectStorageKeys' },
  omit: ['secret_key'],
  relations: (t): FieldMap => ({
    secretKey: t.string({
      nullable: true,
      description:
        "SECRET: the key's secret, in createObjectStorageKey's answer only; everywhere else Linode sends a redacted placeholder.",
      extensions: { linodeKey: 'secret_key' },
      resolve: (key) => key.secret_key ?? null,
    }),
  }),
});

// The regions a key works in.
ObjectStorageKey.relate('regions', (t) => ({ region: regionField(t, 'id', 'The region.') }));
