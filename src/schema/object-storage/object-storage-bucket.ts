import { builder } from '../builder.js';
import { referenceField } from '../kit/relation.js';
import { definePlainList } from '../kit/plain-list.js';
import type { FieldMap } from '../kit/types.js';
import { ObjectStorageCluster } from './object-storage-cluster.js';

// Buckets are named by cluster and label, not by an id of their own: lists only.
export const ObjectStorageBucket = definePlainList({
  name: 'ObjectStorageBucket',
  schema: 'ObjectStorageBucket',
  description: 'An Object Storage bucket: its size and object count.',
  operation: 'GET /object-storage/buckets',
  // `objects` is the connection over the objects (object-storage-object.ts); their count is `objectCount`.
  omit: ['cluster', 'objects'],
  relations: (t): FieldMap => ({
    cluster: referenceField(t, ObjectStorageCluster, 'cluster', 'The cluster the bucket lives in.'),
    objectCount: t.field({
      type: 'SafeInt',
      nullable: true,
      description: 'How many objects the bucket holds.',
      extensions: { linodeKey: 'objects' },
      resolve: (bucket) => (typeof bucket.objects === 'number' ? bucket.objects : null),
    }),
  }),
});

builder.queryFields((t) => ({
  objectStorageBuckets: ObjectStorageBucket.rootField(t, "The account's buckets in every cluster.", '/object-storage/buckets'),
}));
