// Root Mutation fields for Linode Managed: contacts, credentials, monitored services and the SSH
// access of instances.
import { defineMutations } from '../schema/kit/mutations.js';
import { ManagedContact } from '../schema/managed/managed-contact.js';
import { ManagedCredential } from '../schema/managed/managed-credential.js';
import { ManagedInstanceSettings } from '../schema/managed/managed-instance-settings.js';
import { ManagedService } from '../schema/managed/managed-service.js';

const contact = { field: 'contact', resource: ManagedContact };
const credential = { field: 'credential', resource: ManagedCredential };
const service = { field: 'service', resource: ManagedService };

defineMutations({
  createManagedContact: { op: 'POST /managed/contacts', description: 'Adds a person Managed contacts about issues.', returns: contact },
  updateManagedContact: {
    op: 'PUT /managed/contacts/{contactId}',
    id: 'contactId',
    description: "Changes a contact's details or group.",
    returns: contact,
  },
  deleteManagedContact: {
    op: 'DELETE /managed/contacts/{contactId}',
    id: 'contactId',
    description: 'Removes a contact.',
    returns: 'deleted',
  },
  createManagedCredential: {
    op: 'POST /managed/credentials',
    description: 'Stores a login for Managed to reach a service with; the password is never shown again.',
    returns: credential,
  },
  updateManagedCredential: {
    op: 'PUT /managed/credentials/{credentialId}',
    id: 'credentialId',
    description: 'Renames a credential.',
    returns: credential,
  },
  updateManagedCredentialSecret: {
    op: 'POST /managed/credentials/{credentialId}/update',
    id: 'credentialId',
    description: "Replaces a credential's username and password (never shown again).",
    returns: { ...credential, reload: true },
  },
  revokeManagedCredential: {
    op: 'POST /managed/credentials/{credentialId}/revoke',
    id: 'credentialId',
    description: 'Deletes a credential; services using it lose it.',
    returns: 'deleted',
  },
  updateManagedInstanceSettings: {
    op: 'PUT /managed/linode-settings/{linodeId}',
    id: 'linodeId',
    description: 'Changes how Managed reaches an instance over SSH.',
    returns: { field: 'settings', resource: ManagedInstanceSettings },
  },
  createManagedService: { op: 'POST /managed/services', description: 'Starts monitoring a URL or TCP service.', returns: service },
  updateManagedService: {
    op: 'PUT /managed/services/{serviceId}',
    id: 'serviceId',
    description: "Changes a monitored service's check.",
    returns: service,
  },
  deleteManagedService: {
    op: 'DELETE /managed/services/{serviceId}',
    id: 'serviceId',
    description: 'Stops monitoring a service.',
    returns: 'deleted',
  },
  enableManagedService: {
    op: 'POST /managed/services/{serviceId}/enable',
    id: 'serviceId',
    description: 'Resumes monitoring a disabled service.',
    returns: service,
  },
  disableManagedService: {
    op: 'POST /managed/services/{serviceId}/disable',
    id: 'serviceId',
    description: 'Pauses monitoring a service.',
    returns: service,
  },
});
