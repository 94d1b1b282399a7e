// The metrics host (monitor-api.linode.com), served by the emulator under its own prefix: it takes
// only service tokens the emulator issued, for their service and entities while they live, checks
// the body as the metrics API does, and answers deterministic Prometheus-style series.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_TOKEN, startEmulator, type Emulator } from '../src/index.js';
import { call, manualClock, type LooseJson } from './helpers.js';

const clock = manualClock(Date.UTC(2025, 6, 22, 17, 33, 19));
let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, instances: 20, rateLimits: false, now: clock.now });
});
afterAll(() => emulator.close());
beforeEach(() => emulator.clearLog());

/** Two Linodes in one region, and one elsewhere. */
function linodes(): { a: number; b: number; elsewhere: number } {
  const all = emulator.store.instances;
  const a = all.find((i) => all.some((j) => j.id !== i.id && j.region === i.region))!;
  const b = all.find((i) => i.id !== a.id && i.region === a.region)!;
  const elsewhere = all.find((i) => i.region !== a.region)!;
  return { a: a.id, b: b.id, elsewhere: elsewhere.id };
}

async function serviceToken(entityIds: unknown[], serviceType = 'linode'): Promise<string> {
  const reply = await call(emulator, `/monitor/services/${serviceType}/token`, { method: 'POST', body: { entity_ids: entityIds } });
  expect(reply.status).toBe(200);
  return reply.body.token as string;
}

