// Several gateway replicas share public catalogs through Redis (CACHE_URL), and keep each
// caller's data under a keyed hash of the token that replicas agree on (CACHE_SECRET).
import { randomUUID } from 'node:crypto';
import { createClient } from '@redis/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TOKEN, startEmulator, type Emulator } from 'linode-emulator';
import { createGateway, type Gateway } from '../../src/gateway.js';
import { gql } from '../support/gql.js';

const redisUrl = process.env.REDIS_URL;

describe.skipIf(!redisUrl)('Redis cache shared by replicas (REDIS_URL)', () => {
  let emulator: Emulator;
  const gateways: Gateway[] = [];
  const secret = randomUUID();

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0 });
    // Each run gets its own key space: replicas share a secret, not earlier runs' data.
    for (let i = 0; i < 2; i += 1) gateways.push(createGateway({ linodeApiUrl: emulator.url, cacheUrl: redisUrl, cacheSecret: secret }));
  });
  afterAll(async () => {
    for (const gateway of gateways) await gateway.close();
    await emulator.close();
  });

  it('a catalog fetched by one replica is served by the other without an upstream request', async () => {
    const catalog = `{ regions(first: 3) { nodes { id label } } kernels(first: 2) { nodes { id } } r${randomUUID().slice(0, 8)}: region(id: "us-east") { label } }`;
    const first = await gql(gateways[0], catalog);
    expect(first.errors).toBeUndefined();
    const before = emulator.log.length;
    const second = await gql(gateways[1], catalog);
    expect(second.data).toEqual(first.data);
    expect(emulator.log.length).toBe(before);
  });

  it('stores no raw token in Redis', async () => {
    await gql(gateways[0], '{ images(first: 5) { nodes { id } } image(id: "linode/debian12") { id } }');
    const redis = createClient({ url: redisUrl });
    await redis.connect();
    const keys = await redis.keys('*');
    for (const key of keys) expect(key).not.toContain(DEMO_TOKEN);
    await redis.quit();
  });
});
