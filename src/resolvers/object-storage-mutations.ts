// Root Mutation fields for Object Storage: buckets, their access and TLS, object ACLs, signed URLs,
// access keys (the secret key is in the create answer only) and cancelling the service.
import { builder } from '../schema/builder.js';
import type { MutationChild } from '../schema/kit/mutations.js';
import { defineMutations } from '../schema/kit/mutations.js';
import { ObjectStorageBucket } from '../schema/object-storage/object-storage-bucket.js';
import { ObjectStorageKey } from '../schema/object-storage/object-storage-key.js';

/** An answer served as it came (it has no id to load it again by). */
const asAnswered = (name: string, ref: MutationChild['ref']): MutationChild => ({ config: { name }, ref, adopt: (answer) => answer });

const SignedURL = builder.objectRef<{ url?: string | null }>('ObjectStorageSignedURL').implement({
  description: 'A pre-signed URL: whoever has it may make the one request it was signed for, until it expires.',
  fields: (t) => ({
    url: t.string({ nullable: true, description: 'The URL, signature included: treat it as a secret.', resolve: (u) => u.url ?? null }),
  }),
});

const bucket = { field: 'bucket', child: asAnswered('ObjectStorageBucket', ObjectStorageBucket.ref), parent: () => '' };
const key = { field: 'key', resource: ObjectStorageKey };

defineMutations({
  createObjectStorageBucket: { op: 'POST /object-storage/buckets', description: 'Creates a bucket in a cluster.', returns: bucket },
  deleteObjectStorageBucket: {
    op: 'DELETE /object-storage/buckets/{clusterId}/{bucket}',
    id: 'bucket',
    description: 'Deletes an empty bucket.',
    returns: 'deleted',
  },
  setObjectStorageBucketAccess: {
    op: 'POST /object-storage/buckets/{clusterId}/{bucket}/access',
    description: "Sets a bucket's ACL and CORS.",
    returns: 'none',
  },
  updateObjectStorageBucketAccess: {
    op: 'PUT /object-storage/buckets/{clusterId}/{bucket}/access',
    description: "Changes a bucket's ACL or CORS.",
    returns: 'none',
  },
  updateObjectStorageObjectACL: {
    op: 'PUT /object-storage/buckets/{clusterId}/{bucket}/object-acl',
    description: 'Sets who may read one object (its canned ACL).',
    returns: 'none',
  },
  createObjectStorageObjectURL: {
    op: 'POST /object-storage/buckets/{clusterId}/{bucket}/object-url',
    description: 'Signs a URL for one request on an object (to download or upload it without keys). The URL is a secret.',
    returns: { field: 'signedUrl', child: asAnswered('ObjectStorageSignedURL', SignedURL), parent: () => '' },
  },
  createObjectStorageBucketTLS: {
    op: 'POST /object-storage/buckets/{clusterId}/{bucket}/ssl',
    description: 'Installs a TLS certificate and its private key for a bucket (the key is never shown again).',
    returns: 'none',
  },
  deleteObjectStorageBucketTLS: {
    op: 'DELETE /object-storage/buckets/{clusterId}/{bucket}/ssl',
    description: "Removes a bucket's own TLS certificate.",
    returns: 'none',
  },
  createObjectStorageKey: {
    op: 'POST /object-storage/keys',
    description: 'Creates an access key pair. SECRET: its `secretKey` is in this answer only, never shown again.',
    returns: key,
  },
  updateObjectStorageKey: { op: 'PUT /object-storage/keys/{keyId}', id: 'keyId', description: 'Renames an access key.', returns: key },
  deleteObjectStorageKey: {
    op: 'DELETE /object-storage/keys/{keyId}',
    id: 'keyId',
    description: 'Revokes an access key.',
    returns: 'deleted',
  },
  cancelObjectStorage: {
    op: 'POST /object-storage/cancel',
    description: 'Cancels Object Storage: every bucket and object of the account is deleted, irretrievably.',
    returns: 'none',
  },
});