async function metrics(token: string | null, body: unknown, serviceType = 'linode'): Promise<{ status: number; body: LooseJson }> {
  const response = await fetch(`${emulator.monitorUrl}/monitor/services/${serviceType}/metrics`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token === null ? {} : { authorization: `Bearer ${token}` }) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

const cpu = (entityIds: unknown[], more: Record<string, unknown> = {}) => ({
  entity_ids: entityIds,
  metrics: [{ name: 'vm_cpu_time_total', aggregate_function: 'avg' }],
  relative_time_duration: { unit: 'hr', value: 1 },
  ...more,
});

const fields = (reply: { body: LooseJson }) => (reply.body.errors as Array<{ field?: string }>).map((e) => e.field);

describe('the metrics host', () => {
  it('is served under /v2beta of the same server', () => {
    expect(emulator.monitorUrl).toBe(emulator.url.replace(/\/v4$/, '/v2beta'));
  });

  it('issues JWE tokens whose readable header says when they expire: six hours on', async () => {
    const token = await serviceToken([linodes().a]);
    const parts = token.split('.');
    expect(parts).toHaveLength(5);
    expect(parts[1]).toBe(''); // `dir`: no encrypted key
    expect(JSON.parse(Buffer.from(parts[0], 'base64url').toString())).toEqual({
      alg: 'dir',
      enc: 'A128CBC-HS256',
      kid: 1,
      exp: Math.floor(clock.now() / 1000) + 6 * 3600,
    });
  });

  it('answers an hour of a metric as the recorded answer: a matrix of 61 points a minute apart, values as text', async () => {
    const { a } = linodes();
    const token = await serviceToken([a]);
    const reply = await metrics(token, cpu([a]));
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ status: 'success', isPartial: false, data: { resultType: 'matrix' } });
    expect(reply.body.stats).toEqual({ executionTimeMsec: expect.any(Number), seriesFetched: '6' }); // cpu x mode
    const [series] = reply.body.data.result;
    expect(reply.body.data.result).toHaveLength(1);
    expect(series.metric).toEqual({ entity_id: String(a), metric_name: 'avg_vm_cpu_time_total' });
    expect(series.values).toHaveLength(61);
    const end = Math.floor(clock.now() / 60_000) * 60;
    expect(series.values[0][0]).toBe(end - 3600);
    expect(series.values[60][0]).toBe(end);
    for (const [, value] of series.values) {
      expect(value).toMatch(/^\d+(\.\d+)?$/);
      expect(Number(value)).toBeLessThan(100); // a percentage
    }
    expect((await metrics(token, cpu([a]))).body).toEqual(reply.body); // the same question, the same answer
  });

  it('logs its requests with their operation and the service token they carried', async () => {
    const { a } = linodes();
    const token = await serviceToken([a]);
    emulator.clearLog();
    await metrics(token, cpu([a]));
    expect(emulator.log).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: '/v2beta/monitor/services/linode/metrics',
        authorization: `Bearer ${token}`,
        status: 200,
        operationId: 'getMonitorServiceMetrics',
      }),
    ]);
  });

  it('takes only tokens it issued, while they live: a Linode token, no token or an expired one is 401', async () => {
    const { a } = linodes();
    const token = await serviceToken([a]);
    expect((await metrics(null, cpu([a]))).status).toBe(401);
    expect((await metrics(DEMO_TOKEN, cpu([a]))).status).toBe(401);
    expect((await metrics(`${token.slice(0, -2)}xx`, cpu([a]))).status).toBe(401);
    clock.advance(6 * 3600_000 - 1000);
    expect((await metrics(token, cpu([a]))).status).toBe(200);
    clock.advance(1000);
    expect((await metrics(token, cpu([a]))).body).toEqual({ errors: [{ reason: 'Invalid Token' }] });
  });

  it("refuses (403) an entity the token was not issued for, and another service's metrics", async () => {
    const { a, b } = linodes();
    const token = await serviceToken([a]);
    const reply = await metrics(token, cpu([a, b]));
    expect(reply.status).toBe(403);
    expect(reply.body.errors[0].reason).toContain(String(b));
    expect((await metrics(await serviceToken([a, b]), cpu([b]))).status).toBe(200);
    const other = await metrics(
      token,
      { ...cpu([a]), metrics: [{ name: 'nb_ingress_traffic_rate', aggregate_function: 'sum' }] },
      'nodebalancer',
    );
    expect(other.status).toBe(403);
  });

  it('checks the body: entities, metrics of the service, aggregate functions the metric allows, one window', async () => {
    const { a } = linodes();
    const token = await serviceToken([a]);
    expect(fields(await metrics(token, { metrics: [] }))).toEqual(['entity_ids']);
    const bad = await metrics(token, {
      entity_ids: [a],
      metrics: [
        { name: 'no_such_metric', aggregate_function: 'avg' },
        { name: 'vm_network_bytes_total', aggregate_function: 'avg' },
      ],
    });
    expect(bad.status).toBe(400);
    expect(fields(bad)).toEqual(['metrics[0].name', 'metrics[1].aggregate_function', 'relative_time_duration']);
    expect(fields(await metrics(token, { entity_ids: [a], metrics: [], relative_time_duration: { unit: 'hr', value: 1 } }))).toEqual([
      'metrics',
    ]);
    const both = cpu([a], { absolute_time_duration: { start: '2025-07-22T10:00:00Z', end: '2025-07-22T11:00:00Z' } });
    expect(fields(await metrics(token, both))).toEqual(['relative_time_duration']);
    expect(fields(await metrics(token, cpu([a], { relative_time_duration: { unit: 'weeks', value: 1 } })))).toEqual([
      'relative_time_duration',
    ]);
    expect(fields(await metrics(token, cpu([a], { time_granularity: [{ unit: 'min', value: 5 }] })))).toEqual(['time_granularity']);
    expect(fields(await metrics(token, cpu([a], { time_granularity: { unit: 'hr', value: 2 } })))).toEqual(['time_granularity']);
    expect(
      fields(
        await metrics(
          token,
          cpu([a], { relative_time_duration: { unit: 'days', value: 30 }, time_granularity: { unit: 'sec', value: 60 } }),
        ),
      ),
    ).toEqual(['time_granularity']);
    const dimensions = cpu([a], { filters: [{ dimension_label: 'node_type', operator: 'eq', value: 'primary' }], group_by: ['region'] });
    expect(fields(await metrics(token, dimensions))).toEqual(['filters[0].dimension_label', 'group_by[0]']);
  });

  it('groups by entity and dimension, and filters on dimensions', async () => {
    const { a, b } = linodes();
    const token = await serviceToken([a, b]);
    const reply = await metrics(
      token,
      cpu([a, b], {
        metrics: [{ name: 'vm_cpu_time_total', aggregate_function: 'rate' }],
        relative_time_duration: { unit: 'min', value: 30 },
        time_granularity: { unit: 'min', value: 5 },
        group_by: ['entity_id', 'mode'],
        filters: [{ dimension_label: 'mode', operator: 'in', value: 'user,system' }],
      }),
    );
    expect(reply.status).toBe(200);
    const labels = reply.body.data.result.map((s: LooseJson) => `${s.metric.entity_id}/${s.metric.mode}`).sort();
    expect(labels).toEqual([`${a}/system`, `${a}/user`, `${b}/system`, `${b}/user`].sort());
    for (const series of reply.body.data.result) {
      expect(series.values).toHaveLength(7);
      expect(series.values[1][0] - series.values[0][0]).toBe(300);
    }
    // Grouped by a dimension alone, the entities are summed up into one series per value.
    const byMode = await metrics(token, cpu([a, b], { group_by: ['mode'] }));
    expect(byMode.body.data.result.map((s: LooseJson) => s.metric)).toEqual(
      ['user', 'system', 'idle'].map((mode) => ({ mode, metric_name: 'avg_vm_cpu_time_total' })),
    );
  });

  it('reads an absolute window, never past now', async () => {
    const { a } = linodes();
    const token = await serviceToken([a]);
    const end = new Date(clock.now() + 3600_000).toISOString(); // an hour ahead: the points stop now
    const start = new Date(clock.now() - 3 * 3600_000).toISOString();
    const reply = await metrics(
      token,
      cpu([a], { relative_time_duration: undefined, absolute_time_duration: { start, end }, time_granularity: { unit: 'hr', value: 1 } }),
    );
    expect(reply.status).toBe(200);
    const times = reply.body.data.result[0].values.map(([t]: [number]) => t);
    expect(times.every((t: number) => t % 3600 === 0 && t * 1000 <= clock.now())).toBe(true);
    expect(times).toHaveLength(4);
  });

  it('issues tokens only for entities of the service, in one region', async () => {
    const { a, elsewhere } = linodes();
    const unknown = await call(emulator, '/monitor/services/linode/token', { method: 'POST', body: { entity_ids: [1] } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].field).toBe('entity_ids');
    const mixed = await call(emulator, '/monitor/services/linode/token', { method: 'POST', body: { entity_ids: [a, elsewhere] } });
    expect(mixed.status).toBe(400);
    const database = emulator.store.collections['/databases/mysql/instances'][0];
    expect((await call(emulator, '/monitor/services/linode/token', { method: 'POST', body: { entity_ids: [database.id] } })).status).toBe(
      400,
    );
    expect((await call(emulator, '/monitor/services/dbaas/token', { method: 'POST', body: { entity_ids: [database.id] } })).status).toBe(
      200,
    );
  });

  it('answers its own paths only: anything else under the prefix is 404, and api.linode.com keeps the metrics a 404', async () => {
    const token = await serviceToken([linodes().a]);
    const response = await fetch(`${emulator.monitorUrl}/monitor/services`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(404);
    const onApi = await call(emulator, '/monitor/services/linode/metrics', { method: 'POST', body: cpu([linodes().a]) });
    expect(onApi.status).toBe(404);
  });

  it("answers under another prefix when told, and refuses one that is the API's", async () => {
    const other = await startEmulator({ port: 0, instances: 2, monitorPrefix: '/monitor-api/v2' });
    try {
      expect(other.monitorUrl).toMatch(/\/monitor-api\/v2$/);
      expect((await fetch(`${other.monitorUrl}/monitor/services/linode/metrics`, { method: 'POST', body: '{}' })).status).toBe(401);
    } finally {
      await other.close();
    }
    await expect(startEmulator({ port: 0, instances: 2, monitorPrefix: '/v4' })).rejects.toThrow(/monitorPrefix/);
  });
});
