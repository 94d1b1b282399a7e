// Keys today's Linode sends on an instance and its addresses that the 4.176 spec lacks
// (quirks/new-keys.ts), drawn from the instance alone so no other data moves.
import type { EntityRef, InstanceRecord } from '../records.js';
import { keyedRng } from './keyed-rng.js';

/** Local disk encryption is on for Linodes made since it launched (mid 2024); older ones keep it off. */
const DISK_ENCRYPTION_SINCE = '2024-07-01T00:00:00';

export function instanceKeys(id: number, label: string, created: string) {
  const rng = keyedRng(`linode/${id}`);
  const encrypted = created >= DISK_ENCRYPTION_SINCE;
  return {
    placement_group: null,
    disk_encryption: encrypted ? 'enabled' : 'disabled',
    lke_cluster_id: null,
    capabilities: [
      ...(encrypted ? ['Block Storage Encryption'] : []),
      // Outbound SMTP is opened on request, for mail servers.
      ...(label.startsWith('mail-') ? ['SMTP Enabled'] : []),
      'Maintenance Policy',
    ],
    maintenance_policy: rng.chance(0.8) ? 'linode/migrate' : 'linode/power_off_on',
    interface_generation: 'legacy_config',
    locks: [],
    site_type: 'core',
  };
}

/** `{id, type, label, url}` of the instance holding an address (Linode's assigned_entity). */
export function assignedTo(instance: InstanceRecord): EntityRef {
  return { id: instance.id, type: 'linode', label: instance.label, url: `/v4/linode/instances/${instance.id}` };
}

/** The keys today's API adds to each IPv4 address of an instance (config interfaces: no interface_id). */
export const addressKeys = (instance: InstanceRecord) => ({
  reserved: false,
  assigned_entity: assignedTo(instance),
  interface_id: null,
});
