// Subscriptions over server-sent events: account events as they happen, polled from Linode with
// the subscriber's token, including an event's change from `started` to `finished`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TOKEN } from 'linode-emulator';
import { startStack, type Stack } from '../support/stack.js';

let clock = Date.now();
let stack: Stack;
beforeAll(async () => {
  // Polling every 20 ms would spend Linode's 200 list requests a minute in seconds.
  stack = await startStack({ emulator: { now: () => clock, rateLimits: false }, gateway: { eventPollMs: 20 } });
});
afterAll(() => stack.close());

/** Resolves once `check()` holds (checked every few ms, for at most 5 s). */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !check(); i += 1) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(check()).toBe(true);
}

const eventPolls = () => stack.emulator.log.filter((e) => e.path === '/v4/account/events');

/**
 * Opens a subscription and reads its stream in the background; `next()` resolves with each
 * delivered payload, `close()` ends it. Resolves once the gateway has asked Linode for the newest
 * event: what happens from then on is news.
 */
async function subscribe(query: string, token: string | null = DEMO_TOKEN) {
  const abort = new AbortController();
  const pollsBefore = eventPolls().length;
  const response = await stack.gateway.yoga.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
    signal: abort.signal,
  });
  expect(response.headers.get('content-type')).toContain('text/event-stream');
  const delivered: any[] = [];
  let ended = false;
  void (async () => {
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const message = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = message.split('\n').find((line) => line.startsWith('data:'));
          if (message.startsWith('event: next') && data) delivered.push(JSON.parse(data.slice(5)));
        }
      }
    } catch {
      // aborted
    }
    ended = true;
  })();
  await until(() => eventPolls().length > pollsBefore || delivered.length > 0 || ended);
  return {
    async next(): Promise<any> {
      await until(() => delivered.length > 0 || ended);
      return delivered.shift();
    },
    close: () => abort.abort(),
  };
}

const mutate = (query: string, variables: Record<string, unknown>) => stack.gql(query, { variables });

describe('subscription { events }', () => {
  it('delivers a new event, then its change to finished, and nothing from before subscribing', async () => {
    const instance: any = stack.emulator.store.instances.find((i: any) => i.status === 'offline');
    const events = await subscribe(
      `subscription { events(filter: { action: { eq: "linode_boot" } }) { id action status entity { ... on Instance { id status } } } }`,
    );
    const booted = await mutate('mutation($id: ID!) { bootInstance(id: $id) { instance { status } } }', { id: instance.id });
    expect(booted.data.bootInstance.instance.status).toBe('BOOTING');

    const started = (await events.next()).data.events;
    expect(started).toMatchObject({ action: 'LINODE_BOOT', status: 'STARTED', entity: { id: String(instance.id), status: 'BOOTING' } });
    clock += 60_000; // the boot ends on the emulator's clock
    const finished = (await events.next()).data.events;
    // The entity as it is now, not as it was at the first delivery.
    expect(finished).toMatchObject({ id: started.id, action: 'LINODE_BOOT', status: 'FINISHED', entity: { status: 'RUNNING' } });
    events.close();
  });

  it('polls with the subscriber token, one request a poll, and stops when the subscriber leaves', async () => {
    stack.emulator.clearLog();
    const events = await subscribe('subscription { events { id } }');
    const instance: any = stack.emulator.store.instances.find((i: any) => i.status === 'running');
    await mutate('mutation($id: ID!) { rebootInstance(id: $id) { userErrors { message } } }', { id: instance.id });
    expect((await events.next()).data.events.id).toBeTruthy();
    // The newest event once (where news starts), then one request a poll: news and events under way.
    const [baseline, ...polls] = eventPolls();
    expect(JSON.parse(baseline.filter ?? '{}')).toEqual({ '+order_by': 'id', '+order': 'desc' });
    expect(polls.length).toBeGreaterThan(0);
    for (const poll of [baseline, ...polls]) expect(poll.authorization).toBe(`Bearer ${DEMO_TOKEN}`);
    // The token's poll is shared by its subscriptions: each one's filter applies in the gateway.
    for (const poll of polls)
      expect(JSON.parse(poll.filter ?? '{}')).toMatchObject({ '+or': expect.any(Array), '+order_by': 'id', '+order': 'asc' });
    events.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const after = eventPolls().length;
    await new Promise((resolve) => setTimeout(resolve, 200)); // ten poll intervals
    expect(eventPolls().length).toBe(after);
  });

  it('a rate limit pauses the polling for Retry-After instead of ending the subscription', async () => {
    const events = await subscribe('subscription { events { id action } }');
    stack.emulator.inject({
      path: '/v4/account/events',
      status: 429,
      headers: { 'Retry-After': '1' },
      body: '{"errors":[{"reason":"Too Many Requests"}]}',
      times: 1,
    });
    const instance: any = stack.emulator.store.instances.find((i: any) => i.status === 'running');
    await mutate('mutation($id: ID!) { shutdownInstance(id: $id) { userErrors { message } } }', { id: instance.id });
    const delivered = await events.next();
    expect(delivered.errors).toBeUndefined();
    expect(delivered.data.events.action).toBe('LINODE_SHUTDOWN');
    events.close();
  });

  it('live subscriptions are counted in the metrics while they last', async () => {
    const gauge = async () => {
      const text = await (await stack.gateway.yoga.fetch('http://gateway.test/metrics')).text();
      return Number(/^linode_gateway_active_subscriptions (\d+)$/m.exec(text)?.[1]);
    };
    const before = await gauge();
    const events = await subscribe('subscription Watch { events { id } }');
    expect(await gauge()).toBe(before + 1);
    events.close();
    for (let i = 0; i < 200 && (await gauge()) !== before; i += 1) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await gauge()).toBe(before);
  });

  it('without a token the subscription ends with UNAUTHENTICATED', async () => {
    const events = await subscribe('subscription { events { id } }', null);
    const first = await events.next();
    expect(first.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    events.close();
  });
});
