// Monitor (today's API): the services with metrics, their standard dashboards and metric
// definitions, the account's alert channel and alert definitions: Linode's system alerts on
// databases (entity ids as strings, as recorded) and one user alert on Linodes. Shapes as in
// linodego's recorded fixtures (TestMonitorServices_Get, TestMonitorDashboards_Get,
// TestListMonitorAlertDefinitions): units free-form in widgets, `filters` only where set,
// `description` null, `class` null on user alerts.
import type { JsonObject } from '../../types.js';
import { linodeTime } from '../../time.js';
import type { SeedContext } from '../collections.js';
import { profileUsername } from '../profile.js';
import { DAY_MS } from '../seed-helpers.js';

export const MONITOR = {
  services: '/monitor/services',
  dashboards: '/monitor/dashboards',
  channels: '/monitor/alert-channels',
  alerts: '/monitor/alert-definitions',
  /** Metric definitions by service type: `/monitor/services/{serviceType}/metric-definitions`. */
  metrics: (serviceType: string) => `/monitor/services/${serviceType}/metric-definitions`,
};

type Metric = [metric: string, label: string, unit: string, type: string, aggregates: string[], dimensions: string[]];

const SERVICES: Array<{ type: string; label: string; alerts: boolean; metrics: Metric[] }> = [
  {
    type: 'dbaas',
    label: 'Databases',
    alerts: true,
    metrics: [
      ['cpu_usage', 'CPU Usage', 'percent', 'gauge', ['avg', 'max', 'min'], ['node_type']],
      ['memory_usage', 'Memory Usage', 'percent', 'gauge', ['avg', 'max', 'min'], ['node_type']],
      ['disk_usage', 'Disk Space Usage', 'percent', 'gauge', ['avg', 'max', 'min'], ['node_type']],
      ['read_iops', 'Disk I/O Read', 'iops', 'gauge', ['avg', 'max', 'min', 'sum'], ['node_type']],
    ],
  },
  {
    type: 'linode',
    label: 'Linodes',
    alerts: true,
    metrics: [
      ['vm_cpu_time_total', 'CPU Usage', 'percent', 'counter', ['avg', 'max', 'min', 'rate'], ['cpu', 'mode']],
      ['vm_network_bytes_total', 'Network Traffic', 'bytes_per_second', 'counter', ['rate', 'increase', 'sum'], ['pattern']],
    ],
  },
  {
    type: 'nodebalancer',
    label: 'NodeBalancers',
    alerts: false,
    metrics: [['nb_ingress_traffic_rate', 'Ingress Traffic Rate', 'bytes_per_second', 'gauge', ['sum', 'avg'], ['port', 'protocol']]],
  },
];

const widget = (metric: string, label: string, unit: string, size: number, aggregate: string, extra: JsonObject = {}) => ({
  metric,
  unit,
  label,
  color: 'default',
  size,
  chart_type: 'area',
  y_label: metric,
  description: null,
  aggregate_function: aggregate,
  ...extra,
});

