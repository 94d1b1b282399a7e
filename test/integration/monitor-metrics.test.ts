// monitorMetrics (issue 13's last read): metrics come from the metrics host (the emulator's
// /v2beta), authorised by a service token that api.linode.com issues to the caller's token. The
// token is reused while it lives, replaced once when the metrics host refuses it, kept in memory
// only, and never leaves the gateway: not in the answer, not in the logs, never to api.linode.com.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_TOKEN } from 'linode-emulator';
import { createLogger } from '../../src/observability/index.js';
import { startStack, type Stack } from '../support/stack.js';
import { issueOAuthToken } from '../support/oauth-token.js';

const oauthClient = { id: 'metrics-client', secret: 'metrics-secret', redirectUri: 'http://gateway.test/auth/callback' };
let clock = Date.parse('2026-11-30T12:00:00Z');
/** How far the metrics host's clock runs ahead of the gateway's (its tokens expire earlier). */
let skew = 0;
const lines: string[] = [];
const sink = new Writable({
  write(chunk, _encoding, done) {
    lines.push(String(chunk));
    done();
  },
});

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({
    emulator: { rateLimits: false, now: () => clock + skew, oauthClients: [oauthClient] },
    gateway: { tokenRecheckMs: 30_000 },
    gatewayOptions: { now: () => clock, logger: createLogger({ level: 'trace', destination: sink }) },
  });
});
afterAll(() => stack.close());
beforeEach(() => {
  stack.emulator.clearLog();
  stack.emulator.clearFaults();
  lines.length = 0;
});

/** Linodes of one region (a service token is for entities of one region). */
function linodes(count: number): string[] {
  const all = stack.emulator.store.instances;
  const region = all.find((i) => all.filter((j) => j.region === i.region).length >= count)!.region;
  return all
    .filter((i) => i.region === region)
    .slice(0, count)
    .map((i) => String(i.id));
}

const QUERY = `query Metrics($service: ID!, $ids: [ID!]!, $metric: String!, $aggregate: MonitorMetricsInputMetricAggregateFunction!) {
  monitorMetrics(serviceType: $service, input: {
    entityIds: $ids, metrics: [{ name: $metric, aggregateFunction: $aggregate }], relativeTimeDuration: { unit: HR, value: 1 }
  }) {
    status isPartial
    data { resultType result { metric labels { name value } values { timestamp value } } }
    stats { executionTimeMsec seriesFetched }
  }
}`;

function read(ids: string[], options: { token?: string | null; metric?: string; aggregate?: string } = {}) {
  const variables = { service: 'linode', ids, metric: options.metric ?? 'vm_cpu_time_total', aggregate: options.aggregate ?? 'AVG' };
  return stack.gql(QUERY, { variables, token: options.token });
}

const sent = () => stack.upstream().map((e) => `${e.method} ${e.path} ${e.status}`);
const logsWritten = () => new Promise<void>((resolve) => setImmediate(resolve));

const issueToken = () => issueOAuthToken(stack.emulator.loginUrl, oauthClient);

