import type { LinodeRecord } from '../kit/fact-fields.js';
import { SupportTicketReply } from './support-ticket-reply.js';
import { defineResource } from '../kit/resource.js';
import { entityFields, type EntityRef } from '../kit/entity.js';
import { entityField } from '../account/event.js';

export const SupportTicket = defineResource({
  name: 'SupportTicket',
  schema: 'SupportTicket',
  description: 'A support ticket opened with Linode.',
  path: '/support/tickets',
  idKind: 'int',
  root: { one: 'supportTicket', many: 'supportTickets' },
  omit: ['entity'],
  relations: (t) => ({
    ...entityFields(
      t,
      entityField,
      (ticket) => ticket.entity as EntityRef,
      'The resource the ticket is about, if any (null for types outside this graph, or deleted since).',
    ),
    replies: SupportTicketReply.field(t, 'The conversation on the ticket.', (ticket: LinodeRecord) => ticket.id as number),
  }),
});
