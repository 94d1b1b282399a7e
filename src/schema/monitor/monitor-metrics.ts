// Metrics of a monitor service's entities (ACLP), read from the metrics host rather than
// api.linode.com (src/rest/monitor-metrics.ts): `monitorMetrics(serviceType:, input:)`, its input
// typed from the request's facts. Linode answers a Prometheus-style matrix: each series has its
// labels and `[unix seconds, "value"]` pairs, which become typed points here.
import { GraphQLError } from 'graphql';
import { operationFact, type ObjectFact } from 'linode-facts';
import type {
  MonitorEntityMetrics,
  MonitorEntityMetricsData,
  MonitorEntityMetricsDataResult,
  MonitorEntityMetricsStats,
} from 'linode-facts/shapes';
import { METRICS_OPERATION, type MetricsBody } from '../../rest/monitor-metrics.js';
import { builder } from '../builder.js';
import { perParentTimes } from '../kit/cost.js';
import { badInput, validId } from '../kit/ids.js';
import { factInputRef, toLinodeBody, type InputObject } from '../kit/inputs.js';

const op = operationFact('POST', '/monitor/services/{serviceType}/metrics');
const request = { ...op.request, type: 'object', fields: op.request?.fields ?? {} } as ObjectFact;
const MetricsInput = factInputRef(
  'MonitorMetricsInput',
  request,
  "What to read: the entities, each metric with its aggregate function, a relative or an absolute window, and optionally the points' spacing, dimension filters and grouping.",
);

/** A key Linode spells in camelCase in its recordings and in snake_case elsewhere (Cloud Manager's types). */
function either<T>(object: object | null | undefined, camel: string, snake: string): T | undefined {
  const record = (object ?? {}) as Record<string, T | undefined>;
  return record[camel] ?? record[snake];
}

/** A finite number from a number or decimal text; null otherwise (`NaN`, `+Inf`). */
function numberOf(value: unknown): number | null {
  const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(number) ? number : null;
}

function safeIntOf(value: unknown): number | null {
  const number = numberOf(value);
  return number !== null && Number.isSafeInteger(number) ? number : null;
}

const Point = builder.objectRef<unknown[]>('MonitorMetricPoint').implement({
  description: 'One value of a metrics series.',
  fields: (t) => ({
    timestamp: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the value was taken.',
      resolve: (p) => {
        const seconds = numberOf(p[0]);
        return seconds === null ? null : new Date(seconds * 1000).toISOString();
      },
    }),
    value: t.float({ nullable: true, description: 'The value; null where it is not a finite number.', resolve: (p) => numberOf(p[1]) }),
  }),
});

const Label = builder.objectRef<[string, unknown]>('MonitorMetricLabel').implement({
  description: "One of a series' labels: the entity, the metric, a dimension it is grouped by.",
  fields: (t) => ({
    name: t.string({ description: 'The label, such as `entity_id` or `metric_name`.', resolve: ([name]) => name }),
    value: t.string({
      nullable: true,
      description: 'Its value, as text.',
      resolve: ([, value]) => (value === null || value === undefined ? null : typeof value === 'string' ? value : JSON.stringify(value)),
    }),
  }),
});

const Series = builder.objectRef<MonitorEntityMetricsDataResult>('MonitorMetricSeries').implement({
  description: 'One series: the values of one metric for one entity (or one group), in time order.',
  fields: (t) => ({
    metric: t.field({
      type: 'JSON',
      nullable: true,
      description: "The series' labels as Linode sends them, an object such as `{entity_id, metric_name}`.",
      resolve: (s) => s.metric ?? null,
    }),
    labels: t.field({
      type: [Label],
      nullable: true,
      description: 'The same labels as a list of names and values, sorted by name.',
      resolve: (s) => (s.metric ? Object.entries(s.metric).sort(([a], [b]) => a.localeCompare(b)) : null),
    }),
    values: t.field({
      type: [Point],
      nullable: true,
      description: 'The points of the series.',
      resolve: (s) => (Array.isArray(s.values) ? s.values.filter((v): v is unknown[] => Array.isArray(v)) : null),
    }),
  }),
});

const Data = builder.objectRef<MonitorEntityMetricsData>('MonitorEntityMetricsData').implement({
  description: 'The series read.',
  fields: (t) => ({
    resultType: t.string({
      nullable: true,
      description: 'How the result is shaped: `matrix`, a list of series.',
      resolve: (d) => either<string>(d, 'resultType', 'result_type') ?? null,
    }),
    result: t.field({
      type: [Series],
      nullable: { list: true, items: true },
      description: 'The series, one per entity and metric (or per group).',
      resolve: (d) => (Array.isArray(d.result) ? d.result : null),
    }),
  }),
});

const Stats = builder.objectRef<MonitorEntityMetricsStats>('MonitorEntityMetricsStats').implement({
  description: 'What reading the metrics took.',
  fields: (t) => ({
    executionTimeMsec: t.field({
      type: 'SafeInt',
      nullable: true,
      description: 'Milliseconds the metrics host spent.',
      resolve: (s) => safeIntOf(either(s, 'executionTimeMsec', 'execution_time_msec')),
    }),
    seriesFetched: t.field({
      type: 'SafeInt',
      nullable: true,
      description: 'Series the metrics host read to answer (Linode sends the number as text).',
      resolve: (s) => safeIntOf(either(s, 'seriesFetched', 'series_fetched')),
    }),
  }),
});

const EntityMetrics = builder.objectRef<MonitorEntityMetrics>('MonitorEntityMetrics').implement({
  description: "Metrics of a service's entities over a window.",
  fields: (t) => ({
    status: t.string({ nullable: true, description: '`success` when the read worked.', resolve: (m) => m.status ?? null }),
    isPartial: t.boolean({
      nullable: true,
      description: 'Whether some of the data could not be read.',
      resolve: (m) => either<boolean>(m, 'isPartial', 'is_partial') ?? null,
    }),
    data: t.field({ type: Data, nullable: true, description: 'The series.', resolve: (m) => m.data ?? null }),
    stats: t.field({ type: Stats, nullable: true, description: 'What the read took.', resolve: (m) => m.stats ?? null }),
  }),
});

builder.queryFields((t) => ({
  monitorMetrics: t.field({
    type: EntityMetrics,
    nullable: true,
    description:
      "Reads metrics of a monitor service's entities (Linodes, databases...) from Linode's metrics host. Costs a service token for those entities (reused while it lasts) and the read; nothing is cached.",
    extensions: { ...perParentTimes(2), linodeOperation: METRICS_OPERATION },
    args: {
      serviceType: t.arg.id({ required: true, description: 'The service type, such as `linode` or `dbaas` (`MonitorService.id`).' }),
      input: t.arg({ type: MetricsInput, required: true }),
    },
    resolve: (_root, args, ctx) => {
      const serviceType = validId('slug', args.serviceType, 'serviceType');
      const body = toLinodeBody(args.input as InputObject, request) as MetricsBody;
      if (!Array.isArray(body.entity_ids) || body.entity_ids.length === 0) throw badInput('Name at least one entity in entityIds.');
      if (!Array.isArray(body.metrics) || body.metrics.length === 0) throw badInput('Name at least one metric in metrics.');
      if (!ctx.monitor) throw new GraphQLError('Metrics reads are not configured', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      return ctx.monitor.read(ctx.upstream, serviceType, body);
    },
  }),
}));