describe('monitorMetrics', () => {
  it('costs a service token and the read the first time, the read alone while the token lives; both hosts count', async () => {
    const [a, b] = linodes(2);
    const first = await read([a, b]);
    expect(first.errors).toBeUndefined();
    expect(first.extensions?.upstream.requests).toBe(2);
    expect(first.extensions?.cost).toEqual({ estimated: 2, budget: 300 });
    expect(sent()).toEqual(['POST /v4/monitor/services/linode/token 200', 'POST /v2beta/monitor/services/linode/metrics 200']);

    stack.emulator.clearLog();
    const again = await read([b, a, b]); // the same entities, another order: the same token
    expect(again.errors).toBeUndefined();
    expect(again.extensions?.upstream.requests).toBe(1);
    expect(sent()).toEqual(['POST /v2beta/monitor/services/linode/metrics 200']);
  });

  it('answers the series with typed points, the labels as an object and as a list, and the stats', async () => {
    const [a] = linodes(1);
    const { data } = await read([a]);
    const metrics = data.monitorMetrics;
    expect(metrics).toMatchObject({ status: 'success', isPartial: false, data: { resultType: 'matrix' } });
    expect(metrics.stats).toEqual({ executionTimeMsec: expect.any(Number), seriesFetched: 6 });
    const [series] = metrics.data.result;
    expect(series.metric).toEqual({ entity_id: a, metric_name: 'avg_vm_cpu_time_total' });
    expect(series.labels).toEqual([
      { name: 'entity_id', value: a },
      { name: 'metric_name', value: 'avg_vm_cpu_time_total' },
    ]);
    expect(series.values).toHaveLength(61);
    expect(series.values[60].timestamp).toBe('2026-11-30T12:00:00Z');
    expect(series.values[0].timestamp).toBe('2026-11-30T11:00:00Z');
    for (const point of series.values) expect(typeof point.value).toBe('number');
  });

  it("sends the caller's token to api.linode.com only and the service token to the metrics host only; neither is answered or logged", async () => {
    const [, , c] = linodes(3);
    const answer = await read([c]);
    await logsWritten();
    const [token, metrics] = stack.upstream();
    expect(token.authorization).toBe(`Bearer ${DEMO_TOKEN}`);
    const serviceToken = metrics.authorization!.replace('Bearer ', '');
    expect(serviceToken).not.toContain(DEMO_TOKEN);
    expect(serviceToken.split('.')).toHaveLength(5);
    const everything = [answer.text, ...lines].join('\n');
    expect(lines.length).toBeGreaterThan(0); // trace level: a line per operation and per upstream request
    expect(everything).not.toContain(serviceToken);
    expect(everything).not.toContain(serviceToken.split('.')[3]); // nor its encrypted part alone
    expect(everything).not.toContain(DEMO_TOKEN);
    expect(lines.join('\n')).toContain('POST /monitor/services/{serviceType}/metrics');
  });

  it('replaces a service token the metrics host refuses (401) and reads again, once', async () => {
    const [a] = linodes(1);
    await read([a]); // holds a token
    skew = 7 * 3600_000; // the metrics host's clock: the token has expired there, not yet here
    stack.emulator.clearLog();
    const answer = await read([a]);
    expect(answer.errors).toBeUndefined();
    expect(answer.data.monitorMetrics.status).toBe('success');
    expect(sent()).toEqual([
      'POST /v2beta/monitor/services/linode/metrics 401',
      'POST /v4/monitor/services/linode/token 200',
      'POST /v2beta/monitor/services/linode/metrics 200',
    ]);
    expect(answer.extensions?.upstream.requests).toBe(3);
    stack.emulator.clearLog();
    expect((await read([a])).extensions?.upstream.requests).toBe(1); // the new token is held
    skew = 0;
  });

  it('gives UNAUTHENTICATED when the new token is refused too, without a third try', async () => {
    const [a] = linodes(1);
    await read([a]);
    stack.emulator.inject({ path: /^\/v2beta\//, status: 401, body: JSON.stringify({ errors: [{ reason: 'Invalid Token' }] }) });
    stack.emulator.clearLog();
    const answer = await read([a]);
    expect(answer.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(answer.data.monitorMetrics).toBeNull();
    expect(sent()).toEqual([
      'POST /v2beta/monitor/services/linode/metrics 401',
      'POST /v4/monitor/services/linode/token 200',
      'POST /v2beta/monitor/services/linode/metrics 401',
    ]);
  });

  it('uses a token for the entities it was issued for only; the metrics host refusing an entity is FORBIDDEN, not retried', async () => {
    const [, , , a, b] = linodes(5); // entities no other test read
    await read([a]);
    stack.emulator.clearLog();
    expect((await read([a, b])).errors).toBeUndefined();
    expect(sent()).toEqual(['POST /v4/monitor/services/linode/token 200', 'POST /v2beta/monitor/services/linode/metrics 200']);

    stack.emulator.inject({
      path: /^\/v2beta\//,
      status: 403,
      times: 1,
      body: JSON.stringify({ errors: [{ reason: `The token does not allow entity ${b}` }] }),
    });
    stack.emulator.clearLog();
    const refused = await read([a, b]);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', status: 403 });
    expect(sent()).toEqual(['POST /v2beta/monitor/services/linode/metrics 403']);
  });

  it("passes the metrics host's and Linode's 400s on as BAD_USER_INPUT with their fields", async () => {
    const [a] = linodes(1);
    const metric = await read([a], { metric: 'no_such_metric' });
    expect(metric.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      errors: [{ field: 'metrics[0].name', reason: expect.any(String) }],
    });
    const aggregate = await read([a], { aggregate: 'COUNT' });
    expect(aggregate.errors?.[0].extensions?.errors).toEqual([{ field: 'metrics[0].aggregate_function', reason: expect.any(String) }]);
    stack.emulator.clearLog();
    const entity = await read(['1']); // no such Linode: Linode issues no token for it
    expect(entity.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', errors: [{ field: 'entity_ids' }] });
    expect(sent()).toEqual(['POST /v4/monitor/services/linode/token 400']);
  });

  it('refuses what it can before sending anything', async () => {
    const [a] = linodes(1);
    const cases = [
      stack.gql(QUERY, { variables: { service: 'linode', ids: [], metric: 'vm_cpu_time_total', aggregate: 'AVG' } }),
      stack.gql(QUERY, { variables: { service: '../account', ids: [a], metric: 'vm_cpu_time_total', aggregate: 'AVG' } }),
      stack.gql(`{ monitorMetrics(serviceType: "linode", input: { entityIds: ["${a}"], metrics: [] }) { status } }`),
    ];
    for (const answer of await Promise.all(cases)) {
      expect(answer.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(answer.extensions?.upstream.requests).toBe(0);
    }
    const invalid = await stack.gql(
      `{ monitorMetrics(serviceType: "linode", input: { entityIds: ["${a}"], metrics: [{ name: "x" }] }) { status } }`,
    );
    expect(invalid.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(stack.upstream()).toEqual([]);
  });

  it('needs a token, and stops serving a revoked one its held service token once TOKEN_RECHECK_MS has passed', async () => {
    const [a] = linodes(1);
    expect((await read([a], { token: null })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const token = await issueToken();
    expect((await read([a], { token })).errors).toBeUndefined();
    await fetch(`${stack.emulator.loginUrl}/oauth/revoke`, {
      method: 'POST',
      body: new URLSearchParams({ client_id: oauthClient.id, client_secret: oauthClient.secret, token }),
    });
    clock += 31_000;
    stack.emulator.clearLog();
    const revoked = await read([a], { token });
    expect(revoked.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(sent()).toEqual(['GET /v4/profile 401']);
  });
});

describe('monitorMetrics with TOKEN_CACHE', () => {
  it('is read from the metrics host every time: no whole answer holding metrics is kept', async () => {
    const cached = await startStack({ emulator: { rateLimits: false }, gateway: { tokenCache: true } });
    try {
      const [a] = cached.emulator.store.instances.map((i) => String(i.id));
      // Beside a read the token cache keeps: the whole answer would be kept, but for the metrics.
      const query = `{ monitorService(id: "linode") { label } monitorMetrics(serviceType: "linode", input: {
        entityIds: ["${a}"], metrics: [{ name: "vm_cpu_time_total", aggregateFunction: AVG }], relativeTimeDuration: { unit: MIN, value: 5 } }) { status } }`;
      expect((await cached.gql(query)).errors).toBeUndefined(); // gets the service token
      for (const read of [2, 3]) {
        cached.emulator.clearLog();
        expect((await cached.gql(query)).errors, `read ${read}`).toBeUndefined();
        const paths = cached.upstream().map((e) => e.path);
        expect(paths, `read ${read}`).toContain('/v2beta/monitor/services/linode/metrics');
        expect(paths).not.toContain('/v4/monitor/services/linode'); // from the token cache
      }
    } finally {
      await cached.close();
    }
  });
});

describe('monitorMetrics within the token concurrency cap', () => {
  let capped: Stack;
  beforeAll(async () => {
    capped = await startStack({ emulator: { rateLimits: false }, gateway: { upstreamConcurrencyPerToken: 1 } });
  });
  afterAll(() => capped.close());

  it("a token's metrics reads to the metrics host wait for each other under a cap of one", async () => {
    const ids = capped.emulator.store.instances.slice(0, 1).map((i) => String(i.id));
    const variables = { service: 'linode', ids, metric: 'vm_cpu_time_total', aggregate: 'AVG' };
    // The service token first (later reads share it), then two reads at once, each answered 400 ms late.
    expect((await capped.gql(QUERY, { variables })).errors).toBeUndefined();
    capped.emulator.clearLog();
    capped.emulator.inject({ method: 'POST', path: /\/metrics$/, delayMs: 400 });
    const answers = await Promise.all([capped.gql(QUERY, { variables }), capped.gql(QUERY, { variables })]);
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    const reads = capped.emulator.log.filter((e) => e.path.endsWith('/metrics'));
    expect(reads).toHaveLength(2);
    // The second went out only once the first had answered: at least its delay later.
    expect(reads[1].at - reads[0].at).toBeGreaterThanOrEqual(390);
  });
});
