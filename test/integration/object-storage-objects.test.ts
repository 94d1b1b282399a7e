// A bucket's objects as a connection over Linode's marker paging: one object-list request per
// page and bucket (the lower bound), cursors that continue where the page ended, `prefix` and
// `delimiter` passed through, and an object's ACL read only when selected.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ emulator: { rateLimits: false } });
});
afterAll(() => stack.close());
beforeEach(() => stack.emulator.clearLog());

const dataOf = async (query: string, variables?: Record<string, unknown>) => {
  const { data, errors } = await stack.gql(query, { variables });
  expect(errors, JSON.stringify(errors?.slice(0, 2))).toBeUndefined();
  return data;
};
const requests = (suffix: string) => stack.emulator.log.filter((e) => e.method === 'GET' && e.path.endsWith(suffix));

describe('bucket objects', () => {
  it('every bucket with its first objects: one list request, then one object-list request per bucket', async () => {
    const data = await dataOf(
      '{ objectStorageBuckets { nodes { label objectCount objects(first: 30) { totalCount nodes { name size } } } } }',
    );
    const buckets = data.objectStorageBuckets.nodes;
    expect(buckets.length).toBeGreaterThan(3);
    expect(requests('/object-storage/buckets')).toHaveLength(1);
    expect(requests('/object-list')).toHaveLength(buckets.length);
    expect(stack.emulator.log).toHaveLength(1 + buckets.length);
    for (const bucket of buckets) {
      expect(bucket.objects.totalCount).toBe(bucket.objectCount);
      expect(bucket.objects.nodes.length).toBe(Math.min(30, bucket.objectCount));
    }
    // Sizes in bytes pass 2^32 (SafeInt, not Int).
    expect(buckets.flatMap((b: any) => b.objects.nodes).some((o: any) => o.size > 2 ** 32)).toBe(true);
  });

  it('pages forward with cursors: each page one request, continuing after the last name', async () => {
    const query = `query($after: String) { objectStorageBuckets { nodes { label objects(first: 100, after: $after) {
      pageInfo { hasNextPage endCursor } nodes { name } } } } }`;
    const first = await dataOf(query);
    const logs = first.objectStorageBuckets.nodes.find((b: any) => b.label === 'logs-archive');
    expect(logs.objects.pageInfo.hasNextPage).toBe(true);
    stack.emulator.clearLog();
    const second = await stack.gql(
      `query($after: String) { objectStorageBucket(cluster: "ap-south-1", label: "logs-archive") { objects(first: 100, after: $after) { pageInfo { hasNextPage } nodes { name } } } }`,
      { variables: { after: logs.objects.pageInfo.endCursor } },
    );
    expect(second.errors).toBeUndefined();
    const names = second.data.objectStorageBucket.objects.nodes.map((o: any) => o.name);
    expect(names[0] > logs.objects.nodes.at(-1).name).toBe(true);
    expect(names).toHaveLength(100);
    const lists = requests('/object-list');
    expect(lists).toHaveLength(1);
    expect(lists[0].query).toMatchObject({ marker: logs.objects.nodes.at(-1).name, page_size: '100' });
  });

  it('a delimiter groups names into "folders" whose other fields are null; a prefix lists one of them', async () => {
    const data = await dataOf(
      `{ objectStorageBucket(cluster: "us-east-1", label: "static-assets") { folders: objects(delimiter: "/") { nodes { name size etag lastModified } }
        css: objects(prefix: "css/", first: 5) { nodes { name size } } } }`,
    );
    const { folders, css } = data.objectStorageBucket;
    expect(folders.nodes.map((f: any) => f.name)).toEqual(['css/', 'fonts/', 'img/', 'js/', 'video/']);
    expect(folders.nodes.every((f: any) => f.size === null && f.etag === null && f.lastModified === null)).toBe(true);
    expect(css.nodes.every((o: any) => o.name.startsWith('css/') && o.size > 0)).toBe(true);
  });

  it("an object's ACL is one request per object, only when selected; changing it shows", async () => {
    const query = '{ objectStorageBucket(cluster: "us-east-1", label: "terraform-state") { objects(first: 2) { nodes { name acl } } } }';
    const before = await dataOf(query);
    expect(before.objectStorageBucket.objects.nodes.map((o: any) => o.acl)).toEqual(['private', 'private']);
    expect(requests('/object-acl')).toHaveLength(2);
    const name = before.objectStorageBucket.objects.nodes[0].name;
    const changed = await dataOf(
      `mutation($name: String!) { updateObjectStorageObjectACL(clusterId: "us-east-1", bucket: "terraform-state", input: { acl: PUBLIC_READ, name: $name }) { userErrors { field message } } }`,
      { name },
    );
    expect(changed.updateObjectStorageObjectACL.userErrors).toEqual([]);
    expect((await dataOf(query)).objectStorageBucket.objects.nodes[0].acl).toBe('public-read');
  });

  it('paging backwards is refused before anything is sent', async () => {
    const { errors } = await stack.gql(
      '{ objectStorageBucket(cluster: "us-east-1", label: "static-assets") { objects(last: 5) { nodes { name } } } }',
    );
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(requests('/object-list')).toHaveLength(0);
  });

  it('deleting a bucket that holds objects is a user error, as Linode refuses it', async () => {
    const data = await dataOf(
      'mutation { deleteObjectStorageBucket(clusterId: "us-east-1", id: "terraform-state") { deletedId userErrors { field message } } }',
    );
    expect(data.deleteObjectStorageBucket.deletedId).toBeNull();
    expect(data.deleteObjectStorageBucket.userErrors[0].message).toMatch(/not empty/);
  });
});

describe('access keys', () => {
  it('answer the secret key once, in the mutation that creates the key; reads show the redacted placeholder', async () => {
    const created = await dataOf(
      'mutation { createObjectStorageKey(input: { label: "ci-uploads" }) { key { id accessKey secretKey } userErrors { message } } }',
    );
    const { id, secretKey } = created.createObjectStorageKey.key;
    expect(secretKey).toMatch(/^[A-Z0-9]{40}$/);
    const read = await dataOf(`{ objectStorageKey(id: ${id}) { secretKey } }`);
    expect(read.objectStorageKey.secretKey).not.toBe(secretKey);
    expect(read.objectStorageKey.secretKey).toMatch(/REDACTED/);
  });
});
