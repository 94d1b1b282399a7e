import { entityFields, entityUnion, type EntityRef } from '../kit/entity.js';
import { relateNested, type LinodeRecord } from '../kit/fact-fields.js';
import { definePlainList } from '../kit/plain-list.js';
import { Instance } from '../linode/instance.js';
import { NodeBalancer } from '../nodebalancers/nodebalancer.js';
import { SupportTicket } from '../support/support-ticket.js';
import { Volume } from '../volumes/volume.js';

export const Notification = definePlainList({
  name: 'Notification',
  schema: 'Notification',
  description: 'Something about the account that needs attention: a past-due balance, a migration, an outage.',
  operation: 'GET /account/notifications',
  omit: ['entity'],
});

export const Maintenance = definePlainList({
  name: 'Maintenance',
  schema: 'Maintenance',
  description: "A maintenance window planned for one of the account's resources.",
  operation: 'GET /account/maintenance',
  omit: ['entity'],
});

// Linode names the entity's type in lower case for notifications, capitalised for maintenance.
const entityOf = (item: LinodeRecord): EntityRef => {
  const entity = item.entity as EntityRef;
  return entity && entity.id != null ? { ...entity, type: String(entity.type).toLowerCase() } : null;
};
const entityField = entityUnion(
  'NoticeEntity',
  'What a notification or maintenance window is about, when it is a resource of this graph.',
  () => ({
    linode: Instance,
    volume: Volume,
    nodebalancer: NodeBalancer,
    ticket: SupportTicket,
  }),
);
relateNested(['Notification', 'Maintenance'], (t) =>
  entityFields(
    t,
    entityField,
    entityOf,
    'The resource concerned (null for the account as a whole, or types outside this graph), loaded only when selected.',
  ),
);

relateNested('Account', (t) => ({
  notifications: Notification.field(t, 'What needs attention on the account now.', () => '/account/notifications'),
  maintenance: Maintenance.field(t, "Maintenance planned for the account's resources.", () => '/account/maintenance'),
}));
