// The per-token cache (TOKEN_CACHE): a reload answers from the cache; a change made elsewhere
// (straight through the REST API) is dropped from it by the token's events poller, and only what
// the event names is read again; a client can always ask for fresh data.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_TOKEN } from 'linode-emulator';
import { startStack, type Stack } from '../support/stack.js';
import { manualWait } from '../support/subscriptions.js';
import { until } from '../support/turns.js';

const eventPolls = (stack: Stack) => stack.emulator.log.filter((e) => e.path === '/v4/account/events');
const driven = manualWait();

/** Lets every waiting poller poll once, and waits until the poll's drops are recorded. */
async function poll(stack: Stack): Promise<void> {
  const before = eventPolls(stack).length;
  driven.tick();
  for (let i = 0; i < 400 && eventPolls(stack).filter((e) => e.status !== 0).length <= before; i += 1)
    await new Promise((resolve) => setTimeout(resolve, 5));
  await new Promise((resolve) => setTimeout(resolve, 20)); // the poll's drops are recorded
}
let stack: Stack;
beforeAll(async () => {
  stack = await startStack({
    emulator: { rateLimits: false },
    gateway: { tokenCache: true, eventPollMs: 60_000, tokenActiveMs: 600_000 },
    gatewayOptions: { eventWait: driven.wait },
  });
});
afterAll(() => stack.close());
beforeEach(() => stack.emulator.clearLog());

const dashboard = `query Dashboard { instances(first: 5, orderBy: { field: LABEL, direction: ASC }) { nodes { id label status
  region { id } disks { nodes { id label } } configs { nodes { id kernel { id } } } volumes { nodes { id } } } } }`;

