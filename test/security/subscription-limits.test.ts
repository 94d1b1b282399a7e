// Issue 10, finding 4: subscriptions pay the same cost check as queries, are capped per token and
// per client address before any request, and share one poller per token: N subscribers of a token
// cost one poll per interval. The pollers' wait is driven by the test (no timers).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { defaultLimits } from '../../src/config.js';
import { DEMO_TOKEN } from 'linode-emulator';
import { startStack, type Stack } from '../support/stack.js';
import { manualWait, subscribe, type EventSubscription } from '../support/subscriptions.js';
import { until } from '../support/turns.js';

const clock = manualWait();
let stack: Stack;
beforeAll(async () => {
  stack = await startStack({
    emulator: { rateLimits: false },
    gateway: { trustedProxies: 1, limits: { ...defaultLimits, maxSubscriptionsPerToken: 3, maxSubscriptionsPerAddress: 4 } },
    gatewayOptions: { eventWait: clock.wait },
  });
});
afterAll(() => stack.close());

const READ_ONLY = 'demo-token-read-only';
const eventPolls = () => stack.upstream().filter((entry) => entry.path === '/v4/account/events');
const opened: EventSubscription[] = [];
beforeEach(async () => {
  for (const subscription of opened.splice(0)) subscription.close();
  await until(() => clock.sleeping === 0); // every poller has stopped with its last subscriber
  stack.emulator.clearLog();
});

/** Opens a subscription from a client address; its deliveries collect in `delivered`. */
async function open(query: string, token: string, address = '198.51.100.7'): Promise<EventSubscription> {
  const subscription = await subscribe(stack.gateway, query, { token, headers: { 'x-forwarded-for': address } });
  opened.push(subscription);
  return subscription;
}

const firstCode = async (subscription: EventSubscription) => {
  await until(() => subscription.delivered.length > 0);
  return subscription.delivered[0].errors?.[0]?.extensions;
};

describe('finding 4: subscriptions are checked, capped and share their polls', () => {
  it('a selection refused as a query (cost 508) is refused as a subscription, before any request', async () => {
    const selection = '{ entity { ... on Instance { disks(first: 500) { nodes { instance { ips { ipv4 { public { address } } } } } } } } }';
    const asQuery = await stack.gql(`{ events(first: 1) { nodes ${selection} } }`);
    expect(asQuery.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_EXPENSIVE', estimated: 508 });
    const subscription = await open(`subscription { events ${selection} }`, DEMO_TOKEN);
    expect(subscription.status).toBe(200);
    expect(await firstCode(subscription)).toMatchObject({ code: 'QUERY_TOO_EXPENSIVE', estimated: 508, budget: 300 });
    expect(stack.upstream()).toHaveLength(0);
  });

  it('past MAX_SUBSCRIPTIONS_PER_TOKEN, a subscription is refused without a request', async () => {
    for (let i = 0; i < 3; i += 1) await open('subscription { events { id } }', DEMO_TOKEN, `198.51.100.${i}`);
    await until(() => clock.sleeping === 1);
    const before = stack.upstream().length;
    const fourth = await open('subscription { events { id } }', DEMO_TOKEN, '198.51.100.99');
    expect(fourth.status).toBe(200);
    expect(await firstCode(fourth)).toMatchObject({ code: 'TOO_MANY_SUBSCRIPTIONS', limit: 'token', maximum: 3 });
    expect(stack.upstream()).toHaveLength(before);
  });

  it('past MAX_SUBSCRIPTIONS_PER_ADDRESS, a subscription is refused whatever its token', async () => {
    for (let i = 0; i < 3; i += 1) await open('subscription { events { id } }', DEMO_TOKEN, '203.0.113.5');
    await open('subscription { events { id } }', READ_ONLY, '203.0.113.5');
    await until(() => clock.sleeping === 2);
    const before = stack.upstream().length;
    const fifth = await open('subscription { events { id } }', READ_ONLY, '203.0.113.5');
    expect(await firstCode(fifth)).toMatchObject({ code: 'TOO_MANY_SUBSCRIPTIONS', limit: 'address', maximum: 4 });
    expect(stack.upstream()).toHaveLength(before);
  });

  it('three subscribers of one token: one poll per interval, each subscriber served', async () => {
    const subscribers: EventSubscription[] = [];
    for (let i = 0; i < 3; i += 1)
      subscribers.push(
        await open('subscription { events(filter: { action: { eq: "linode_boot" } }) { id action } }', DEMO_TOKEN, `192.0.2.${i}`),
      );
    await until(() => clock.sleeping === 1);
    expect(eventPolls()).toHaveLength(1); // where news starts, once for the three
    const instance = stack.emulator.store.instances.find((i) => i.status === 'offline');
    await stack.gql('mutation($id: ID!) { bootInstance(id: $id) { userErrors { message } } }', { variables: { id: instance?.id } });
    for (let interval = 1; interval <= 3; interval += 1) {
      clock.tick();
      await until(() => eventPolls().length === 1 + interval && clock.sleeping === 1);
    }
    expect(eventPolls()).toHaveLength(4);
    await until(() => subscribers.every((s) => s.delivered.length > 0));
    for (const s of subscribers) expect(s.delivered[0].data.events.action).toBe('LINODE_BOOT');
  });
});
