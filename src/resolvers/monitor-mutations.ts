// Root Mutation fields for monitor: alert definitions, and the token for the metrics API.
import type { MonitorServiceToken } from 'linode-facts/shapes';
import { builder } from '../schema/builder.js';
import { defineMutations } from '../schema/kit/mutations.js';
import { MonitorAlertDefinition } from '../schema/monitor/monitor-alert-definition.js';

const alertDefinition = {
  field: 'alertDefinition',
  child: MonitorAlertDefinition,
  parent: (params: Record<string, string>) => params.serviceType,
};

// A secret: Linode shows it once, in this answer (mutations are never cached).
const ServiceToken = builder.objectRef<MonitorServiceToken>('MonitorServiceToken').implement({
  description: "A token for the monitor metrics API (monitor-api.linode.com), for the given entities' metrics.",
  fields: (t) => ({
    token: t.string({
      nullable: true,
      description: 'Returns a secret: the bearer token itself, shown only in this answer and short-lived.',
      resolve: (answer) => answer.token ?? null,
    }),
  }),
});

defineMutations({
  createMonitorAlertDefinition: {
    op: 'POST /monitor/services/{serviceType}/alert-definitions',
    description: "Creates an alert definition over a service's metrics.",
    input: 'The alert: label, severity, rules, trigger conditions and channels.',
    returns: alertDefinition,
  },
  updateMonitorAlertDefinition: {
    op: 'PUT /monitor/services/{serviceType}/alert-definitions/{alertId}',
    id: 'alertId',
    description: 'Changes an alert definition (of a system alert, only its entities), or enables or disables it.',
    input: 'Changes to the alert definition.',
    returns: alertDefinition,
    optionalInput: true,
  },
  deleteMonitorAlertDefinition: {
    op: 'DELETE /monitor/services/{serviceType}/alert-definitions/{alertId}',
    id: 'alertId',
    description: "Deletes one of the account's own alert definitions.",
    returns: 'deleted',
  },
  createMonitorServiceToken: {
    op: 'POST /monitor/services/{serviceType}/token',
    description: "Creates a secret, short-lived token for reading the given entities' metrics from the monitor metrics API.",
    input: 'The entities whose metrics the token may read.',
    returns: {
      field: 'serviceToken',
      child: { config: { name: 'MonitorServiceToken' }, ref: ServiceToken, adopt: (answer) => answer },
      parent: (params) => params.serviceType,
    },
  },
});
