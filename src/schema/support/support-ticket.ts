import { entityField } from '../account/event.js';
import { entityFields } from '../kit/entity.js';
import { defineResource } from '../kit/resource.js';
import type { FieldMap } from '../kit/types.js';
import { SupportTicketReply } from './support-ticket-reply.js';

export const SupportTicket = defineResource({
  name: 'SupportTicket',
  schema: 'SupportTicket',
  description: 'A support ticket opened with Linode.',
  path: '/support/tickets',
  idKind: 'int',
  root: { one: 'supportTicket', many: 'supportTickets' },
  omit: ['entity'],
  relations: (t): FieldMap => ({
    ...entityFields(
      t,
      entityField,
      (ticket) => ticket.entity,
      'The resource the ticket is about, if any (null for types outside this graph, or deleted since).',
    ),
    replies: SupportTicketReply.field(t, 'The conversation on the ticket.', (ticket) => ticket.id),
  }),
});
