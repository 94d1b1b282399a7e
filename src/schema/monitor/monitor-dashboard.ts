// A monitor dashboard: widgets charting a service's metrics.
import { referenceField } from '../kit/relation.js';
import { defineResource } from '../kit/resource.js';
import type { FieldMap } from '../kit/types.js';
import { MonitorService } from './monitor-service.js';

export const MonitorDashboard = defineResource({
  name: 'MonitorDashboard',
  schema: 'MonitorDashboard',
  description: "A dashboard of charts over a monitor service's metrics.",
  path: '/monitor/dashboards',
  idKind: 'int',
  root: { one: 'monitorDashboard', many: 'monitorDashboards' },
  relations: (t): FieldMap => ({
    service: referenceField(t, MonitorService, 'service_type', 'The service whose metrics it charts.'),
  }),
});
