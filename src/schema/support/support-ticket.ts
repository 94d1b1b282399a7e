import type { LinodeRecord } from '../kit/fact-fields.js';
import { SupportTicketReply } from './support-ticket-reply.js';
import { defineResource } from '../kit/resource.js';

export const SupportTicket = defineResource({
  name: 'SupportTicket',
  schema: 'SupportTicket',
  description: 'A support ticket opened with Linode.',
  path: '/support/tickets',
  idKind: 'int',
  root: { one: 'supportTicket', many: 'supportTickets' },
  relations: (t) => ({
    replies: SupportTicketReply.field(t, 'The conversation on the ticket.', (ticket: LinodeRecord) => ticket.id as number),
  }),
});
