// Logs, metrics, health: one log line per operation with no secret in it, Prometheus metrics from a
// per-gateway registry, /healthz and /readyz, and the configuration that drives them.
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { DEMO_TOKEN, startEmulator, type Emulator } from 'linode-emulator';
import { scrub, yogaLogger } from '../../src/observability/index.js';
import { createGateway } from '../../src/gateway.js';
import { gql } from '../support/gql.js';
import { memoryLogger } from './helpers.js';

const THREE = 'query ThreeInstances { instances(first: 3) { totalCount nodes { label region { id } } } }';
const UNKNOWN_TOKEN = 'f3a9c0ffee5ecret0000000000000000000000000000000000000000deadbeef';
const LEGACY_TOKEN = 'legacy-scheme-secret-7c1d9e';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0 });
});
afterAll(async () => {
  await emulator.close();
});

describe('operation logs', () => {
  it('writes one line per GraphQL operation: name, type, duration, upstream requests, errors by code', async () => {
    const sink = memoryLogger('info');
    const gateway = createGateway({ linodeApiUrl: emulator.url }, { logger: sink.logger });
    try {
      const ok = await gql(gateway, THREE);
      expect(ok.errors).toBeUndefined();
      const denied = await gql(gateway, THREE, { token: UNKNOWN_TOKEN });
      expect(denied.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      await gql(gateway, '{ instances(first: 1) { nodes { nope } } }');

      const lines = sink.lines().filter((line) => line.msg === 'graphql operation');
      expect(lines).toHaveLength(3);
      const [first, second, third] = lines;
      expect(first).toMatchObject({ operationName: 'ThreeInstances', operationType: 'query', level: 30 });
      expect(first.durationMs).toBeTypeOf('number');
      expect(first.upstreamRequests).toBeGreaterThan(0);
      expect(first.errors).toBeUndefined();
      expect(second).toMatchObject({ operationName: 'ThreeInstances', errors: { UNAUTHENTICATED: expect.any(Number) } });
      expect(third).toMatchObject({ operationName: null, upstreamRequests: 0, errors: { GRAPHQL_VALIDATION_FAILED: 1 } });
    } finally {
      await gateway.close();
    }
  });

  it('never writes a token, cookie or Authorization value, even at trace level', async () => {
    const sink = memoryLogger('trace');
    const gateway = createGateway({ linodeApiUrl: emulator.url }, { logger: sink.logger });
    try {
      await gql(gateway, THREE, { headers: { cookie: `session=${UNKNOWN_TOKEN}` } });
      await gql(gateway, THREE, { token: UNKNOWN_TOKEN });
      await gql(gateway, THREE, { token: null, headers: { authorization: `token ${LEGACY_TOKEN}` } });
      // A token in the variables (a client mistake) is not logged either: variables never are.
      await gql(gateway, 'query V($t: ID!) { instance(id: $t) { label } }', { variables: { t: UNKNOWN_TOKEN } });
      // Something of the gateway's own that logs an object carrying secrets.
      sink.logger.error(
        { headers: { authorization: `Bearer ${UNKNOWN_TOKEN}` }, token: UNKNOWN_TOKEN, req: { url: '/x?y=1', headers: {} } },
        'oops',
      );
      sink.logger.warn(`upstream said: Authorization: token ${LEGACY_TOKEN}`);

      const text = sink.text();
      expect(sink.lines().filter((l) => l.msg === 'graphql operation')).toHaveLength(4);
      expect(sink.lines().some((l) => l.msg === 'upstream request')).toBe(true); // debug lines were on
      for (const secret of [DEMO_TOKEN, UNKNOWN_TOKEN, LEGACY_TOKEN]) expect(text).not.toContain(secret);
      expect(text.toLowerCase()).not.toMatch(/"(authorization|cookie)":"(?!\[redacted\])/);
    } finally {
      await gateway.close();
    }
  });

  it("routes yoga's error reports: expected errors by code only, bugs with their stack", () => {
    const sink = memoryLogger('debug');
    const yoga = yogaLogger(sink.logger);
    yoga.error(new GraphQLError(`Invalid id "${UNKNOWN_TOKEN}"`, { path: ['instance'], extensions: { code: 'BAD_USER_INPUT' } }));
    yoga.error(new GraphQLError('wrapped', { originalError: new TypeError('boom: x is undefined') }));
    yoga.debug('Parsing request to extract GraphQL parameters'); // trace: not written at debug
    const [expected, bug, ...rest] = sink.lines();
    expect(expected).toMatchObject({ level: 20, msg: 'graphql error', code: 'BAD_USER_INPUT', path: 'instance' });
    expect(bug).toMatchObject({ level: 50, msg: 'unexpected error: boom: x is undefined', err: { type: 'TypeError' } });
    expect(String((bug.err as { stack: string }).stack)).toContain('TypeError: boom');
    expect(rest).toEqual([]);
    expect(sink.text()).not.toContain(UNKNOWN_TOKEN);
  });

  it('masks credential-shaped text as a last resort', () => {
    expect(scrub('{"msg":"sent Bearer abc.def-123 upstream"}')).toBe('{"msg":"sent Bearer [redacted] upstream"}');
    expect(scrub('{"authorization":"token xyz","x":1}')).toBe('{"authorization":"[redacted]","x":1}');
    expect(scrub('{"msg":"Authorization: token s3cr3t"}')).toBe('{"msg":"Authorization: [redacted]"}');
    expect(scrub('{"msg":"a token of appreciation"}')).toBe('{"msg":"a token of appreciation"}');
  });
});

describe('/metrics', () => {
  it('exposes upstream requests, latency, cache, operation durations and errors in the gateway registry', async () => {
    const gateway = createGateway({ linodeApiUrl: emulator.url });
    const other = createGateway({ linodeApiUrl: emulator.url }); // a second registry in the same process
    try {
      await gql(gateway, THREE);
      await gql(gateway, THREE); // catalogs from the cache
      await gql(gateway, THREE, { token: UNKNOWN_TOKEN });

      const response = await gateway.yoga.fetch('http://gateway.test/metrics');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
      const text = await response.text();
      expect(text).toMatch(/^linode_gateway_upstream_requests_total\{operation="[^"]+",status="200"\} [1-9]/m);
      expect(text).toMatch(/^linode_gateway_upstream_requests_total\{operation="[^"]+",status="401"\} [1-9]/m);
      expect(text).toMatch(/^linode_gateway_upstream_request_duration_seconds_bucket\{le="0\.1",operation="[^"]+"\} \d/m);
      expect(text).toMatch(/^linode_gateway_cache_requests_total\{result="hit"\} [1-9]/m);
      expect(text).toMatch(/^linode_gateway_cache_requests_total\{result="miss"\} [1-9]/m);
      expect(text).toMatch(/^linode_gateway_graphql_operation_duration_seconds_count\{operation_type="query",result="ok"\} 2$/m);
      expect(text).toMatch(/^linode_gateway_graphql_operation_duration_seconds_count\{operation_type="query",result="error"\} 1$/m);
      expect(text).toMatch(/^linode_gateway_graphql_errors_total\{code="UNAUTHENTICATED"\} [1-9]/m);
      expect(text).not.toContain(DEMO_TOKEN);

      const untouched = await (await other.yoga.fetch('http://gateway.test/metrics')).text();
      expect(untouched).not.toMatch(/^linode_gateway_upstream_requests_total\{/m);
    } finally {
      await gateway.close();
      await other.close();
    }
  });

  it('is absent when METRICS is off', async () => {
    const gateway = createGateway({ linodeApiUrl: emulator.url, metrics: false });
    try {
      expect((await gateway.yoga.fetch('http://gateway.test/metrics')).status).toBe(404);
      expect((await gql(gateway, THREE)).errors).toBeUndefined();
    } finally {
      await gateway.close();
    }
  });
});

describe('/healthz and /readyz', () => {
  it('report liveness, and readiness until the gateway drains', async () => {
    const gateway = createGateway({ linodeApiUrl: emulator.url });
    try {
      const health = await gateway.yoga.fetch('http://gateway.test/healthz');
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'ok' });
      expect((await gateway.yoga.fetch('http://gateway.test/readyz')).status).toBe(200);

      gateway.observability.readiness.drain();
      const ready = await gateway.yoga.fetch('http://gateway.test/readyz');
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'unavailable', reason: 'shutting down' });
      expect((await gateway.yoga.fetch('http://gateway.test/healthz')).status).toBe(200);
      expect((await gateway.yoga.fetch('http://gateway.test/readyz', { method: 'POST' })).status).toBe(405);
    } finally {
      await gateway.close();
    }
  });
});

describe('configuration', () => {
  it('reads LOG_LEVEL, METRICS and SHUTDOWN_GRACE_MS with defaults', () => {
    expect(loadConfig({})).toMatchObject({ logLevel: 'info', metrics: true, shutdownGraceMs: 10_000 });
    expect(loadConfig({ LOG_LEVEL: 'DEBUG', METRICS: 'false', SHUTDOWN_GRACE_MS: '2500' })).toMatchObject({
      logLevel: 'debug',
      metrics: false,
      shutdownGraceMs: 2500,
    });
  });

  it('rejects bad values with a message that says what to fix', () => {
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(ConfigError);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got "loud".',
    );
    expect(() => loadConfig({ METRICS: 'maybe' })).toThrow('METRICS must be true or false, got "maybe".');
    expect(() => loadConfig({ SHUTDOWN_GRACE_MS: '-1' })).toThrow('SHUTDOWN_GRACE_MS must be a whole number from 0 to 600000, got "-1".');
  });
});
