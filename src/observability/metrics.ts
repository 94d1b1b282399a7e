// Prometheus metrics in a registry per gateway (never prom-client's global one, so a process, or a
// test file, can hold many gateways). Label values are bounded: Linode operations are templates
// (`GET /linode/instances/{linodeId}/disks`), GraphQL operations are counted by type, not by the
// client-chosen name.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { CacheStats } from '../rest/cache.js';
import type { UpstreamCall } from '../rest/client.js';

/** One upstream attempt, as the LinodeClient reports it through `onCall`. */
export type UpstreamCallReport = Pick<UpstreamCall, 'method' | 'path' | 'status' | 'durationMs' | 'attempt'> &
  Partial<Pick<UpstreamCall, 'operation' | 'cached'>>;

const PREFIX = 'linode_gateway_';

export class GatewayMetrics {
  readonly registry = new Registry();
  readonly upstreamRequests: Counter<'operation' | 'status'>;
  readonly upstreamDuration: Histogram<'operation'>;
  readonly operationDuration: Histogram<'operation_type' | 'result'>;
  readonly errors: Counter<'code'>;
  readonly activeSubscriptions: Gauge;
  readonly unknownEnumValues: Counter<'type' | 'field'>;
  readonly unknownFields: Counter<'type' | 'field'>;
  readonly answersReused: Counter<'how'>;
  private cacheStats: CacheStats | undefined;

  constructor() {
    const registers = [this.registry];
    this.upstreamRequests = new Counter({
      name: `${PREFIX}upstream_requests_total`,
      help: 'Requests sent to the Linode API (every attempt, retries included), by operation and HTTP status ("error" when none came back).',
      labelNames: ['operation', 'status'],
      registers,
    });
    this.upstreamDuration = new Histogram({
      name: `${PREFIX}upstream_request_duration_seconds`,
      help: 'Latency of one request to the Linode API, by operation.',
      labelNames: ['operation'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    });
    this.operationDuration = new Histogram({
      name: `${PREFIX}graphql_operation_duration_seconds`,
      help: 'Time to answer one GraphQL operation, by operation type and result (ok, error: the response carries errors).',
      labelNames: ['operation_type', 'result'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    });
    this.errors = new Counter({
      name: `${PREFIX}graphql_errors_total`,
      help: 'GraphQL errors in responses, by extensions.code.',
      labelNames: ['code'],
      registers,
    });
    this.activeSubscriptions = new Gauge({
      name: `${PREFIX}active_subscriptions`,
      help: "GraphQL subscriptions being served now (each polls the Linode API under its subscriber's token).",
      registers,
    });
    this.unknownEnumValues = new Counter({
      name: `${PREFIX}upstream_unknown_enum_values_total`,
      help: "Enum values Linode sent that the schema does not list (served as OTHER, the raw value in the field's `...Raw` twin), by GraphQL type and field.",
      labelNames: ['type', 'field'],
      registers,
    });
    this.unknownFields = new Counter({
      name: `${PREFIX}upstream_unknown_fields_total`,
      help: 'Keys in Linode objects that the schema does not know (new API fields), by GraphQL type and Linode key; counted per object served.',
      labelNames: ['type', 'field'],
      registers,
    });
    this.answersReused = new Counter({
      name: `${PREFIX}answers_reused_total`,
      help: "Queries answered without running them (TOKEN_CACHE): kept (the token's whole answer still holds) or shared (an identical query of the token was running).",
      labelNames: ['how'],
      registers,
    });
    // prom-client calls `collect` with the metric as `this`; the stats are read from the gateway's.
    const statsOf = () => this.cacheStats;
    new Counter({
      name: `${PREFIX}cache_requests_total`,
      help: 'Cross-request cache lookups (catalogs, token-scoped lists), by result: hit or miss.',
      labelNames: ['result'],
      registers,
      collect() {
        const stats = statsOf();
        this.reset();
        this.inc({ result: 'hit' }, stats?.hits ?? 0);
        this.inc({ result: 'miss' }, stats?.misses ?? 0);
      },
    });
  }

  /** Cache lookups are counted by the cache itself; they are read at scrape time. */
  observeCache(stats: CacheStats): void {
    this.cacheStats = stats;
  }

  upstreamCall(call: UpstreamCallReport): void {
    if (call.cached) return; // answered from a cache: no Linode request
    const operation = call.operation ?? templatePath(call.method, call.path);
    this.upstreamRequests.inc({ operation, status: String(call.status) });
    this.upstreamDuration.observe({ operation }, call.durationMs / 1000);
  }

  operation(type: string, durationMs: number, errorCodes: string[]): void {
    this.operationDuration.observe({ operation_type: type, result: errorCodes.length ? 'error' : 'ok' }, durationMs / 1000);
    for (const code of errorCodes) this.errors.inc({ code });
  }

  /** Process metrics (CPU, memory, event loop lag, GC): for the gateway that owns the process. */
  collectProcessMetrics(): void {
    collectDefaultMetrics({ register: this.registry, prefix: PREFIX });
  }
}

/** `GET /linode/instances/123/disks` -> `GET /linode/instances/{id}/disks`: bounded label values. */
export function templatePath(method: string, path: string): string {
  const template = path
    .split('?')[0]
    .split('/')
    .map((segment) => (/^\d+$/.test(segment) || /^[0-9a-f-]{16,}$/i.test(segment) ? '{id}' : segment))
    .join('/');
  return `${method} ${template}`;
}
