// Root Mutation fields for the account and profile: users, events, SSH keys, StackScripts,
// images and support tickets.
import { Event } from '../schema/account/event.js';
import { User } from '../schema/account/user.js';
import { Image } from '../schema/catalogs/image.js';
import { defineMutations } from '../schema/kit/mutations.js';
import { StackScript } from '../schema/linode/stackscript.js';
import { SSHKey } from '../schema/profile/ssh-key.js';
import { SupportTicketReply } from '../schema/support/support-ticket-reply.js';
import { SupportTicket } from '../schema/support/support-ticket.js';

const user = { field: 'user', resource: User };
const sshKey = { field: 'sshKey', resource: SSHKey };
const stackScript = { field: 'stackScript', resource: StackScript };
const image = { field: 'image', resource: Image };
const ticket = { field: 'ticket', resource: SupportTicket };

defineMutations({
  createUser: { op: 'POST /account/users', description: 'Invites a user to the account.', returns: user },
  updateUser: {
    op: 'PUT /account/users/{username}',
    id: 'username',
    description: 'Renames a user or changes whether they are restricted.',
    returns: user,
  },
  deleteUser: {
    op: 'DELETE /account/users/{username}',
    id: 'username',
    description: 'Removes a user from the account.',
    returns: 'deleted',
  },
  // Linode answers nothing: the event is read again when selected.
  markEventSeen: {
    op: 'POST /account/events/{eventId}/seen',
    id: 'eventId',
    description: 'Marks an event, and every earlier one, as seen.',
    returns: { field: 'event', resource: Event, reload: true },
  },
  markEventRead: {
    op: 'POST /account/events/{eventId}/read',
    id: 'eventId',
    description: 'Marks an event as read.',
    returns: { field: 'event', resource: Event, reload: true },
  },

  createSSHKey: { op: 'POST /profile/sshkeys', description: 'Adds a public SSH key to the profile.', returns: sshKey },
  updateSSHKey: { op: 'PUT /profile/sshkeys/{sshKeyId}', id: 'sshKeyId', description: 'Renames an SSH key.', returns: sshKey },
  deleteSSHKey: {
    op: 'DELETE /profile/sshkeys/{sshKeyId}',
    id: 'sshKeyId',
    description: 'Removes an SSH key from the profile.',
    returns: 'deleted',
  },

  createStackScript: { op: 'POST /linode/stackscripts', description: 'Creates a StackScript.', returns: stackScript },
  updateStackScript: {
    op: 'PUT /linode/stackscripts/{stackscriptId}',
    id: 'stackscriptId',
    description: 'Changes a StackScript.',
    returns: stackScript,
  },
  deleteStackScript: {
    op: 'DELETE /linode/stackscripts/{stackscriptId}',
    id: 'stackscriptId',
    description: 'Deletes a private StackScript.',
    returns: 'deleted',
  },

  createImage: { op: 'POST /images', description: 'Captures a private image from a disk.', returns: image },
  updateImage: {
    op: 'PUT /images/{imageId}',
    id: 'imageId',
    description: "Changes a private image's label, description or tags.",
    returns: image,
  },
  deleteImage: { op: 'DELETE /images/{imageId}', id: 'imageId', description: 'Deletes a private image.', returns: 'deleted' },

  createSupportTicket: { op: 'POST /support/tickets', description: 'Opens a support ticket.', returns: ticket },
  closeSupportTicket: {
    op: 'POST /support/tickets/{ticketId}/close',
    id: 'ticketId',
    description: 'Closes a support ticket.',
    returns: { ...ticket, reload: true },
  },
  createSupportTicketReply: {
    op: 'POST /support/tickets/{ticketId}/replies',
    description: 'Adds a reply to a support ticket.',
    returns: { field: 'reply', child: SupportTicketReply, parent: (params) => params.ticketId },
  },
});
