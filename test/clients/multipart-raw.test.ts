// The multipart answers read by hand (RFC 2046 parts), not through a client library: @defer and
// @stream's incremental parts (issue 12, point 5) and a subscription's parts in Apollo's protocol.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TOKEN, GATEWAY_URL, startClientStack, until, type ClientStack } from './support.js';

let stack: ClientStack;
beforeAll(async () => {
  stack = await startClientStack({ emulator: { rateLimits: false } });
});
afterAll(() => stack.close());

/** The JSON bodies of a multipart/mixed answer's parts, as they arrive; `stop()` cancels the body. */
function multipartParts(response: Response): { parts: any[]; ended: () => boolean; stop: () => Promise<void> } {
  const boundary = /boundary="?([^";]+)"?/.exec(response.headers.get('content-type') ?? '')?.[1];
  if (!boundary) throw new Error(`no boundary in ${response.headers.get('content-type')}`);
  const delimiter = `\r\n--${boundary}`;
  const parts: any[] = [];
  let done = false;
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  void (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for (;;) {
        const { value, done: finished } = await reader.read();
        if (finished) break;
        buffer += decoder.decode(value, { stream: true });
        // A part is complete when the next delimiter has arrived.
        for (let start = buffer.indexOf(delimiter); start >= 0; start = buffer.indexOf(delimiter)) {
          const next = buffer.indexOf(delimiter, start + delimiter.length);
          if (next < 0) break;
          const part = buffer.slice(start + delimiter.length, next);
          buffer = buffer.slice(next);
          const body = part.slice(part.indexOf('\r\n\r\n') + 4);
          parts.push(JSON.parse(body));
        }
        if (buffer.startsWith(`${delimiter}--`)) break;
      }
    } catch {
      // cancelled
    }
    done = true;
  })();
  return { parts, ended: () => done, stop: () => reader.cancel() };
}

const post = (query: string, accept: string, token: string | null = DEMO_TOKEN, signal?: AbortSignal) =>
  stack.fetch(GATEWAY_URL, {
    method: 'POST',
    signal,
    headers: { 'content-type': 'application/json', accept, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });

describe('point 5: @defer and @stream, read as raw multipart', () => {
  it('@defer: the first part without the deferred fields (hasNext), then an incremental part with them', async () => {
    const response = await post(
      '{ regions(first: 2) { nodes { id } } ... @defer(label: "instances") { instances(first: 2) { totalCount } } }',
      'multipart/mixed',
    );
    expect(response.headers.get('content-type')).toMatch(/^multipart\/mixed/);
    const reading = multipartParts(response);
    await until('the last part', () => reading.ended());
    const [initial, ...rest] = reading.parts;
    expect(initial).toMatchObject({
      data: { regions: { nodes: [{ id: expect.any(String) }, { id: expect.any(String) }] } },
      hasNext: true,
    });
    expect(initial.data.instances).toBeUndefined();
    expect(rest.at(-1).hasNext).toBe(false);
    const incremental = rest.flatMap((p) => p.incremental ?? []);
    expect(incremental).toEqual([
      { data: { instances: { totalCount: stack.emulator.store.instances.length } }, path: [], label: 'instances' },
    ]);
  });

  it('@stream: the first items at once, the others as incremental items, together the same list', async () => {
    const whole = await (await post('{ regions(first: 5) { nodes { id } } }', 'application/json')).json();
    const response = await post('{ regions(first: 5) { nodes @stream(initialCount: 1) { id } } }', 'multipart/mixed');
    const reading = multipartParts(response);
    await until('the last part', () => reading.ended());
    const [initial, ...rest] = reading.parts;
    expect(initial.data.regions.nodes).toHaveLength(1);
    const streamed = rest.flatMap((p) => p.incremental ?? []).flatMap((i: any) => i.items ?? []);
    expect([...initial.data.regions.nodes, ...streamed]).toEqual(whole.data.regions.nodes);
  });
});

describe("subscriptions in Apollo's multipart protocol, read raw", () => {
  it('a heartbeat part `{}` at once, then each event as {"payload": ...}; the poller stops when the reader cancels', async () => {
    const abort = new AbortController();
    const response = await post(
      'subscription { events(filter: { action: { eq: "linode_boot" } }) { id action } }',
      'multipart/mixed;boundary="graphql";subscriptionSpec="1.0",application/json',
      DEMO_TOKEN,
      abort.signal,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('multipart/mixed;boundary="graphql";subscriptionSpec="1.0"');
    const reading = multipartParts(response);
    await until('the first heartbeat', () => reading.parts.length > 0);
    expect(reading.parts[0]).toEqual({});
    await until('the poller to ask where news starts, then wait', () => stack.pollerWait.sleeping === 1);
    const instance: any = stack.emulator.store.instances.find((i: any) => i.status === 'offline');
    await post(`mutation { bootInstance(id: ${instance.id}) { instance { id } } }`, 'application/json');
    stack.pollerWait.tick(); // the next poll
    await until('the event', () => reading.parts.some((p) => p.payload));
    expect(reading.parts.find((p) => p.payload)).toEqual({
      payload: { data: { events: { id: expect.any(String), action: 'LINODE_BOOT' } } },
    });
    const active = async () => (await stack.gateway.observability.metrics?.activeSubscriptions.get())?.values[0]?.value ?? 0;
    expect(await active()).toBe(1);
    await reading.stop();
    abort.abort();
    // The subscription ended with its reader: the gateway counts no live subscription any more.
    await until('no live subscription', async () => (await active()) === 0);
    expect(await active()).toBe(0);
  });
});
