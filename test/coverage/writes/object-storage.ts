// Write cases for Object Storage: buckets, access, object ACLs, signed URLs, TLS, keys, cancel (last).
import type { Emulator } from 'linode-emulator';
import type { WriteCase } from './types.js';

const bucket = (e: Emulator) => {
  const [key, objects] = Object.entries(e.store.bucketObjects).find(([, list]) => list.length > 0)!;
  const [clusterId, name] = key.split('/');
  return { clusterId, bucket: name, object: objects[0].name };
};
const keyOf = (e: Emulator) => (e.store.collections['/object-storage/keys'] ?? []).find((k) => k.label === 'coverage-key')!;
const CERT = '-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQ292ZXJhZ2U=\n-----END CERTIFICATE-----\n';
const KEY = '-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg\n-----END PRIVATE KEY-----\n';

export const cases: WriteCase[] = [
  {
    mutation: 'createObjectStorageBucket',
    document:
      'mutation { createObjectStorageBucket(input: { label: "coverage-bucket", cluster: "us-east-1", acl: PRIVATE }) { bucket { label hostname objectCount } userErrors { field message } } }',
    returns: 'bucket',
  },
  {
    mutation: 'setObjectStorageBucketAccess',
    document:
      'mutation { setObjectStorageBucketAccess(clusterId: "us-east-1", bucket: "coverage-bucket", input: { acl: PUBLIC_READ, corsEnabled: true }) { userErrors { field message } } }',
  },
  {
    mutation: 'updateObjectStorageBucketAccess',
    document:
      'mutation { updateObjectStorageBucketAccess(clusterId: "us-east-1", bucket: "coverage-bucket", input: { corsEnabled: false }) { userErrors { field message } } }',
  },
  {
    mutation: 'createObjectStorageBucketTLS',
    document: `mutation($certificate: String!, $key: String!) { createObjectStorageBucketTLS(clusterId: "us-east-1", bucket: "coverage-bucket", input: { certificate: $certificate, privateKey: $key }) { userErrors { field message } } }`,
    variables: () => ({ certificate: CERT, key: KEY }),
  },
  {
    mutation: 'deleteObjectStorageBucketTLS',
    document:
      'mutation { deleteObjectStorageBucketTLS(clusterId: "us-east-1", bucket: "coverage-bucket") { userErrors { field message } } }',
  },
  {
    mutation: 'updateObjectStorageObjectACL',
    document:
      'mutation($clusterId: ID!, $bucket: ID!, $name: String!) { updateObjectStorageObjectACL(clusterId: $clusterId, bucket: $bucket, input: { acl: PUBLIC_READ, name: $name }) { userErrors { field message } } }',
    variables: (e) => {
      const b = bucket(e);
      return { clusterId: b.clusterId, bucket: b.bucket, name: b.object };
    },
  },
  {
    mutation: 'createObjectStorageObjectURL',
    document:
      'mutation($clusterId: ID!, $bucket: ID!, $name: String!) { createObjectStorageObjectURL(clusterId: $clusterId, bucket: $bucket, input: { method: "GET", name: $name, expiresIn: 600 }) { signedUrl { url } userErrors { field message } } }',
    variables: (e) => {
      const b = bucket(e);
      return { clusterId: b.clusterId, bucket: b.bucket, name: b.object };
    },
    returns: 'signedUrl',
  },
  {
    mutation: 'deleteObjectStorageBucket',
    document:
      'mutation { deleteObjectStorageBucket(clusterId: "us-east-1", id: "coverage-bucket") { deletedId userErrors { field message } } }',
    returns: 'deletedId',
  },
  {
    mutation: 'createObjectStorageKey',
    document:
      'mutation { createObjectStorageKey(input: { label: "coverage-key" }) { key { id accessKey secretKey } userErrors { field message } } }',
    returns: 'key',
  },
  {
    mutation: 'updateObjectStorageKey',
    document:
      'mutation($id: ID!) { updateObjectStorageKey(id: $id, input: { label: "coverage-key" }) { key { id label } userErrors { field message } } }',
    variables: (e) => ({ id: keyOf(e).id }),
    returns: 'key',
  },
  {
    mutation: 'deleteObjectStorageKey',
    document: 'mutation($id: ID!) { deleteObjectStorageKey(id: $id) { deletedId userErrors { field message } } }',
    variables: (e) => ({ id: keyOf(e).id }),
    returns: 'deletedId',
  },
  {
    mutation: 'cancelObjectStorage',
    document: 'mutation { cancelObjectStorage { userErrors { field message } } }',
  },
];
