// Two gateway replicas sharing Redis (CACHE_URL, CACHE_SECRET) with TOKEN_CACHE: an answer one of
// them cached is served by the other; per polling interval only the replica holding the token's
// lease polls its events, and what that poll drops is dropped for both.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TOKEN, startEmulator, type Emulator } from 'linode-emulator';
import { createGateway, type Gateway } from '../../src/gateway.js';
import { manualWait } from '../support/subscriptions.js';

const redisUrl = process.env.REDIS_URL;

const settle = async (check: () => boolean) => {
  for (let i = 0; i < 400 && !check(); i += 1) await new Promise((resolve) => setTimeout(resolve, 5));
  await new Promise((resolve) => setTimeout(resolve, 30));
};

describe.skipIf(!redisUrl)('TOKEN_CACHE across replicas (REDIS_URL)', () => {
  let emulator: Emulator;
  const waits = [manualWait(), manualWait()];
  const replicas: Gateway[] = [];
  const secret = randomUUID(); // each run its own key space

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, rateLimits: false });
    for (const driven of waits) {
      replicas.push(
        createGateway(
          {
            linodeApiUrl: emulator.url,
            cacheUrl: redisUrl,
            cacheSecret: secret,
            tokenCache: true,
            eventPollMs: 60_000,
            tokenActiveMs: 600_000,
          },
          { eventWait: driven.wait },
        ),
      );
    }
  });
  afterAll(async () => {
    for (const replica of replicas) await replica.close();
    await emulator.close();
  });

  const query = '{ instances(first: 3, orderBy: { field: LABEL, direction: ASC }) { nodes { id label disks { nodes { id } } } } }';
  async function run(replica: Gateway) {
    const response = await replica.yoga.fetch('http://gateway.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${DEMO_TOKEN}` },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as { data: any; errors?: unknown[]; extensions: { upstream: { requests: number } } };
  }
  const eventPolls = () => emulator.log.filter((e) => e.path === '/v4/account/events' && e.status !== 0).length;

  it('one replica caches, the other serves it; one poll per interval; a change dropped for both', async () => {
    const first = await run(replicas[0]);
    expect(first.errors).toBeUndefined();
    await settle(() => waits[0].sleeping === 1); // replica 0's poller has its starting point
    await run(replicas[0]); // what the baseline's recent events named is read again once
    emulator.clearLog();
    const other = await run(replicas[1]);
    expect(other.data).toEqual(first.data);
    // Served from the shared cache: at most the token check (once per TOKEN_RECHECK_MS).
    expect(emulator.log.filter((e) => e.path !== '/v4/profile' && e.path !== '/v4/account/events')).toHaveLength(0);
    await settle(() => waits[1].sleeping === 1); // replica 1's poller caught up with the shared state

    // Both pollers wake for the next interval: only the lease holder asks Linode.
    emulator.clearLog();
    expect(waits[0].tick() + waits[1].tick()).toBe(2);
    await settle(() => waits[0].sleeping === 1 && waits[1].sleeping === 1);
    expect(eventPolls()).toBe(1);

    // A change made straight through the REST API; the next interval's poll drops it for both.
    const target = first.data.instances.nodes[0];
    const put = await fetch(`${emulator.url}/linode/instances/${target.id}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${DEMO_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ label: `${target.label}-x` }),
    });
    expect(put.status).toBe(200);
    emulator.clearLog();
    waits[0].tick();
    waits[1].tick();
    await settle(() => waits[0].sleeping === 1 && waits[1].sleeping === 1);
    expect(eventPolls()).toBe(1);
    for (const replica of replicas) expect((await run(replica)).data.instances.nodes[0].label).toBe(`${target.label}-x`);
  });
});
