import { relateNested } from '../kit/fact-fields.js';
import { definePlainList } from '../kit/plain-list.js';

export const Notification = definePlainList({
  name: 'Notification',
  schema: 'Notification',
  description: 'Something about the account that needs attention: a past-due balance, a migration, an outage.',
  operation: 'GET /account/notifications',
});

export const Maintenance = definePlainList({
  name: 'Maintenance',
  schema: 'Maintenance',
  description: 'A maintenance window planned for one of the account\'s resources.',
  operation: 'GET /account/maintenance',
});

relateNested('Account', (t) => ({
  notifications: Notification.field(t, 'What needs attention on the account now.', () => '/account/notifications'),
  maintenance: Maintenance.field(t, 'Maintenance planned for the account\'s resources.', () => '/account/maintenance'),
}));
