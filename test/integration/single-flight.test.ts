// Concurrent GraphQL requests that need the same upstream GET share one request (same token, or
// a public read); a request that goes away does not take the shared answer from the others.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_TOKEN } from 'linode-emulator';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;
beforeAll(async () => {
  // Upstream answers take a while, so that the requests below overlap.
  stack = await startStack({ emulator: { rateLimits: false, latencyMs: 40 } });
});
afterAll(() => stack.close());
beforeEach(() => stack.emulator.clearLog());

const query = '{ instances(first: 10) { nodes { id label disks { nodes { id } } } } }';

async function run(token: string, signal?: AbortSignal) {
  const response = await stack.gateway.yoga.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
    signal,
  });
  return (await response.json()) as { data: any; errors?: unknown[]; extensions: { upstream: { requests: number } } };
}

describe('single flight across requests', () => {
  it('three concurrent requests of one token send each upstream GET once', async () => {
    const answers = await Promise.all([run(DEMO_TOKEN), run(DEMO_TOKEN), run(DEMO_TOKEN)]);
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    expect(answers[1].data).toEqual(answers[0].data);
    // 1 instances page + 10 disk lists, once for all three.
    expect(stack.emulator.log).toHaveLength(11);
    expect(answers.reduce((sum, a) => sum + a.extensions.upstream.requests, 0)).toBe(11);
  });

  it('requests of different tokens do not share', async () => {
    const other = 'demo-token-read-only';
    await Promise.all([run(DEMO_TOKEN), run(other)]);
    const tokens = new Set(stack.emulator.log.map((e) => e.authorization));
    expect(tokens.size).toBe(2);
    expect(stack.emulator.log).toHaveLength(22);
  });

  it('a request that goes away leaves the shared GETs to the others', async () => {
    const leaving = new AbortController();
    const first = run(DEMO_TOKEN, leaving.signal).catch(() => undefined);
    const second = run(DEMO_TOKEN);
    setTimeout(() => leaving.abort(), 10);
    await first;
    const answer = await second;
    expect(answer.errors).toBeUndefined();
    expect(answer.data.instances.nodes).toHaveLength(10);
  });
});
