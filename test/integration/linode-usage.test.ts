// An instance's usage: its graphs (Linode wraps them in `data`, the spec does not), its transfer,
// a month's of either, each one request per instance and only when selected.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ emulator: { rateLimits: false } });
});
afterAll(() => stack.close());
beforeEach(() => stack.emulator.clearLog());

const running = () => stack.emulator.store.instances.find((i) => i.status === 'running')!;

describe('instance usage', () => {
  it("reads the graphs out of Linode's `data` envelope", async () => {
    const instance = running();
    const { data, errors } = await stack.gql(`{ instance(id: ${instance.id}) { stats { title cpu io { io } netv4 { in privateOut } } } }`);
    expect(errors).toBeUndefined();
    const { stats } = data.instance;
    expect(stats.title).toContain(String(instance.id));
    expect(stats.cpu).toHaveLength(288); // a day of five-minute points
    expect(stats.cpu[0]).toEqual([expect.any(Number), expect.any(Number)]);
    expect(stats.netv4.in.length).toBe(288);
    expect(stats.io.io.length).toBe(288);
  });

  it('reads a month of graphs and of transfer, the current month by default', async () => {
    const instance = running();
    const now = new Date();
    const { data, errors } = await stack.gql(
      `{ instance(id: ${instance.id}) { monthlyStats { cpu } monthlyTransfer { bytesIn bytesOut bytesTotal } transfer { used quota billable } may: monthlyTransfer(year: 2025, month: 5) { bytesTotal } } }`,
    );
    expect(errors).toBeUndefined();
    const paths = stack.emulator.log.map((e) => e.path);
    const base = `/v4/linode/instances/${instance.id}`;
    expect(paths).toContain(`${base}/stats/${now.getUTCFullYear()}/${now.getUTCMonth() + 1}`);
    expect(paths).toContain(`${base}/transfer/${now.getUTCFullYear()}/${now.getUTCMonth() + 1}`);
    expect(paths).toContain(`${base}/transfer/2025/5`);
    expect(paths).toContain(`${base}/transfer`);
    const t = data.instance.monthlyTransfer;
    expect(t.bytesTotal).toBe(t.bytesIn + t.bytesOut);
    expect(data.instance.transfer.quota).toBe(instance.specs.transfer);
  });

  it('refuses half a month', async () => {
    const { data, errors } = await stack.gql(`{ instance(id: ${running().id}) { label monthlyStats(year: 2025) { title } } }`);
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(data.instance).toEqual({ label: running().label, monthlyStats: null });
  });

  it('costs one request per instance and field, nothing when not selected', async () => {
    await stack.gql('{ instances(first: 3) { nodes { id stats { title } transfer { used } } } }');
    const paths = stack.emulator.log.map((e) => e.path);
    expect(paths.filter((p) => p.endsWith('/stats'))).toHaveLength(3);
    expect(paths.filter((p) => p.endsWith('/transfer'))).toHaveLength(3);
    stack.emulator.clearLog();
    await stack.gql('{ instances(first: 3) { nodes { id } } }');
    expect(stack.emulator.log.filter((e) => /\/(stats|transfer)/.test(e.path))).toHaveLength(0);
  });
});
