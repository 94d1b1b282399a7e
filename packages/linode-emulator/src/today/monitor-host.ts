// The metrics host (monitor-api.linode.com, `/v2beta`): `POST /monitor/services/{serviceType}/metrics`
// with a service token of POST /monitor/services/{serviceType}/token as the bearer, never a Linode
// token. A token the emulator did not issue, or one expired, is refused (401); a token of another
// service, or an entity the token was not issued for, too (403). The body is checked as the SDKs
// and Cloud Manager build it: entities, metrics the service defines with an aggregate function the
// metric allows, one window (relative or absolute), an optional granularity, filters and group_by
// on the metrics' dimensions. Where the recordings do not show Linode's wording, the reasons are
// the emulator's own. The answer is a Prometheus-style matrix (src/today/monitor-series.ts).
import { MONITOR } from '../data/today/monitor.js';
import { ApiError, FieldErrors } from '../errors.js';
import { asNumber, asObject, asString, isJsonObject, objectsIn } from '../json.js';
import type { EmulatorState } from '../state.js';
import { tokenFromHeader } from '../tokens.js';
import type { JsonObject } from '../types.js';
import { monitorTokenOf } from './monitor-tokens.js';
import { metricsAnswer, type MetricsQuery } from './monitor-series.js';

export interface MonitorHostRequest {
  method: string;
  /** The path after the host's prefix: `/monitor/services/dbaas/metrics`. */
  path: string;
  authorization?: string;
  rawBody: string;
}

const METRICS_PATH = /^\/monitor\/services\/([^/]+)\/metrics$/;
const UNIT_SECONDS: Record<string, number> = { sec: 1, min: 60, hr: 3600, days: 86400 };
const OPERATORS = new Set(['eq', 'neq', 'startswith', 'endswith', 'in']);
/** Points one series may hold (Prometheus refuses more than 11,000 per query range). */
const MAX_POINTS = 11_000;

/** The operationId of a request to the metrics host, for the request log; undefined when it names none. */
export function monitorOperationOf(path: string): string | undefined {
  return METRICS_PATH.test(path) ? 'getMonitorServiceMetrics' : undefined;
}

export function answerMonitorHost(
  state: EmulatorState,
  req: MonitorHostRequest,
): { status: number; body: unknown; headers: Record<string, string> } {
  try {
    return { status: 200, body: metricsAnswer(checkedQuery(state, req)), headers: {} };
  } catch (error) {
    if (error instanceof ApiError) return { status: error.status, body: error.body(), headers: error.headers };
    throw error;
  }
}

function checkedQuery(state: EmulatorState, req: MonitorHostRequest): MetricsQuery {
  const match = METRICS_PATH.exec(req.path);
  if (!match) throw new ApiError(404, [{ reason: 'Not found' }]);
  if (req.method !== 'POST') throw new ApiError(405, [{ reason: 'Method Not Allowed' }], { Allow: 'POST' });
  const token = monitorTokenOf(state, tokenFromHeader(req.authorization));
  if (!token) throw new ApiError(401, [{ reason: 'Invalid Token' }]);
  const serviceType = match[1];
  const definitions = state.store.today[MONITOR.metrics(serviceType)];
  if (!definitions) throw new ApiError(404, [{ reason: 'Not found' }]);
  if (token.serviceType !== serviceType) throw new ApiError(403, [{ reason: 'The token is not valid for this service type' }]);
  const body = parseBody(req.rawBody);

  const errors = new FieldErrors();
  const entityIds = Array.isArray(body.entity_ids) ? body.entity_ids.map((id) => (typeof id === 'number' ? String(id) : asString(id))) : [];
  if (entityIds.length === 0 || entityIds.some((id) => id === undefined))
    errors.add('entity_ids', 'entity_ids must be a list of entity ids');
  errors.throwIfAny();
  const outside = entityIds.find((id) => !token.entityIds.includes(id as string));
  if (outside !== undefined) throw new ApiError(403, [{ reason: `The token does not allow entity ${outside.slice(0, 40)}` }]);

  const metrics = checkMetrics(body, definitions, errors);
  const dimensions = new Set(metrics.flatMap((m) => m.dimensions));
  const window = checkWindow(body, state.now(), errors);
  const step = checkGranularity(body, errors);
  const filters = objectsIn(body.filters);
  if (body.filters !== undefined && (!Array.isArray(body.filters) || filters.length !== body.filters.length))
    errors.add('filters', 'filters must be a list of objects');
  filters.forEach((f, i) => {
    if (!dimensions.has(String(f.dimension_label))) errors.add(`filters[${i}].dimension_label`, 'Not a dimension of the metrics asked for');
    if (!OPERATORS.has(String(f.operator))) errors.add(`filters[${i}].operator`, `operator must be one of ${[...OPERATORS].join(', ')}`);
    if (typeof f.value !== 'string') errors.add(`filters[${i}].value`, 'value must be a string');
  });
  const groupBy = Array.isArray(body.group_by) ? body.group_by : body.group_by === undefined ? [] : undefined;
  if (!groupBy) errors.add('group_by', 'group_by must be a list of dimension labels');
  (groupBy ?? []).forEach((label, i) => {
    if (label !== 'entity_id' && !dimensions.has(String(label)))
      errors.add(`group_by[${i}]`, 'Not entity_id nor a dimension of the metrics asked for');
  });
  errors.throwIfAny();
  const { start, end } = window as { start: number; end: number }; // no window is an error, thrown above
  const stepSeconds = step ?? defaultStep(end - start);
  if (stepSeconds > end - start) errors.add('time_granularity', 'The granularity is longer than the window');
  else if ((end - start) / stepSeconds > MAX_POINTS)
    errors.add('time_granularity', `The window holds more than ${MAX_POINTS} points at this granularity`);
  errors.throwIfAny();

  return {
    serviceType,
    entityIds: [...new Set(entityIds as string[])],
    metrics,
    start,
    end,
    step: stepSeconds,
    filters: filters.map((f) => ({ label: String(f.dimension_label), operator: String(f.operator), value: String(f.value) })),
    groupBy: (groupBy as unknown[]).map(String),
  };
}

