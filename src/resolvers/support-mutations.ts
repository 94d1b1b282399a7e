// Root Mutation fields for support tickets beyond their table in account-mutations.ts: attaching
// a file, which Linode takes as a multipart/form-data upload (its `file` part).
import { randomUUID } from 'node:crypto';
import type { RawBody } from '../rest/client.js';
import { defineMutations } from '../schema/kit/mutations.js';
import { SupportTicket } from '../schema/support/support-ticket.js';

/** A form with one `file` part; the file name loses what would break out of its header. */
function fileForm(fileName: string, bytes: Buffer): RawBody {
  const boundary = `----linode-gateway-${randomUUID()}`;
  const name = fileName.replace(/[\r\n"\\/]/g, '_');
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  const tail = `\r\n--${boundary}--\r\n`;
  return { contentType: `multipart/form-data; boundary=${boundary}`, bytes: Buffer.concat([Buffer.from(head), bytes, Buffer.from(tail)]) };
}

defineMutations({
  createSupportTicketAttachment: {
    op: 'POST /support/tickets/{ticketId}/attachments',
    id: 'ticketId',
    description:
      'Attaches a file to a support ticket (sent base64-encoded; Linode takes images, PDFs and .txt files, and lists them by name).',
    returns: { field: 'ticket', resource: SupportTicket, reload: true },
    upload: {
      fields: { fileName: 'The file name the ticket shows.', contentBase64: "The file's bytes, base64-encoded." },
      body: (input) => fileForm(input.fileName, Buffer.from(input.contentBase64, 'base64')),
    },
  },
});
