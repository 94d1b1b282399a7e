// The token's rate-limit budget at Linode: an operation that needs more of an operation's window
// than Linode says is left is refused with RATE_LIMITED and retryAfter before anything is sent;
// every answer reports the tightest window it used.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_TOKEN } from 'linode-emulator';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ emulator: { rateLimitOverrides: { getLinodeDisks: { limit: 12, windowSeconds: 600 } } } });
});
afterAll(() => stack.close());
beforeEach(() => stack.emulator.clearLog());

const query = '{ instances(first: 5) { nodes { id disks { nodes { id } } } } }';

async function run(body: string) {
  const response = await stack.gateway.yoga.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${DEMO_TOKEN}` },
    body: JSON.stringify({ query: body }),
  });
  return (await response.json()) as { data: any; errors?: any[]; extensions: { upstream: { requests: number; budget: any } } };
}

describe('RATE_LIMIT_BUDGET', () => {
  it('refuses what the window cannot afford, before sending anything, and reports the budget left', async () => {
    const first = await run(query);
    expect(first.errors).toBeUndefined();
    expect(first.extensions.upstream.budget).toMatchObject({ operation: 'GET /linode/instances/{id}/disks', remaining: 7, limit: 12 });
    const second = await run(query);
    expect(second.errors).toBeUndefined();
    expect(second.extensions.upstream.budget).toMatchObject({ remaining: 2 });
    stack.emulator.clearLog();
    const third = await run(query);
    expect(third.data).toBeUndefined();
    expect(third.errors?.[0].extensions).toMatchObject({
      code: 'RATE_LIMITED',
      operation: 'GET /linode/instances/{id}/disks',
      needed: 5,
      remaining: 2,
    });
    expect(third.errors?.[0].extensions.retryAfter).toBeGreaterThan(0);
    expect(third.extensions.upstream).toMatchObject({ requests: 0, budget: { remaining: 2 } });
    expect(stack.emulator.log).toHaveLength(0);
    // What fits the window still runs.
    expect((await run('{ instances(first: 2) { nodes { id } } }')).errors).toBeUndefined();
  });
});
