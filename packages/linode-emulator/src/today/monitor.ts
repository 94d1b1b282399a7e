// Monitor (today's API): services, dashboards, metric definitions, alert channels and alert
// definitions. A new alert definition is `provisioning`, then `enabled`; Linode's system alerts
// cannot be changed but for their entities, nor deleted. The metrics themselves are served by
// another host (monitor-api.linode.com, with the token of createMonitorServiceToken; the emulator
// serves it under its own prefix, src/today/monitor-host.ts): here, as on api.linode.com, that path
// is not found.
import { MONITOR } from '../data/today/monitor.js';
import { badRequest, notFound, type FieldErrors } from '../errors.js';
import type { EmulatorState } from '../state.js';
import type { JsonObject } from '../types.js';
import { list, ok, type Handler, type HandlerContext } from '../handlers/context.js';
import { createHandler, deleteHandler, updateHandler, type WriteRules } from '../handlers/writes.js';
import { issueMonitorToken } from './monitor-tokens.js';
import { todaySchemas } from './operations.js';

const PROVISIONING_MS = 5_000;

const items = (ctx: HandlerContext, path: string): JsonObject[] => (ctx.state.store.today[path] ??= []);

function service(ctx: HandlerContext): JsonObject {
  const found = items(ctx, MONITOR.services).find((s) => s.service_type === ctx.params.serviceType);
  if (!found) throw notFound();
  return found;
}

function byId(ctx: HandlerContext, path: string, id: string): JsonObject {
  const found = items(ctx, path).find((i) => String(i.id) === id);
  if (!found) throw notFound();
  return found;
}

/** The entity an alert watches, as its entities list names it. */
function entityOf(ctx: HandlerContext, serviceType: string, id: string): JsonObject {
  const { store } = ctx.state;
  if (serviceType === 'linode') {
    const instance = store.instances.find((i) => String(i.id) === id);
    return { id, label: instance?.label ?? id, url: `/linode/instances/${id}`, type: 'linode' };
  }
  for (const engine of ['mysql', 'postgresql']) {
    const db = (store.collections[`/databases/${engine}/instances`] ?? []).find((d) => String(d.id) === id);
    if (db) return { id, label: String(db.label), url: `/databases/${engine}/instances/${id}`, type: 'dbaas' };
  }
  return { id, label: id, url: '', type: serviceType };
}

/** The account's entities of a service type (`linode`: instances, `dbaas`: databases...): id as text -> region. */
export function serviceEntities(state: EmulatorState, serviceType: string): Map<string, string> {
  const { store } = state;
  const pairs = (items: Array<{ id?: unknown; region?: unknown }>) => items.map((i) => [String(i.id), String(i.region)] as const);
  switch (serviceType) {
    case 'linode':
      return new Map(pairs(store.instances));
    case 'dbaas':
      return new Map(['mysql', 'postgresql'].flatMap((e) => pairs(store.collections[`/databases/${e}/instances`] ?? [])));
    case 'nodebalancer':
      return new Map(pairs(store.collections['/nodebalancers'] ?? []));
    default:
      return new Map();
  }
}

/**
 * The entity ids of a token request, as text. They must be the account's entities of the service
 * and, as linodego's recorded test has it ("DB entities must [be] from the same region"), of one
 * region; how Linode words these refusals is not recorded.
 */
function tokenEntities(ctx: HandlerContext, serviceType: string): string[] {
  const given = ctx.body.entity_ids;
  if (!Array.isArray(given) || given.length === 0) throw badRequest('entity_ids is required', 'entity_ids');
  const known = serviceEntities(ctx.state, serviceType);
  const ids = given.map((id) => (typeof id === 'number' || typeof id === 'string' ? String(id) : ''));
  const unknown = ids.find((id) => !known.has(id));
  if (unknown !== undefined)
    throw badRequest(`${unknown.slice(0, 40) || 'An entity id'} is not a ${serviceType} entity of this account`, 'entity_ids');
  if (new Set(ids.map((id) => known.get(id))).size > 1) throw badRequest('The entities must be in the same region', 'entity_ids');
  return [...new Set(ids)];
}

function checkChannels(ctx: HandlerContext, errors: FieldErrors): void {
  const given = ctx.body.channel_ids;
  if (!Array.isArray(given)) return;
  const known = new Set(items(ctx, MONITOR.channels).map((c) => c.id));
  if (given.length === 0 || given.some((id) => !known.has(id as number)))
    errors.add('channel_ids', 'Each channel id must name an alert channel');
}

const channelRefs = (ctx: HandlerContext, ids: unknown[]) =>
  items(ctx, MONITOR.channels)
    .filter((c) => ids.includes(c.id))
    .map((c) => ({ id: c.id, label: c.label, url: `/monitor/alert-channels/${String(c.id)}`, type: 'alert-channels' }));

