// Monitor alert definitions: rules over a service's metrics, read under their service (Linode
// has no lookup by id alone), or all at once from the account's list.
import { entityField } from '../account/event.js';
import { builder } from '../builder.js';
import { fetchConnection, mapNodes } from '../kit/connection.js';
import { rootConnectionField } from '../kit/connection-field.js';
import { defineChildResource } from '../kit/child-resource.js';
import { upstreamCost } from '../kit/cost.js';
import { validId } from '../kit/ids.js';
import { definePlainList } from '../kit/plain-list.js';
import { referenceField, relation } from '../kit/relation.js';
import type { FieldMap } from '../kit/types.js';
import { MonitorAlertChannel } from './monitor-alert-channel.js';
import { MonitorService } from './monitor-service.js';

// Its `id` is the watched resource's (a Linode's, a database's): `entityId`, so that client caches
// do not merge different resources.
const AlertEntity = definePlainList({
  name: 'MonitorAlertDefinitionEntity',
  schema: 'MonitorAlertDefinitionEntity',
  description: 'A resource an alert definition watches.',
  operation: 'GET /monitor/services/{id}/alert-definitions/{id}/entities',
  omit: ['id'],
  relations: (t): FieldMap => ({
    entityId: t.id({ nullable: true, description: "The watched resource's id.", resolve: (e) => e.id ?? null }),
    entity: entityField(t, (e) => e, 'The watched resource (null for types outside this graph).'),
  }),
});

const pathOf = (serviceType: string | number) => `/monitor/services/${serviceType}/alert-definitions`;
/** A service type that can go into a path (an answer without one has no entities to read). */
const isSlug = (value: unknown): value is string => typeof value === 'string' && /^[a-z0-9][a-z0-9_-]{0,63}$/i.test(value);

export const MonitorAlertDefinition = defineChildResource({
  name: 'MonitorAlertDefinition',
  schema: 'MonitorAlertDefinition',
  description: "An alert definition: rules over a monitor service's metrics and where to send the alert.",
  path: pathOf,
  operation: 'GET /monitor/services/{slug}/alert-definitions', // `{slug}`: a service type
  parentKey: 'monitor_service', // the service type it was read under (Linode's own `service_type` kept as sent)
  omit: ['entities'], // its count and link: the `entities` connection holds both
  relations: (t): FieldMap => ({
    service: referenceField(t, MonitorService, 'service_type', 'The service whose metrics it watches.'),
    entities: AlertEntity.field(t, 'The resources it watches.', (a) =>
      isSlug(a.monitor_service) ? `${pathOf(a.monitor_service)}/${String(a.id)}/entities` : null,
    ),
  }),
});

MonitorAlertDefinition.relate('alert_channels', (t) => ({
  alertChannel: relation(t, MonitorAlertChannel, (c) => c.id, 'The channel alerts are sent to.'),
}));

builder.queryFields((t) => ({
  monitorAlertDefinitions: rootConnectionField(t, MonitorAlertDefinition, {
    description: 'Every alert definition of the account, across services.',
    resolve: async (_root, args, ctx) => {
      const page = await fetchConnection<Parameters<typeof MonitorAlertDefinition.adopt>[0]>(ctx, '/monitor/alert-definitions', args, {
        operation: 'GET /monitor/alert-definitions',
      });
      return mapNodes(page, (node) => MonitorAlertDefinition.adopt(node, String(node.service_type ?? '')));
    },
  }),
  monitorAlertDefinition: t.field({
    type: MonitorAlertDefinition.ref,
    nullable: true,
    description: 'One alert definition, by its service type and id; null with a NOT_FOUND error when there is none.',
    extensions: upstreamCost.perParent,
    args: { serviceType: t.arg.id({ required: true }), id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const serviceType = validId('slug', args.serviceType, 'serviceType');
      const item = await ctx.upstream.get<Parameters<typeof MonitorAlertDefinition.adopt>[0]>(
        `${pathOf(serviceType)}/${validId('int', args.id)}`,
        { operation: 'GET /monitor/services/{serviceType}/alert-definitions/{alertId}' },
      );
      return MonitorAlertDefinition.adopt(item, serviceType);
    },
  }),
}));
