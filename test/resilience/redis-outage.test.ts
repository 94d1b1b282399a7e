// Redis (CACHE_URL) is an optimisation: when it is unreachable, or stops answering while connected,
// the gateway answers from Linode and waits for Redis at most one deadline
// (src/rest/redis-store.ts), then caches through it again once it answers. Before, a Redis that
// was away held every request up indefinitely.
import { createServer, connect, type Server, type Socket } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { REDIS_PAUSE_MS } from '../../src/rest/redis-store.js';
import { startStack, type Stack } from '../support/stack.js';

const QUERY = '{ regions(first: 2) { nodes { id } } instances(first: 2) { nodes { id label } } }';
const redisUrl = process.env.REDIS_URL;

/** A TCP port on loopback that nothing listens on. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

const stacks: Stack[] = [];
afterEach(async () => {
  for (const stack of stacks.splice(0)) await stack.close();
});

async function answered(stack: Stack) {
  stack.emulator.clearLog();
  const { data, errors } = await stack.gql<{ regions: { nodes: unknown[] }; instances: { nodes: unknown[] } }>(QUERY);
  expect(errors).toBeUndefined();
  expect(data?.regions.nodes).toHaveLength(2);
  expect(data?.instances.nodes).toHaveLength(2);
  return stack.emulator.log.map((e) => e.path);
}

describe('Redis unreachable (CACHE_URL to a closed port)', () => {
  it('answers every query from Linode, none held up', async () => {
    const stack = await startStack({ gateway: { cacheUrl: `redis://127.0.0.1:${await closedPort()}` } });
    stacks.push(stack);
    for (let i = 0; i < 3; i += 1) expect(await answered(stack)).toContain('/v4/regions');
  });
});

describe.skipIf(!redisUrl)('Redis that stops answering while connected (REDIS_URL behind a proxy)', () => {
  let proxy: Server;
  let port = 0;
  let frozen = false;
  beforeAll(async () => {
    const target = new URL(redisUrl as string);
    // Forwards both ways until frozen; then takes every byte and answers none.
    proxy = createServer((client: Socket) => {
      const server = connect(Number(target.port || 6379), target.hostname);
      client.on('data', (bytes) => void (frozen || server.write(bytes)));
      server.on('data', (bytes) => void (frozen || client.write(bytes)));
      for (const socket of [client, server]) socket.on('error', () => undefined);
      client.on('close', () => server.destroy());
      server.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    port = (proxy.address() as { port: number }).port;
  });
  afterAll(() => new Promise((resolve) => proxy.close(resolve)));

  it('answers from Linode meanwhile, and caches through Redis again once it answers', async () => {
    let clock = Date.now();
    const stack = await startStack({
      gateway: { cacheUrl: `redis://127.0.0.1:${port}`, cacheSecret: `redis-outage-${clock}` },
      gatewayOptions: { now: () => clock },
    });
    stacks.push(stack);
    await answered(stack);
    expect(await answered(stack)).not.toContain('/v4/regions'); // the catalog is cached in Redis

    frozen = true;
    expect(await answered(stack)).toContain('/v4/regions'); // one deadline, then from Linode
    expect(await answered(stack)).toContain('/v4/regions'); // Redis counts as away: no deadline

    frozen = false;
    clock += REDIS_PAUSE_MS + 1;
    await answered(stack); // reconnects, stores the catalog again
    expect(await answered(stack)).not.toContain('/v4/regions');
  });
});