const alertRules: WriteRules = {
  place: (ctx) => {
    service(ctx);
    return { items: items(ctx, MONITOR.alerts), parent: undefined };
  },
  idKind: 'alertDefinition',
  check(ctx, errors, _place, item) {
    const svc = service(ctx);
    if (item === undefined && !svc.alert) errors.add('service_type', 'Alerts are not available for this service');
    if (item && item.service_type !== svc.service_type) throw notFound();
    if (item?.type === 'system' && Object.keys(ctx.body).some((k) => k !== 'entity_ids'))
      errors.add(
        Object.keys(ctx.body).find((k) => k !== 'entity_ids') as string,
        'System alert definitions can only change their entities',
      );
    if (typeof ctx.body.severity === 'number' && (ctx.body.severity < 0 || ctx.body.severity > 3))
      errors.add('severity', 'severity must be 0 to 3');
    checkChannels(ctx, errors);
  },
  initial(ctx, item) {
    const username = ctx.state.store.singletons['/profile']?.username;
    const me = typeof username === 'string' ? username : 'demo-user';
    const entityIds = Array.isArray(item.entity_ids) ? item.entity_ids : [];
    return {
      service_type: ctx.params.serviceType,
      type: 'user',
      status: 'provisioning',
      scope: ctx.body.scope ?? 'entity',
      class: null,
      has_more_resources: false,
      entities: { url: '', count: entityIds.length, has_more_resources: false },
      alert_channels: channelRefs(ctx, (ctx.body.channel_ids as unknown[] | undefined) ?? []),
      created_by: me,
      updated_by: me,
    };
  },
  created(ctx, item) {
    (item.entities as JsonObject).url = `/monitor/services/${String(item.service_type)}/alert-definitions/${String(item.id)}/entities`;
    ctx.state.pending.push({ at: ctx.state.now() + PROVISIONING_MS, run: () => void (item.status = 'enabled') });
  },
  updated(ctx, item) {
    if (Array.isArray(ctx.body.channel_ids)) item.alert_channels = channelRefs(ctx, ctx.body.channel_ids);
  },
  deleting(ctx, item) {
    if (item.service_type !== ctx.params.serviceType) throw notFound();
    if (item.type === 'system') throw badRequest('System alert definitions cannot be deleted');
  },
};

export const monitorHandlers: Record<string, Handler> = {
  getMonitorServices: (ctx) => list(items(ctx, MONITOR.services)),
  getMonitorService: (ctx) => ok(service(ctx)),
  getMonitorDashboards: (ctx) => list(items(ctx, MONITOR.dashboards)),
  getMonitorDashboard: (ctx) => ok(byId(ctx, MONITOR.dashboards, ctx.params.dashboardId)),
  getMonitorServiceDashboards: (ctx) => {
    const type = service(ctx).service_type;
    return list(items(ctx, MONITOR.dashboards).filter((d) => d.service_type === type));
  },
  getMonitorMetricDefinitions: (ctx) => list(items(ctx, MONITOR.metrics(String(service(ctx).service_type)))),
  createMonitorServiceToken: (ctx) => {
    const serviceType = String(service(ctx).service_type);
    // Shown once; the metrics host knows it (src/today/monitor-tokens.ts).
    return ok({ token: issueMonitorToken(ctx.state, serviceType, tokenEntities(ctx, serviceType)) });
  },
  getMonitorServiceMetrics: () => {
    throw notFound();
  },
  getMonitorAlertDefinitions: (ctx) => list(items(ctx, MONITOR.alerts)),
  getMonitorServiceAlertDefinitions: (ctx) => {
    const type = service(ctx).service_type;
    return list(items(ctx, MONITOR.alerts).filter((a) => a.service_type === type));
  },
  getMonitorAlertDefinition: (ctx) => {
    const alert = byId(ctx, MONITOR.alerts, ctx.params.alertId);
    if (alert.service_type !== service(ctx).service_type) throw notFound();
    return ok(alert);
  },
  createMonitorAlertDefinition: createHandler(alertRules, () => todaySchemas.MonitorAlertDefinition),
  updateMonitorAlertDefinition: updateHandler(alertRules, () => todaySchemas.MonitorAlertDefinition),
  deleteMonitorAlertDefinition: deleteHandler(alertRules),
  getMonitorAlertDefinitionEntities: (ctx) => {
    const alert = byId(ctx, MONITOR.alerts, ctx.params.alertId);
    if (alert.service_type !== service(ctx).service_type) throw notFound();
    return list((alert.entity_ids as string[]).map((id) => entityOf(ctx, String(alert.service_type), id)));
  },
  getMonitorAlertChannels: (ctx) => list(items(ctx, MONITOR.channels)),
  getMonitorAlertChannel: (ctx) => ok(byId(ctx, MONITOR.channels, ctx.params.channelId)),
};
