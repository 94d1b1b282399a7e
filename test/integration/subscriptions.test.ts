// Subscriptions over server-sent events: account events as they happen, polled from Linode with
// the subscriber's token, including an event's change from `started` to `finished`. The poller
// polls when the test ticks its wait, and the emulator's clock moves when the test moves it: no
// timers, nothing that depends on how fast the machine is.
import { afterEach, beforeAll, afterAll, describe, expect, it } from 'vitest';
import { DEMO_TOKEN } from 'linode-emulator';
import { startStack, type Stack } from '../support/stack.js';
import { manualWait, subscribe, type EventSubscription } from '../support/subscriptions.js';
import { turn, until } from '../support/turns.js';

let clock = Date.now();
const pollerWait = manualWait();
let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ emulator: { now: () => clock, rateLimits: false }, gatewayOptions: { eventWait: pollerWait.wait } });
});
afterAll(() => stack.close());

const open: EventSubscription[] = [];
afterEach(async () => {
  for (const subscription of open.splice(0)) subscription.close();
  await until(() => pollerWait.sleeping === 0); // the poller has stopped with its last subscriber
});

const eventPolls = () => stack.emulator.log.filter((e) => e.path === '/v4/account/events');

/**
 * Opens a subscription; resolves once the gateway has asked Linode for the newest event and its
 * poller waits (what happens from then on is news), or once the stream has answered at once.
 */
async function watch(query: string, token: string | null = DEMO_TOKEN): Promise<EventSubscription> {
  const subscription = await subscribe(stack.gateway, query, { token });
  open.push(subscription);
  await until(() => pollerWait.sleeping === 1 || subscription.delivered.length > 0 || subscription.ended);
  return subscription;
}

/** One poll interval: the waiting poller asks Linode once (retries included) and waits again. */
async function poll(): Promise<void> {
  const before = eventPolls().length;
  pollerWait.tick();
  await until(() => eventPolls().length > before && pollerWait.sleeping === 1);
}

const mutate = (query: string, variables: Record<string, unknown>) => stack.gql(query, { variables });

describe('subscription { events }', () => {
  it('delivers a new event, then its change to finished, and nothing from before subscribing', async () => {
    const instance: any = stack.emulator.store.instances.find((i: any) => i.status === 'offline');
    const events = await watch(
      `subscription { events(filter: { action: { eq: "linode_boot" } }) { id action status entity { ... on Instance { id status } } } }`,
    );
    const booted = await mutate('mutation($id: ID!) { bootInstance(id: $id) { instance { status } } }', { id: instance.id });
    expect(booted.data.bootInstance.instance.status).toBe('BOOTING');

    await poll();
    const started = (await events.next()).data.events;
    expect(started).toMatchObject({ action: 'LINODE_BOOT', status: 'STARTED', entity: { id: String(instance.id), status: 'BOOTING' } });
    clock += 60_000; // the boot ends on the emulator's clock
    await poll();
    const finished = (await events.next()).data.events;
    // The entity as it is now, not as it was at the first delivery.
    expect(finished).toMatchObject({ id: started.id, action: 'LINODE_BOOT', status: 'FINISHED', entity: { status: 'RUNNING' } });
    expect(events.delivered).toEqual([]); // nothing from before subscribing, nothing twice
  });

  it('polls with the subscriber token, one request a poll, and stops when the subscriber leaves', async () => {
    stack.emulator.clearLog();
    const events = await watch('subscription { events { id } }');
    const instance: any = stack.emulator.store.instances.find((i: any) => i.status === 'running');
    await mutate('mutation($id: ID!) { rebootInstance(id: $id) { userErrors { message } } }', { id: instance.id });
    await poll();
    expect((await events.next()).data.events.id).toBeTruthy();
    // The newest event once (where news starts), then one request a poll: news and events under way.
    const [baseline, ...polls] = eventPolls();
    expect(JSON.parse(baseline.filter ?? '{}')).toEqual({ '+order_by': 'id', '+order': 'desc' });
    expect(polls).toHaveLength(1);
    for (const poll of [baseline, ...polls]) expect(poll.authorization).toBe(`Bearer ${DEMO_TOKEN}`);
    // The token's poll is shared by its subscriptions: each one's filter applies in the gateway.
    for (const poll of polls)
      expect(JSON.parse(poll.filter ?? '{}')).toMatchObject({ '+or': expect.any(Array), '+order_by': 'id', '+order': 'asc' });
    events.close();
    // The poller stops: it waits no more, so no interval can bring another poll.
    await until(() => pollerWait.sleeping === 0);
    const after = eventPolls().length;
    pollerWait.tick();
    for (let i = 0; i < 50; i += 1) await turn();
    expect(eventPolls().length).toBe(after);
  });

  it('a rate limit pauses the polling for Retry-After instead of ending the subscription', async () => {
    const events = await watch('subscription { events { id action } }');
    stack.emulator.inject({
      path: '/v4/account/events',
      status: 429,
      headers: { 'Retry-After': '1' },
      body: '{"errors":[{"reason":"Too Many Requests"}]}',
      times: 1,
    });
    const instance: any = stack.emulator.store.instances.find((i: any) => i.status === 'running');
    await mutate('mutation($id: ID!) { shutdownInstance(id: $id) { userErrors { message } } }', { id: instance.id });
    stack.retryWaits.length = 0;
    await poll();
    const delivered = await events.next();
    expect(delivered.errors).toBeUndefined();
    expect(delivered.data.events.action).toBe('LINODE_SHUTDOWN');
    // Linode's Retry-After was waited out (1 s, on the stack's recorded waits), then the poll went again.
    expect(stack.retryWaits).toEqual([1_000]);
    expect(
      stack.emulator.log
        .filter((e) => e.path === '/v4/account/events')
        .map((e) => e.status)
        .slice(-2),
    ).toEqual([429, 200]);
  });

  it('live subscriptions are counted in the metrics while they last', async () => {
    const gauge = async () => {
      const text = await (await stack.gateway.yoga.fetch('http://gateway.test/metrics')).text();
      return Number(/^linode_gateway_active_subscriptions (\d+)$/m.exec(text)?.[1]);
    };
    const before = await gauge();
    const events = await watch('subscription Watch { events { id } }');
    expect(await gauge()).toBe(before + 1);
    events.close();
    await until(async () => (await gauge()) === before);
  });

  it('without a token the subscription ends with UNAUTHENTICATED', async () => {
    const events = await watch('subscription { events { id } }', null);
    const first = await events.next();
    expect(first.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
