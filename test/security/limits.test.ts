// Limits that the table in hostile.test.ts cannot express: bodies without Content-Length, batches
// sharing one cost budget, and limits taken from configuration.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { defaultLimits } from '../../src/config.js';
import { DEMO_TOKEN } from 'linode-emulator';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ gateway: { limits: { ...defaultLimits, maxCost: 60, maxDepth: 4, maxBodyBytes: 5_000 } } });
});
afterAll(() => stack.close());
beforeEach(() => stack.emulator.clearLog());

/** A POST of `body` as it is (a stream, a batch): these tests are about the HTTP request itself. */
function postBody(body: BodyInit, extra: RequestInit = {}) {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${DEMO_TOKEN}` };
  return stack.gateway.yoga.fetch('http://gateway.test/graphql', { method: 'POST', headers, body, ...extra });
}

describe('limits from configuration', () => {
  it('a body over the limit without Content-Length (chunked) is refused while reading', async () => {
    const text = JSON.stringify({ query: '{ regions(first: 1) { totalCount } }', variables: { pad: 'x'.repeat(20_000) } });
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        // Several chunks, as a chunked upload arrives.
        const bytes = new TextEncoder().encode(text);
        for (let i = 0; i < bytes.length; i += 4096) controller.enqueue(bytes.slice(i, i + 4096));
        controller.close();
      },
    });
    const response = await postBody(body, { duplex: 'half' } as RequestInit);
    expect(response.status).toBe(413);
    const json = await response.json();
    expect(json.errors[0].extensions.code).toBe('REQUEST_TOO_LARGE');
    expect(json.errors[0].message).toContain('MAX_BODY_BYTES');
    expect(stack.emulator.log).toHaveLength(0);
  });

  it('a body under the limit without Content-Length works', async () => {
    const text = JSON.stringify({ query: '{ regions(first: 1) { totalCount } }' });
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(text));
        controller.close();
      },
    });
    const json = await (await postBody(body, { duplex: 'half' } as RequestInit)).json();
    expect(json.errors).toBeUndefined();
    expect(json.data.regions.totalCount).toBeGreaterThan(0);
  });

  it('messages name the setting to change', async () => {
    const deep = await stack.gql('{ instances(first: 1) { nodes { configs { nodes { instance { id } } } } } }');
    expect(deep.errors?.[0].extensions?.code).toBe('QUERY_TOO_DEEP');
    expect(deep.errors?.[0].message).toContain('MAX_DEPTH');
    const costly = await stack.gql('{ instances(first: 60) { nodes { disks { totalCount } } } }');
    expect(costly.errors?.[0].extensions).toEqual({ code: 'QUERY_TOO_EXPENSIVE', estimated: 61, budget: 60 });
    expect(costly.errors?.[0].message).toContain('MAX_COST');
    expect(costly.extensions?.cost).toEqual({ estimated: 61, budget: 60 });
    expect(stack.emulator.log).toHaveLength(0);
  });
});

describe('batched operations share one cost budget', () => {
  const op = (n: number) => ({ query: `{ instances(first: ${n}) { nodes { disks { totalCount } } } }` });

  it('each operation of a batch reports its own estimate', async () => {
    const response = await postBody(JSON.stringify([op(3), { query: '{ regions(first: 1) { totalCount } }' }]));
    const [first, second] = await response.json();
    expect(first.errors).toBeUndefined();
    expect(first.extensions.cost).toEqual({ estimated: 4, budget: 60 });
    expect(second.extensions.cost).toEqual({ estimated: 1, budget: 60 });
  });

  it('operations within the budget each, but not together, are refused once the batch is over it', async () => {
    // 3 x 21 = 63 > 60: the third is refused, the first two run.
    const response = await postBody(JSON.stringify([op(20), op(20), op(20)]));
    const results = await response.json();
    expect(results[0].errors).toBeUndefined();
    expect(results[1].errors).toBeUndefined();
    expect(results[2].data).toBeUndefined();
    expect(results[2].errors[0].extensions).toEqual({ code: 'QUERY_TOO_EXPENSIVE', estimated: 21, budget: 60, batchEstimated: 63 });
    expect(results[2].errors[0].message).toMatch(/separate requests/);
    // Only what the first two operations needed went upstream: 2 x (1 list + 20 disk lists) at most.
    expect(stack.emulator.log.length).toBeLessThanOrEqual(42);
  });
});