async function run(query: string, headers: Record<string, string> = {}) {
  const response = await stack.gateway.yoga.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${DEMO_TOKEN}`, ...headers },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data: any; errors?: any[]; extensions: { upstream: { requests: number } } };
}

const gets = () => stack.emulator.log.filter((e) => e.path !== '/v4/account/events').map((e) => e.path.replace(/\/\d+(?=\/|$)/g, '/{id}'));

describe('TOKEN_CACHE', () => {
  it('a reload within the freshness window sends at most the token check, then nothing', async () => {
    const first = await run(dashboard);
    expect(first.errors).toBeUndefined();
    expect(first.extensions.upstream.requests).toBeGreaterThan(10);
    // The token's poller takes its starting point; what the account's last minute of events names
    // (the clocks may differ that much) is read again once.
    await poll(stack);
    await run(dashboard);
    stack.emulator.clearLog();
    const reload = await run(dashboard);
    expect(reload.data).toEqual(first.data);
    // Cached data is served to a token Linode accepted within TOKEN_RECHECK_MS: one GET /profile at most.
    expect(gets().filter((path) => path !== '/v4/profile')).toEqual([]);
    expect(reload.extensions.upstream.requests).toBeLessThanOrEqual(1);
    stack.emulator.clearLog();
    const again = await run(dashboard);
    expect(again.data).toEqual(first.data);
    expect(again.extensions.upstream.requests).toBe(0);
    expect(stack.emulator.log).toHaveLength(0);
  });

  it('a change made straight through the REST API shows after the next poll; only what it names is read again', async () => {
    const before = await run(dashboard);
    const instance = before.data.instances.nodes[1];
    const renamed = `${instance.label}-x`; // sorts right after itself: the page keeps its order
    const put = await fetch(`${stack.emulator.url}/linode/instances/${instance.id}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${DEMO_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ label: renamed }),
    });
    expect(put.status).toBe(200);
    // Until the poll, the cache answers (the freshness window); the poll reads the event.
    expect((await run(dashboard)).data.instances.nodes[1].label).toBe(instance.label);
    stack.emulator.clearLog();
    await poll(stack);
    expect(eventPolls(stack)).toHaveLength(1);
    stack.emulator.clearLog();
    const after = await run(dashboard);
    expect(after.data.instances.nodes[1].label).toBe(renamed);
    // The instance list (it contains the instance) and what lives under that instance; nothing of the others.
    expect(gets().sort()).toEqual(['/v4/linode/instances', '/v4/linode/instances/{id}/configs', '/v4/linode/instances/{id}/disks'].sort());
    expect(stack.emulator.log.filter((e) => e.path.includes('/instances/')).every((e) => e.path.includes(`/${instance.id}/`))).toBe(true);
  });

  it('Cache-Control: no-cache and @fresh read everything from Linode again', async () => {
    const cached = await run(dashboard);
    expect(cached.extensions.upstream.requests).toBe(0);
    const noCache = await run(dashboard, { 'cache-control': 'no-cache' });
    expect(noCache.errors).toBeUndefined();
    expect(noCache.extensions.upstream.requests).toBeGreaterThan(10);
    const fresh = await run(dashboard.replace('query Dashboard', 'query Dashboard @fresh'));
    expect(fresh.errors).toBeUndefined();
    expect(fresh.extensions.upstream.requests).toBe(noCache.extensions.upstream.requests);
    // What they read is cached for the requests after them.
    expect((await run(dashboard)).extensions.upstream.requests).toBe(0);
  });

  it('identical queries of one token at the same moment run once; the others share its answer', async () => {
    const shared = async () =>
      (await stack.gateway.observability.metrics!.answersReused.get()).values.find((v) => v.labels.how === 'shared')?.value ?? 0;
    // Nothing kept (a new write generation, as after a write), and answers slow enough to overlap.
    await stack.gateway.cache.newGeneration(stack.gateway.cache.tokenKey(DEMO_TOKEN));
    stack.emulator.setLatency(30);
    try {
      const before = await shared();
      const answers = await Promise.all([run(dashboard), run(dashboard), run(dashboard)]);
      expect(answers[0].errors).toBeUndefined();
      expect(answers[1].data).toEqual(answers[0].data);
      expect(answers[2].data).toEqual(answers[0].data);
      expect((await shared()) - before).toBe(2);
      // One run's reads; the two that shared sent nothing.
      expect(answers.map((a) => a.extensions.upstream.requests).sort((a, b) => a - b)).toEqual([0, 0, stack.emulator.log.length]);

      // A request that asks for fresh data does not take the answer of one running beside it.
      await stack.gateway.cache.newGeneration(stack.gateway.cache.tokenKey(DEMO_TOKEN));
      const [plain, fresh] = await Promise.all([run(dashboard), run(dashboard, { 'cache-control': 'no-cache' })]);
      expect(plain.errors).toBeUndefined();
      expect(fresh.data).toEqual(plain.data);
      expect((await shared()) - before).toBe(2);
    } finally {
      stack.emulator.setLatency(0);
    }
  });

  it('a query waiting for an identical one whose caller went away runs itself and answers in full', async () => {
    await stack.gateway.cache.newGeneration(stack.gateway.cache.tokenKey(DEMO_TOKEN));
    stack.emulator.setLatency(40);
    try {
      const leaving = new AbortController();
      const first = Promise.resolve(
        stack.gateway.yoga.fetch('http://gateway.test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${DEMO_TOKEN}` },
          body: JSON.stringify({ query: dashboard }),
          signal: leaving.signal,
        }),
      )
        .then((r) => r.text())
        .catch(() => undefined);
      await until(() => stack.emulator.log.length > 0); // the first one runs
      const second = run(dashboard);
      leaving.abort();
      const answer = await second;
      await first;
      expect(answer.errors).toBeUndefined();
      expect(answer.data.instances.nodes).toHaveLength(5);
    } finally {
      stack.emulator.setLatency(0);
    }
  });

  it("a token's own write drops its cached answers at once", async () => {
    const before = await run(dashboard);
    const volume = before.data.instances.nodes.flatMap((n: any) => n.volumes.nodes)[0];
    const id = before.data.instances.nodes[0].id;
    const mutation = `mutation { updateInstance(id: ${id}, input: { label: "${before.data.instances.nodes[0].label}" }) { instance { id } } }`;
    expect((await run(mutation)).errors).toBeUndefined();
    stack.emulator.clearLog();
    expect((await run(dashboard)).extensions.upstream.requests).toBeGreaterThan(10);
    expect(volume === undefined || typeof volume.id === 'string').toBe(true);
  });
});
