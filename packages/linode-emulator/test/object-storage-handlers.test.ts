// Object Storage as Linode serves it: an access key's secret in the create answer only, S3's
// bucket rules (names, deleting only empty ones), object ACLs by name, signed URLs, bucket TLS,
// listings grouped by a delimiter with Linode's page sizes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../src/index.js';
import { REDACTED } from '../src/data/collections.js';
import { call } from './helpers.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, rateLimits: false });
});
afterAll(() => emulator.close());

const post = (path: string, body: unknown) => call(emulator, path, { method: 'POST', body });

describe('Object Storage', () => {
  it("shows an access key's secret once, in the answer that creates it", async () => {
    const created = await post('/object-storage/keys', { label: 'once' });
    expect(created.status).toBe(200);
    expect(created.body.secret_key).toMatch(/^[A-Z0-9]{40}$/);
    expect(created.body).toMatchObject({ limited: false, bucket_access: null });
    const read = await call(emulator, `/object-storage/keys/${created.body.id}`);
    expect(read.body.secret_key).toBe(REDACTED);
  });

  it('creates buckets by S3 rules and deletes only empty ones', async () => {
    const bad = await post('/object-storage/buckets', { label: 'Bad_Name', cluster: 'us-east-1' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('label');
    const taken = await post('/object-storage/buckets', { label: 'static-assets', cluster: 'us-east-1' });
    expect(taken.body.errors[0]).toMatchObject({ field: 'label' });
    const made = await post('/object-storage/buckets', { label: 'fresh-bucket', cluster: 'us-east-1' });
    expect(made.body).toMatchObject({ label: 'fresh-bucket', objects: 0, size: 0, hostname: 'fresh-bucket.us-east-1.linodeobjects.com' });
    expect((await call(emulator, '/object-storage/buckets/us-east-1/static-assets', { method: 'DELETE' })).status).toBe(400);
    expect((await call(emulator, '/object-storage/buckets/us-east-1/fresh-bucket', { method: 'DELETE' })).status).toBe(200);
    expect((await call(emulator, '/object-storage/buckets/us-east-1/fresh-bucket')).status).toBe(404);
  });

  it('reads and sets an object ACL by name; a name is required and must exist', async () => {
    const base = '/object-storage/buckets/us-east-1/terraform-state/object-acl';
    expect((await call(emulator, base)).body.errors[0]).toMatchObject({ field: 'name' });
    expect((await call(emulator, base, { query: { name: 'nope' } })).status).toBe(404);
    const name = 'env/prod/terraform.tfstate';
    expect((await call(emulator, base, { query: { name } })).body.acl).toBe('private');
    const put = await call(emulator, base, { method: 'PUT', body: { acl: 'public-read', name } });
    expect(put.body.acl).toBe('public-read');
    expect(put.body.acl_xml).toContain('AllUsers');
  });

  it('signs URLs for one object and method; uploads need a content type', async () => {
    const base = '/object-storage/buckets/us-east-1/terraform-state/object-url';
    const url = await post(base, { method: 'GET', name: 'env/prod/terraform.tfstate', expires_in: 600 });
    expect(url.body.url).toMatch(
      /^https:\/\/terraform-state\.us-east-1\.linodeobjects\.com\/env\/prod\/terraform\.tfstate\?.*Expires=\d+&Signature=/,
    );
    expect((await post(base, { method: 'PUT', name: 'new.txt' })).body.errors[0]).toMatchObject({ field: 'content_type' });
  });

  it('installs a bucket TLS certificate (never answering the key back) and removes it', async () => {
    const ssl = '/object-storage/buckets/us-east-1/static-assets/ssl';
    expect((await call(emulator, ssl)).body).toEqual({ ssl: false });
    expect(
      (await post(ssl, { certificate: 'not a pem', private_key: 'nor this' })).body.errors.map((e: { field: string }) => e.field),
    ).toEqual(['certificate', 'private_key']);
    const pem = (kind: string) => `-----BEGIN ${kind}-----\nAAAA\n-----END ${kind}-----\n`;
    expect((await post(ssl, { certificate: pem('CERTIFICATE'), private_key: pem('PRIVATE KEY') })).body).toEqual({ ssl: true });
    expect((await call(emulator, ssl)).body).toEqual({ ssl: true });
    await call(emulator, ssl, { method: 'DELETE' });
    expect((await call(emulator, ssl)).body).toEqual({ ssl: false });
  });

  it('lists with Linode page sizes, and groups names under a delimiter into entries with null fields', async () => {
    const list = '/object-storage/buckets/us-east-1/static-assets/object-list';
    expect((await call(emulator, list, { query: { page_size: 10 } })).status).toBe(400);
    const grouped = await call(emulator, list, { query: { delimiter: '/', prefix: '' } });
    expect(grouped.body.data.map((o: { name: string }) => o.name)).toEqual(['css/', 'fonts/', 'img/', 'js/', 'video/']);
    expect(grouped.body.data[0]).toEqual({ name: 'css/', etag: null, last_modified: null, owner: null, size: null });
    const inside = await call(emulator, list, { query: { delimiter: '/', prefix: 'video/' } });
    expect(inside.body.data).toHaveLength(1);
    expect(inside.body.data[0].size).toBeGreaterThan(2 ** 31);
  });
});
