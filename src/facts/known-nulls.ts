// Shared by the gateway (nullable GraphQL fields) and the emulator (sends null there).
// Fields the spec does not mark nullable but real Linode answers send as null (seen in recorded
// API responses and in the official clients' pointer types). The emulator sends null there too,
// so clients are tested against what Linode really does. Paths are per schema, `*` = any key.
export const KNOWN_NULLS: Record<string, string[]> = {
  Linode: ['backups.last_successful'],
  // Unused device slots are null; a used slot has one of disk_id / volume_id and the other null.
  LinodeConfig: ['devices.*', 'devices.*.disk_id', 'devices.*.volume_id'],
  // GET /linode/instances/{id}/backups: no snapshot taken / none running.
  Backups: ['snapshot.in_progress', 'snapshot.current'],
  // GET /linode/instances/{id}/ips: addresses outside a VPC.
  LinodeIPs: ['ipv4.*.vpc_nat_1_1'],
  // GET /networking/ips: the same, one address at a time.
  IPAddress: ['vpc_nat_1_1'],
  Event: ['secondary_entity', 'rate'],
  // GET /account/notifications: most notices have no end, and account-wide ones no entity.
  Notification: ['until', 'entity'],
};

/** True when `path` (dotted) of `schema` may be null although the facts say otherwise. */
export function isKnownNull(schema: string, path: string): boolean {
  const parts = path.split('.');
  return (KNOWN_NULLS[schema] ?? []).some((pattern) => {
    const p = pattern.split('.');
    return p.length === parts.length && p.every((seg, i) => seg === '*' || seg === parts[i]);
  });
}
