// Monitor (newer than spec 4.176.0): the services Linode collects metrics for (`dbaas`,
// `linode`...), named by their service type, with their dashboards, metric definitions and alert
// definitions. The metrics themselves come from another host (monitor-api.linode.com).
import { definePlainList } from '../kit/plain-list.js';
import { defineResource } from '../kit/resource.js';
import type { FieldMap } from '../kit/types.js';
import { MonitorAlertDefinition } from './monitor-alert-definition.js';
import { MonitorDashboard } from './monitor-dashboard.js';

const MetricDefinition = definePlainList({
  name: 'MonitorMetricDefinition',
  schema: 'MonitorMetricDefinition',
  description: 'A metric a monitor service collects: its unit, type, dimensions and aggregations.',
  operation: 'GET /monitor/services/{id}/metric-definitions',
});

export const MonitorService = defineResource({
  name: 'MonitorService',
  schema: 'MonitorService',
  description: 'A kind of resource Linode collects metrics for, named by its service type.',
  path: '/monitor/services',
  idKind: 'slug',
  idField: 'service_type',
  root: { one: 'monitorService', many: 'monitorServices' },
  relations: (t): FieldMap => ({
    dashboards: MonitorDashboard.connectionField(t, "The service's dashboards.", (s) => `/monitor/services/${s.service_type}/dashboards`),
    metricDefinitions: MetricDefinition.field(
      t,
      'The metrics the service collects.',
      (s) => `/monitor/services/${s.service_type}/metric-definitions`,
    ),
    alertDefinitions: MonitorAlertDefinition.field(t, "The service's alert definitions.", (s) => String(s.service_type)),
  }),
});
