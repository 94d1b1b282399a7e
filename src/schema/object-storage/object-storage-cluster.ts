import { regionField } from '../catalogs/region.js';
import { validId } from '../kit/ids.js';
import { defineResource, PUBLIC_CATALOG } from '../kit/resource.js';
import type { FieldMap } from '../kit/types.js';
import { ObjectStorageBucket } from './object-storage-bucket.js';

export const ObjectStorageCluster = defineResource({
  name: 'ObjectStorageCluster',
  schema: 'ObjectStorageCluster',
  description: 'An Object Storage cluster. A public catalog.',
  path: '/object-storage/clusters',
  idKind: 'slug',
  root: { one: 'objectStorageCluster', many: 'objectStorageClusters' },
  catalog: PUBLIC_CATALOG,
  omit: ['region'],
  relations: (t): FieldMap => ({
    region: regionField(t, 'region'),
    buckets: ObjectStorageBucket.field(
      t,
      "The account's buckets in this cluster.",
      (cluster) => `/object-storage/buckets/${validId('slug', cluster.id)}`,
    ),
  }),
});
