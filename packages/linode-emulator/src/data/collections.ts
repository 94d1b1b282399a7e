// The collections beyond instances, volumes, events and domains: which exist, the schema of their
// items, the key that names an item, and how they are seeded. The store keeps each one under its
// path with the parent ids filled in (`/nodebalancers/610123/configs`), so lists and item GETs are
// answered generically (handlers/collections.ts).
import { Rng } from '../rng.js';
import type { EmulatorStore, JsonObject } from '../types.js';
import { seedAccount } from './account.js';
import { seedDatabaseBackups } from './database-extras.js';
import { seedAccountExtras } from './account-extras.js';
import { seedDatabases } from './databases.js';
import { Ids } from './ids.js';
import { seedLke } from './lke.js';
import { seedManagedCredentials } from './managed-credentials.js';
import { seedFirewalls, seedVpcs } from './networking.js';
import { seedNotices } from './notices.js';
import { seedNodeBalancers } from './nodebalancers.js';
import { seedProfile } from './profile.js';
import { seedProfileApps } from './profile-apps.js';
import { seedLongviewSubscriptions, seedServices } from './services.js';
import { seedToday } from './today/index.js';

export interface CollectionSpec {
  /** Facts schema of the items. */
  schema: string;
  /** Field named by the item path parameter. Default `id`. */
  key?: string;
  /** The collection has no item GET. */
  noItems?: boolean;
}

/** Collection path templates (as the facts spell them) and what they hold. */
export const COLLECTIONS: Record<string, CollectionSpec> = {
  '/networking/firewalls': { schema: 'Firewall' },
  '/networking/firewalls/{firewallId}/devices': { schema: 'FirewallDevices' },
  '/vpcs': { schema: 'VPC' },
  '/vpcs/{vpcId}/subnets': { schema: 'VPCSubnet' },
  '/nodebalancers': { schema: 'NodeBalancer' },
  '/nodebalancers/{nodeBalancerId}/configs': { schema: 'NodeBalancerConfig' },
  '/nodebalancers/{nodeBalancerId}/configs/{configId}/nodes': { schema: 'NodeBalancerNode' },
  '/lke/clusters': { schema: 'LKECluster' },
  '/lke/clusters/{clusterId}/pools': { schema: 'LKENodePool' },
  '/lke/versions': { schema: 'LKEVersion' },
  '/databases/engines': { schema: 'DatabaseEngine' },
  '/databases/types': { schema: 'DatabaseType' },
  '/databases/mysql/instances': { schema: 'DatabaseMySQL' },
  '/databases/postgresql/instances': { schema: 'DatabasePostgreSQL' },
  '/databases/mysql/instances/{instanceId}/backups': { schema: 'DatabaseBackup' },
  '/databases/postgresql/instances/{instanceId}/backups': { schema: 'DatabaseBackup' },
  '/account/users': { schema: 'User', key: 'username' },
  '/account/logins': { schema: 'Login' },
  '/account/invoices': { schema: 'Invoice' },
  '/account/invoices/{invoiceId}/items': { schema: 'InvoiceItem', noItems: true },
  '/account/payments': { schema: 'Payment' },
  '/account/oauth-clients': { schema: 'OAuthClient' },
  '/account/betas': { schema: 'BetaProgramEnrolled' },
  '/account/child-accounts': { schema: 'ChildAccount', key: 'euuid' },
  '/account/service-transfers': { schema: 'ServiceTransfer', key: 'token' },
  '/account/entity-transfers': { schema: 'EntityTransfer', key: 'token' },
  '/account/payment-methods': { schema: 'PaymentMethod' },
  '/betas': { schema: 'BetaProgram' },
  '/profile/sshkeys': { schema: 'SSHKey' },
  '/profile/tokens': { schema: 'PersonalAccessToken' },
  '/linode/stackscripts': { schema: 'StackScript' },
  '/object-storage/clusters': { schema: 'ObjectStorageCluster' },
  '/object-storage/keys': { schema: 'ObjectStorageKey' },
  '/object-storage/buckets/{clusterId}': { schema: 'ObjectStorageBucket', key: 'label' },
  '/longview/clients': { schema: 'LongviewClient' },
  '/longview/subscriptions': { schema: 'LongviewSubscription' },
  '/managed/contacts': { schema: 'ManagedContact' },
  '/managed/services': { schema: 'ManagedService' },
  '/managed/issues': { schema: 'ManagedIssue' },
  '/managed/credentials': { schema: 'ManagedCredential' },
  '/support/tickets': { schema: 'SupportTicket' },
  '/support/tickets/{ticketId}/replies': { schema: 'SupportTicketReply', noItems: true },
  '/profile/apps': { schema: 'AuthorizedApp' },
  '/profile/devices': { schema: 'TrustedDevice' },
  '/account/notifications': { schema: 'Notification', noItems: true },
  '/account/maintenance': { schema: 'Maintenance', noItems: true },
};

export { REDACTED } from './seed-helpers.js';

/** The store key of a collection: its template with the parent ids (as text) filled in, in order. */
export function collectionPath(template: string, ...parents: unknown[]): string {
  let i = 0;
  return template.replace(/\{[^}]+\}/g, () => String(parents[i++]));
}

/** The template a store key was made from. */
export function templateOf(path: string): string | undefined {
  const parts = path.split('/');
  return Object.keys(COLLECTIONS).find((t) => {
    const segs = t.split('/');
    return segs.length === parts.length && segs.every((s, i) => s === parts[i] || /^\{.+\}$/.test(s));
  });
}

/** What the per-domain seeders share. */
export interface SeedContext {
  rng: Rng;
  ids: Ids;
  store: EmulatorStore;
  /** Emulator clock at start (recent logins, invoices, tickets are placed before it). */
  now: number;
  /** Stores `items` as the collection `template` of `parents`. */
  put(template: string, items: JsonObject[], ...parents: unknown[]): JsonObject[];
  get(template: string, ...parents: unknown[]): JsonObject[];
}

/**
 * Seeds every collection of COLLECTIONS from its own generator (`seed`-derived), after and
 * independently of the rest of the store, so the data seeded before stays as it was.
 */
export function seedCollections(seed: number, store: EmulatorStore, now: number): void {
  const context = (rng: Rng): SeedContext => ({
    rng,
    ids: new Ids(rng),
    store,
    now,
    put: (template, items, ...parents) => (store.collections[collectionPath(template, ...parents)] = items),
    get: (template, ...parents) => store.collections[collectionPath(template, ...parents)] ?? [],
  });
  const ctx = context(new Rng(seed * 104_729 + 31));
  seedNodeBalancers(ctx);
  seedFirewalls(ctx);
  seedVpcs(ctx);
  seedLke(ctx);
  seedDatabases(ctx);
  seedProfile(ctx);
  seedAccount(ctx);
  seedServices(ctx);
  // Collections added later draw from a generator of their own, so the ones above stay as they were.
  const later = context(new Rng(seed * 130_363 + 47));
  seedProfileApps(later);
  seedNotices(later);
  seedLongviewSubscriptions(later);
  seedToday(context(new Rng(seed * 160_423 + 59)));
  // Backups of the clusters (today's ones included) and Managed's credentials: a generator of their own.
  const extras = context(new Rng(seed * 179_999 + 67));
  seedDatabaseBackups(extras);
  seedManagedCredentials(extras);
  seedAccountExtras(context(new Rng(seed * 179_981 + 61)));
}