function parseBody(raw: string): JsonObject {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new ApiError(400, [{ reason: 'Invalid JSON' }]);
  }
  if (!isJsonObject(parsed)) throw new ApiError(400, [{ reason: 'Request body must be a JSON object' }]);
  return parsed;
}

function checkMetrics(body: JsonObject, definitions: JsonObject[], errors: FieldErrors): MetricsQuery['metrics'] {
  const given = Array.isArray(body.metrics) ? body.metrics : [];
  if (given.length === 0) errors.add('metrics', 'metrics must list at least one metric');
  return given.flatMap((item, i) => {
    const metric = asObject(item);
    const definition = definitions.find((d) => d.metric === metric?.name);
    if (!metric || !definition) {
      errors.add(`metrics[${i}].name`, `Not a metric of this service`);
      return [];
    }
    const allowed = (definition.available_aggregate_functions as string[] | undefined) ?? [];
    const aggregate = String(metric.aggregate_function);
    if (!allowed.includes(aggregate)) {
      errors.add(`metrics[${i}].aggregate_function`, `${String(metric.name)} allows ${allowed.join(', ')}`);
      return [];
    }
    const dimensions = objectsIn(definition.dimensions).map((d) => String(d.dimension_label));
    return [{ name: String(metric.name), aggregate, unit: String(definition.unit), dimensions }];
  });
}

/** Seconds of a `{unit, value}` object, or undefined (with the error added). */
function duration(value: unknown, field: string, errors: FieldErrors): number | undefined {
  const object = asObject(value);
  const unit = UNIT_SECONDS[String(object?.unit)];
  const count = asNumber(object?.value);
  if (!object || unit === undefined || count === undefined || !Number.isInteger(count) || count < 1) {
    errors.add(field, `${field} must be {unit: sec, min, hr or days, value: a whole number from 1}`);
    return undefined;
  }
  return unit * count;
}

/** The window in epoch seconds (its end not past now), or undefined with the error added. */
function checkWindow(body: JsonObject, nowMs: number, errors: FieldErrors): { start: number; end: number } | undefined {
  const now = Math.floor(nowMs / 1000);
  const { relative_time_duration: relative, absolute_time_duration: absolute } = body;
  if ((relative === undefined) === (absolute === undefined)) {
    errors.add('relative_time_duration', 'Give one of relative_time_duration and absolute_time_duration');
    return undefined;
  }
  if (relative !== undefined) {
    const seconds = duration(relative, 'relative_time_duration', errors);
    return seconds === undefined ? undefined : { start: now - seconds, end: now };
  }
  const range = asObject(absolute);
  const start = Date.parse(String(range?.start)) / 1000;
  const end = Math.min(Date.parse(String(range?.end)) / 1000, now);
  if (Number.isNaN(start) || Number.isNaN(end) || start >= end) {
    errors.add('absolute_time_duration', 'absolute_time_duration must be {start, end}: RFC 3339 times, start before end and before now');
    return undefined;
  }
  return { start: Math.ceil(start), end: Math.floor(end) };
}

function checkGranularity(body: JsonObject, errors: FieldErrors): number | undefined {
  if (body.time_granularity === undefined) return undefined;
  return duration(body.time_granularity, 'time_granularity', errors);
}

/** Without a granularity: a point a minute (the recorded hour has 61), coarser for long windows. */
function defaultStep(windowSeconds: number): number {
  return [60, 300, 3600, 86400].find((step) => windowSeconds / step <= 1440) ?? 86400;
}
