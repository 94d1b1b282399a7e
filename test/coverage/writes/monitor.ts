// Write cases for monitor: alert definitions and the metrics API token.
import type { Emulator } from 'linode-emulator';
import type { WriteCase } from './types.js';

const alerts = (e: Emulator) => e.store.today['/monitor/alert-definitions'] as Array<{ id: number; label: string; service_type: string }>;
const made = (e: Emulator) => alerts(e).find((a) => a.label === 'coverage-alert')!;
const channel = (e: Emulator) => (e.store.today['/monitor/alert-channels'] as Array<{ id: number }>)[0].id;

export const cases: WriteCase[] = [
  {
    mutation: 'createMonitorAlertDefinition',
    document: `mutation($channel: ID!) { createMonitorAlertDefinition(serviceType: "linode", input: {
      label: "coverage-alert", severity: 2, channelIds: [$channel],
      ruleCriteria: { rules: [{ metric: "vm_cpu_time_total", aggregateFunction: "avg", operator: "gt", threshold: 90 }] },
      triggerConditions: { criteriaCondition: "ALL", evaluationPeriodSeconds: 300, pollingIntervalSeconds: 300, triggerOccurrences: 1 } }) {
      alertDefinition { id label status alertChannels { alertChannel { id } } } userErrors { field message } } }`,
    variables: (e) => ({ channel: channel(e) }),
    returns: 'alertDefinition',
  },
  {
    mutation: 'updateMonitorAlertDefinition',
    document: `mutation($id: ID!) { updateMonitorAlertDefinition(serviceType: "linode", id: $id, input: { severity: 1 }) {
      alertDefinition { id severity } userErrors { field message } } }`,
    variables: (e) => ({ id: made(e).id }),
    returns: 'alertDefinition',
  },
  {
    mutation: 'deleteMonitorAlertDefinition',
    document: `mutation($id: ID!) { deleteMonitorAlertDefinition(serviceType: "linode", id: $id) { deletedId userErrors { field message } } }`,
    variables: (e) => ({ id: made(e).id }),
    returns: 'deletedId',
  },
  {
    mutation: 'createMonitorServiceToken',
    document: `mutation($ids: [ID!]!) { createMonitorServiceToken(serviceType: "linode", input: { entityIds: $ids }) {
      serviceToken { token } userErrors { field message } } }`,
    variables: (e) => ({ ids: [e.store.instances[0].id] }),
    returns: 'serviceToken',
  },
];
