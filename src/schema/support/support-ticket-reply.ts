import { defineChildResource } from '../kit/child-resource.js';

export const SupportTicketReply = defineChildResource({
  name: 'SupportTicketReply',
  schema: 'SupportTicketReply',
  description: 'One message on a support ticket.',
  path: (ticketId) => `/support/tickets/${ticketId}/replies`,
  operation: 'GET /support/tickets/{id}/replies',
  parentKey: 'ticket_id',
});
