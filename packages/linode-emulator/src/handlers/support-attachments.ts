// A file attached to a support ticket: a multipart/form-data body whose `file` part is the file,
// of one of the extensions the spec lists. The ticket lists its attachments by file name.
import { badRequest } from '../errors.js';
import { stringsIn } from '../json.js';
import { nowTime, ok, recordEvent, subjectOf, type Handler } from './context.js';
import { ticketRules } from './account-writes.js';
import { findItemOf } from './writes.js';

const ATTACHMENT_MAX_BYTES = 1_000_000; // the emulator's body limit; Linode allows more
const EXTENSIONS = /\.(gif|jpe?g|pjpe?g|tiff?|png|pdf|txt)$/i;

interface Part {
  name?: string;
  filename?: string;
  bytes: Buffer;
}

/** The parts of a multipart/form-data body. */
function formParts(contentType: string, body: Buffer): Part[] {
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (!boundary) return [];
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: Part[] = [];
  let at = body.indexOf(delimiter);
  while (at !== -1) {
    const start = at + delimiter.length;
    const next = body.indexOf(delimiter, start);
    if (next === -1) break;
    const chunk = body.subarray(start + 2, next - 2); // after CRLF, before CRLF
    const split = chunk.indexOf('\r\n\r\n');
    if (split !== -1) {
      const head = chunk.subarray(0, split).toString('utf8');
      parts.push({
        name: /name="([^"]*)"/i.exec(head)?.[1],
        filename: /filename="([^"]*)"/i.exec(head)?.[1],
        bytes: chunk.subarray(split + 4),
      });
    }
    at = next;
  }
  return parts;
}

export const createAttachment: Handler = (ctx) => {
  const ticket = findItemOf(ctx, ticketRules);
  const upload = ctx.upload;
  if (!upload || !/^multipart\/form-data\b/i.test(upload.contentType)) throw badRequest('Send the file as multipart/form-data', 'file');
  const file = formParts(upload.contentType, upload.bytes).find((p) => p.name === 'file');
  if (!file?.filename) throw badRequest('file is required', 'file');
  if (!EXTENSIONS.test(file.filename))
    throw badRequest('Accepted file extensions: .gif, .jpg, .jpeg, .pjpg, .pjpeg, .tif, .tiff, .png, .pdf, .txt', 'file');
  if (file.bytes.length === 0) throw badRequest('The file is empty', 'file');
  if (file.bytes.length > ATTACHMENT_MAX_BYTES) throw badRequest('The file is too large', 'file');
  if (ticket.status === 'closed') throw badRequest('This ticket is closed');
  ticket.attachments = [...stringsIn(ticket.attachments), file.filename];
  ticket.updated = nowTime(ctx.state);
  recordEvent(
    ctx.state,
    'ticket_attachment_upload',
    subjectOf(ticket, 'summary'),
    'ticket',
    'finished',
    `/v4/support/tickets/${String(ticket.id)}`,
  );
  return ok({});
};
