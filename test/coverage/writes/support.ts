// Write cases for support tickets: open one, reply to it, close it.
import type { WriteCase } from './types.js';

const errors = 'userErrors { field message }';
const opened = 'coverage ticket';

export const cases: WriteCase[] = [
  {
    mutation: 'createSupportTicket',
    document: `mutation($linode: ID!) { createSupportTicket(input: { summary: "${opened}", description: "The instance does not boot.", linodeId: $linode }) { ticket { id summary entity { __typename } } ${errors} } }`,
    variables: (e) => ({ linode: e.store.instances[0].id }),
    returns: 'ticket',
  },
  {
    mutation: 'createSupportTicketReply',
    document: `mutation($id: ID!) { createSupportTicketReply(ticketId: $id, input: { description: "It boots now, thanks." }) { reply { id description } ${errors} } }`,
    variables: (e) => ({ id: (e.store.collections['/support/tickets'] ?? []).find((t) => t.summary === opened)!.id }),
    returns: 'reply',
  },
  {
    mutation: 'createSupportTicketAttachment',
    document: `mutation($id: ID!) { createSupportTicketAttachment(id: $id, input: { fileName: "boot.txt", contentBase64: "a2VybmVsIHBhbmljCg==" }) { ticket { id attachments } ${errors} } }`,
    variables: (e) => ({ id: (e.store.collections['/support/tickets'] ?? []).find((t) => t.summary === opened)!.id }),
    returns: 'ticket',
  },
  {
    mutation: 'closeSupportTicket',
    document: `mutation($id: ID!) { closeSupportTicket(id: $id) { ticket { id status } ${errors} } }`,
    variables: (e) => ({ id: (e.store.collections['/support/tickets'] ?? []).find((t) => t.summary === opened)!.id }),
    returns: 'ticket',
  },
];
