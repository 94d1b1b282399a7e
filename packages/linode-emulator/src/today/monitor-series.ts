// The metrics host's answer: a Prometheus-style matrix, as recorded (linodego
// TestMonitorAPI_Get_Entity_Metrics.yaml): one series per entity and metric (per group with
// group_by), labelled with `entity_id` (as text) and `metric_name` (`avg_read_iops`), each value a
// `[unix seconds, "decimal text"]` pair on the granularity's boundaries; `stats.seriesFetched` is
// text and counts the raw series read (an entity's every node), `isPartial` and `resultType` are
// camelCase. Values are deterministic: a function of the series and the time, with a daily cycle.
import { hash } from '../data/keyed-rng.js';
import type { JsonObject } from '../types.js';

export interface MetricsQuery {
  serviceType: string;
  entityIds: string[];
  metrics: Array<{ name: string; aggregate: string; unit: string; dimensions: string[] }>;
  /** Epoch seconds. */
  start: number;
  end: number;
  /** Seconds between points. */
  step: number;
  filters: Array<{ label: string; operator: string; value: string }>;
  groupBy: string[];
}

/** Values of the seeded metrics' dimensions (their definitions list none). */
const DIMENSION_VALUES: Record<string, string[]> = {
  node_type: ['primary', 'secondary'],
  cpu: ['0', '1'],
  mode: ['user', 'system', 'idle'],
  pattern: ['publicin', 'publicout', 'privatein', 'privateout'],
  port: ['80', '443'],
  protocol: ['tcp', 'http'],
};

/** Typical size of a value by unit (percent stays under 100). */
const SCALE: Record<string, number> = { percent: 60, iops: 400, bytes_per_second: 250_000 };

function matches(filter: MetricsQuery['filters'][number], value: string): boolean {
  switch (filter.operator) {
    case 'eq':
      return value === filter.value;
    case 'neq':
      return value !== filter.value;
    case 'startswith':
      return value.startsWith(filter.value);
    case 'endswith':
      return value.endsWith(filter.value);
    default: // `in`: a comma-separated list, as Cloud Manager's widgets send it
      return filter.value.split(',').some((v) => v.trim() === value);
  }
}

/** Every combination of the values of `keys`: [{entity_id: "1", node_type: "primary"}, ...]. */
function groups(keys: string[], valuesOf: (key: string) => string[]): Array<Record<string, string>> {
  return keys.reduce<Array<Record<string, string>>>(
    (combos, key) => combos.flatMap((combo) => valuesOf(key).map((value) => ({ ...combo, [key]: value }))),
    [{}],
  );
}

function valueAt(key: string, metric: MetricsQuery['metrics'][number], t: number, step: number): string {
  const base = (hash(key) % 1000) / 1000;
  const daily = (Math.sin((t / 86_400) * 2 * Math.PI + base * 6) + 1) / 2;
  const jitter = (hash(`${key}@${t}`) % 1000) / 1000;
  const level = (SCALE[metric.unit] ?? 100) * (0.1 + 0.5 * base + 0.3 * daily + 0.1 * jitter);
  const byAggregate: Record<string, number> = {
    max: level * 1.2,
    min: level * 0.8,
    sum: level * 2,
    count: Math.max(1, Math.round(step / 60)),
    increase: level * step,
  };
  return String(Number((byAggregate[metric.aggregate] ?? level).toFixed(3)));
}

export function metricsAnswer(q: MetricsQuery): JsonObject {
  const times: number[] = [];
  for (let t = Math.floor(q.start / q.step) * q.step; t <= q.end; t += q.step) times.push(t);
  const result: JsonObject[] = [];
  let fetched = 0;
  for (const metric of q.metrics) {
    const valuesOf = (key: string) => {
      if (key === 'entity_id') return q.entityIds;
      const filters = q.filters.filter((f) => f.label === key);
      return (DIMENSION_VALUES[key] ?? ['default']).filter((v) => filters.every((f) => matches(f, v)));
    };
    fetched += q.entityIds.length * metric.dimensions.reduce((n, d) => n * valuesOf(d).length, 1);
    // Without group_by, one series per entity (as recorded); a label the metric lacks groups nothing.
    const keys = q.groupBy.length > 0 ? q.groupBy.filter((k) => k === 'entity_id' || metric.dimensions.includes(k)) : ['entity_id'];
    for (const labels of groups(keys, valuesOf)) {
      const key = `${q.serviceType}/${metric.name}/${metric.aggregate}/${JSON.stringify(labels)}`;
      result.push({
        metric: { ...labels, metric_name: `${metric.aggregate}_${metric.name}` },
        values: times.map((t) => [t, valueAt(key, metric, t, q.step)]),
      });
    }
  }
  return {
    data: { result, resultType: 'matrix' },
    isPartial: false,
    stats: { executionTimeMsec: 2 + result.length, seriesFetched: String(fetched) },
    status: 'success',
  };
}
