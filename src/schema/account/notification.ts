import { builder } from '../builder.js';
import { entityFields, entityUnion, type EntityRef } from '../kit/entity.js';
import { definePlainList } from '../kit/plain-list.js';
import type { FieldMap } from '../kit/types.js';
import { Instance } from '../linode/instance.js';
import { NodeBalancer } from '../nodebalancers/nodebalancer.js';
import { SupportTicket } from '../support/support-ticket.js';
import { Volume } from '../volumes/volume.js';
import { Account } from './account.js';

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
// Linode names the entity's type in lower case for notifications, capitalised for maintenance.
const entityOf = (item: { entity?: EntityRef }): EntityRef =>
  item.entity && item.entity.id != null ? { ...item.entity, type: String(item.entity.type).toLowerCase() } : null;
const about = 'The resource concerned (null for the account as a whole, or types outside this graph), loaded only when selected.';

export const Notification = definePlainList({
  name: 'Notification',
  schema: 'Notification',
  description: 'Something about the account that needs attention: a past-due balance, a migration, an outage.',
  operation: 'GET /account/notifications',
  omit: ['entity'],
  relations: (t): FieldMap => entityFields(t, entityField, entityOf, about),
});

export const Maintenance = definePlainList({
  name: 'Maintenance',
  schema: 'Maintenance',
  description: "A maintenance window planned for one of the account's resources.",
  operation: 'GET /account/maintenance',
  omit: ['entity'],
  relations: (t): FieldMap => entityFields(t, entityField, entityOf, about),
});

builder.objectFields(Account.ref, (t) => ({
  notifications: Notification.field(t, 'What needs attention on the account now.', () => '/account/notifications'),
  maintenance: Maintenance.field(t, "Maintenance planned for the account's resources.", () => '/account/maintenance'),
}));
