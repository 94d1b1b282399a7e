// A monitor alert channel: where alerts are sent (email to users).
import { defineResource } from '../kit/resource.js';

export const MonitorAlertChannel = defineResource({
  name: 'MonitorAlertChannel',
  schema: 'MonitorAlertChannel',
  description: 'Where monitor alerts are sent.',
  path: '/monitor/alert-channels',
  idKind: 'int',
  root: { one: 'monitorAlertChannel', many: 'monitorAlertChannels' },
});