export function seedMonitor(ctx: SeedContext): void {
  const { store, ids, now } = ctx;
  const created = linodeTime(now - 200 * DAY_MS);
  store.today[MONITOR.services] = SERVICES.map((s) => ({
    label: s.label,
    service_type: s.type,
    // Services without alerts leave the key out, as the first recorded answers do.
    ...(s.alerts ? { alert: { polling_interval_seconds: [300], evaluation_period_seconds: [300, 900], scope: ['entity'] } } : {}),
  }));
  for (const s of SERVICES) {
    store.today[MONITOR.metrics(s.type)] = s.metrics.map(([metric, label, unit, type, aggregates, dimensions]) => ({
      available_aggregate_functions: aggregates,
      dimensions: dimensions.map((d) => ({ dimension_label: d, label: d.replace(/_/g, ' '), values: [] })),
      is_alertable: s.alerts,
      label,
      metric,
      metric_type: type,
      scrape_interval: '60s',
      unit,
    }));
  }
  const dashboard = (type: string, label: string, widgets: JsonObject[]) => ({
    id: ids.next('dashboard'),
    type: 'standard',
    service_type: type,
    label,
    group_by: ['entity_id'],
    created,
    updated: created,
    widgets,
  });
  store.today[MONITOR.dashboards] = [
    dashboard('dbaas', 'Resource Usage', [
      widget('cpu_usage', 'CPU Usage', '%', 12, 'avg'),
      widget('memory_usage', 'Memory Usage', '%', 6, 'avg'),
      widget('disk_usage', 'Disk Space Usage', '%', 6, 'avg'),
    ]),
    dashboard('linode', 'Overview', [
      widget('vm_cpu_time_total', 'CPU Usage by Instance', '%', 12, 'avg'),
      widget('vm_network_bytes_total', 'Network Traffic In by Instance', 'Kbps', 12, 'avg', {
        filters: [{ dimension_label: 'pattern', operator: 'in', value: 'publicin,privatein' }],
      }),
    ]),
    dashboard('nodebalancer', 'Traffic Overview', [
      { ...widget('nb_ingress_traffic_rate', 'Ingress Traffic Rate', 'Bps', 12, 'sum'), chart_type: 'line' },
    ]),
  ];
  const channel = {
    id: ids.next('alertChannel'),
    label: 'Read-Write Channel',
    type: 'system',
    channel_type: 'email',
    details: { email: { usernames: [profileUsername(ctx)], recipient_type: 'user' } },
    alerts: { url: '', type: 'alerts-definitions', alert_count: 0 },
    created,
    created_by: 'system',
    updated: created,
    updated_by: 'system',
  };
  const channelRef = { id: channel.id, label: channel.label, url: `/monitor/alert-channels/${channel.id}`, type: 'alert-channels' };
  const databases = ['mysql', 'postgresql'].flatMap((e) => store.collections[`/databases/${e}/instances`] ?? []).map((d) => String(d.id));
  const rule = (metric: string, label: string, threshold: number) => ({
    label,
    metric,
    unit: 'percent',
    aggregate_function: 'avg',
    operator: 'gt',
    threshold,
    dimension_filters: [],
  });
  const alert = (type: string, service: string, label: string, rules: JsonObject[], extra: JsonObject) => ({
    id: ids.next('alertDefinition'),
    label,
    description: `Alert when ${label.toLowerCase()} stays high.`,
    service_type: service,
    type,
    scope: 'entity',
    class: null,
    regions: [],
    status: 'enabled',
    entity_ids: [],
    has_more_resources: false,
    severity: 2,
    rule_criteria: { rules },
    alert_channels: [channelRef],
    trigger_conditions: {
      criteria_condition: 'ALL',
      polling_interval_seconds: 300,
      evaluation_period_seconds: 300,
      trigger_occurrences: 3,
    },
    created,
    updated: created,
    created_by: 'system',
    updated_by: 'system',
    ...extra,
  });
  const me = profileUsername(ctx);
  store.today[MONITOR.alerts] = [
    alert('system', 'dbaas', 'High Memory Usage Plan Shared', [rule('memory_usage', 'Memory Usage', 90)], {
      class: 'shared',
      entity_ids: databases,
    }),
    alert('system', 'dbaas', 'High CPU Usage Plan Shared', [rule('cpu_usage', 'CPU Usage', 90)], {
      class: 'shared',
      entity_ids: databases,
    }),
    alert('user', 'linode', 'Web CPU', [{ ...rule('vm_cpu_time_total', 'CPU Usage', 80), dimension_filters: [] }], {
      severity: 1,
      entity_ids: ctx.store.instances.filter((i) => i.label.startsWith('web-')).map((i) => String(i.id)),
      created_by: me,
      updated_by: me,
    }),
  ];
  channel.alerts = { url: `/monitor/alert-channels/${channel.id}/alerts`, type: 'alerts-definitions', alert_count: 3 };
  store.today[MONITOR.channels] = [channel];
}
