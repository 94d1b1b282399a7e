// Write cases for Linode Managed: contacts, credentials, services and instances' SSH settings.
import type { Emulator } from 'linode-emulator';
import type { WriteCase } from './types.js';

const find = (e: Emulator, path: string, key: string, value: string) => (e.store.collections[path] ?? []).find((i) => i[key] === value)!;
const contact = (e: Emulator) => find(e, '/managed/contacts', 'name', 'Coverage Contact');
const credential = (e: Emulator) => find(e, '/managed/credentials', 'label', 'coverage-cred');
const service = (e: Emulator) => find(e, '/managed/services', 'label', 'coverage-check');

export const cases: WriteCase[] = [
  {
    mutation: 'createManagedContact',
    document:
      'mutation { createManagedContact(input: { name: "Coverage Contact", email: "cov@example.com", group: "on-call" }) { contact { id name } userErrors { field message } } }',
    returns: 'contact',
  },
  {
    mutation: 'updateManagedContact',
    document:
      'mutation($id: ID!) { updateManagedContact(id: $id, input: { group: "escalation" }) { contact { id group } userErrors { field message } } }',
    variables: (e) => ({ id: contact(e).id }),
    returns: 'contact',
  },
  {
    mutation: 'createManagedCredential',
    document:
      'mutation { createManagedCredential(input: { label: "coverage-cred", username: "admin", password: "s3cret-Pass" }) { credential { id label lastDecrypted } userErrors { field message } } }',
    returns: 'credential',
  },
  {
    mutation: 'updateManagedCredential',
    document:
      'mutation($id: ID!) { updateManagedCredential(id: $id, input: { label: "coverage-cred" }) { credential { id label } userErrors { field message } } }',
    variables: (e) => ({ id: credential(e).id }),
    returns: 'credential',
  },
  {
    mutation: 'updateManagedCredentialSecret',
    document:
      'mutation($id: ID!) { updateManagedCredentialSecret(id: $id, input: { username: "root", password: "n3w-Pass" }) { credential { id label } userErrors { field message } } }',
    variables: (e) => ({ id: credential(e).id }),
    returns: 'credential',
  },
  {
    mutation: 'createManagedService',
    document: `mutation($credential: SafeInt!) { createManagedService(input: { label: "coverage-check", serviceType: URL, address: "https://example.com/health", timeout: 30, credentials: [$credential] }) {
      service { id status } userErrors { field message } } }`,
    variables: (e) => ({ credential: credential(e).id }),
    returns: 'service',
  },
  {
    mutation: 'updateManagedService',
    document:
      'mutation($id: ID!) { updateManagedService(id: $id, input: { body: "ok" }) { service { id body } userErrors { field message } } }',
    variables: (e) => ({ id: service(e).id }),
    returns: 'service',
  },
  {
    mutation: 'disableManagedService',
    document: 'mutation($id: ID!) { disableManagedService(id: $id) { service { id status } userErrors { field message } } }',
    variables: (e) => ({ id: service(e).id }),
    returns: 'service',
  },
  {
    mutation: 'enableManagedService',
    document: 'mutation($id: ID!) { enableManagedService(id: $id) { service { id status } userErrors { field message } } }',
    variables: (e) => ({ id: service(e).id }),
    returns: 'service',
  },
  {
    mutation: 'updateManagedInstanceSettings',
    document:
      'mutation($id: ID!) { updateManagedInstanceSettings(id: $id, input: { ssh: { port: 2222, user: "ops" } }) { settings { id ssh { port user } } userErrors { field message } } }',
    variables: (e) => ({ id: e.store.instances[0].id }),
    returns: 'settings',
  },
  {
    mutation: 'deleteManagedService',
    document: 'mutation($id: ID!) { deleteManagedService(id: $id) { deletedId userErrors { field message } } }',
    variables: (e) => ({ id: service(e).id }),
    returns: 'deletedId',
  },
  {
    mutation: 'revokeManagedCredential',
    document: 'mutation($id: ID!) { revokeManagedCredential(id: $id) { deletedId userErrors { field message } } }',
    variables: (e) => ({ id: credential(e).id }),
    returns: 'deletedId',
  },
  {
    mutation: 'deleteManagedContact',
    document: 'mutation($id: ID!) { deleteManagedContact(id: $id) { deletedId userErrors { field message } } }',
    variables: (e) => ({ id: contact(e).id }),
    returns: 'deletedId',
  },
];
