// Issue 10, finding 5: one caller's failures on its own objects open no circuit (not even the
// caller's: the object may be what fails); the gateway-wide circuit opens only when failures come
// from several callers (Linode itself failing).
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_TOKEN } from 'linode-emulator';
import { startStack, type Stack } from '../support/stack.js';

const READ_ONLY = 'demo-token-read-only';
const VOLUMES_ONLY = 'demo-token-volumes-only';

let stack: Stack | undefined;
afterEach(async () => {
  await stack?.close();
  stack = undefined;
});

const codes = async (query: string, token: string | null, variables: Record<string, unknown> = {}) =>
  ((await stack!.gql(query, { variables, token })).errors ?? []).map((e: any) => e.extensions?.code as string);

describe('finding 5: breakers scoped so that only upstream-wide failure stops everyone', () => {
  it("one caller's failing instance opens no circuit: anonymous catalogs, other callers and its own other reads reach Linode", async () => {
    stack = await startStack({ emulator: { rateLimits: false } });
    const own = stack.emulator.store.instances[0].id;
    stack.emulator.inject({ path: `/v4/linode/instances/${own}`, status: 500 });
    const instance = 'query($id: ID!) { instance(id: $id) { label } }';
    for (let i = 0; i < 6; i += 1) expect(await codes(instance, DEMO_TOKEN, { id: own })).toEqual(['UPSTREAM_ERROR']);
    stack.emulator.clearLog();
    expect(await codes('{ regions(first: 1) { totalCount } }', null)).toEqual([]);
    expect(stack.upstream()).toHaveLength(1);
    expect(await codes('{ instances(first: 1) { totalCount } }', READ_ONLY)).toEqual([]);
    expect(stack.upstream()).toHaveLength(2);
    expect(await codes('{ volumes(first: 1) { totalCount } }', DEMO_TOKEN)).toEqual([]);
    expect(stack.upstream()).toHaveLength(3);
  });

  it('(guard) failures from several callers open the gateway-wide circuit: then everyone fails fast', async () => {
    stack = await startStack({ emulator: { rateLimits: false } });
    stack.emulator.inject({ path: /\/v4\/linode\/instances/, status: 503 });
    const list = '{ instances(first: 1) { totalCount } }';
    for (const token of [DEMO_TOKEN, READ_ONLY, VOLUMES_ONLY, DEMO_TOKEN, READ_ONLY])
      expect(await codes(list, token)).toEqual(['UPSTREAM_ERROR']);
    stack.emulator.clearLog();
    const fast = (await stack.gql('{ regions(first: 1) { totalCount } }', { token: null })).errors ?? [];
    expect(fast[0]?.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
    expect(fast[0]?.message).toMatch(/circuit breaker/);
    expect(stack.upstream()).toHaveLength(0);
  });
});
