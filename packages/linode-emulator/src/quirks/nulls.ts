// Nulls where the 4.176 spec promises a value.
import { ISSUE_8, linodego, recorded, type Quirk } from './types.js';

const CLASS = 'null' as const;

export const NULLS: Quirk[] = [
  // Taken over from the gateway's old src/facts/known-nulls.ts (the emulator's own copy now).
  {
    class: CLASS,
    at: ['Linode.backups.last_successful'],
    real: 'null until a first backup succeeds (backups off, or just enabled)',
    source: recorded('TestInstance_Clone.yaml'),
  },
  {
    class: CLASS,
    at: ['LinodeConfig.devices.*'],
    real: 'unused device slots are null',
    source: linodego('instance_configs.go', 'InstanceConfigDeviceMap (pointers)'),
  },
  {
    class: CLASS,
    at: ['LinodeConfig.devices.*.disk_id', 'LinodeConfig.devices.*.volume_id'],
    real: 'a used slot names a disk or a volume, the other id is null',
    source: linodego('instance_configs.go', 'InstanceConfigDevice (*int)'),
  },
  {
    class: CLASS,
    at: ['Backups.snapshot.in_progress', 'Backups.snapshot.current'],
    real: 'null when no snapshot was taken / none is running',
    source: linodego('instance_snapshots.go', 'InstanceBackupSnapshotResponse (pointers)'),
  },
  {
    class: CLASS,
    at: ['LinodeIPs.ipv4.*.vpc_nat_1_1', 'IPAddress.vpc_nat_1_1'],
    real: 'null for addresses outside a VPC',
    source: recorded('TestIPAddresses_List.yaml'),
  },
  {
    class: CLASS,
    at: ['Event.secondary_entity'],
    real: 'null unless the action involves a second object',
    source: recorded('TestAccountEvents_List.yaml'),
  },
  { class: CLASS, at: ['Event.rate'], real: 'null except for migrations and resizes', source: recorded('TestAccountEvents_List.yaml') },
  {
    class: CLASS,
    at: ['Notification.until', 'Notification.entity'],
    real: 'most notices have no end; account-wide ones no entity',
    source: linodego('account_notifications.go', 'Notification (*time.Time, *NotificationEntity)'),
  },
  // Issue 8's classes.
  {
    class: CLASS,
    at: ['Event.duration'],
    real: 'null while an event is a notification or scheduled (a database being created); a number once started',
    source: `${ISSUE_8}; ${recorded('TestAccountEvents_List.yaml', 'TestDatabase_MySQL_Suite.yaml')}`,
  },
  {
    class: CLASS,
    at: ['Event.percent_complete'],
    real: 'null on notification events (0 when scheduled, a number once started)',
    source: `${ISSUE_8}; ${recorded('TestDatabase_MySQL_Suite.yaml')}`,
  },
  {
    class: CLASS,
    at: ['IPAddress.linode_id'],
    real: 'null for reserved addresses assigned to nothing',
    source: recorded('TestIPAddresses_List.yaml', 'TestReservedIPAddresses_ListIPAddressesVariants.yaml'),
  },
  { class: CLASS, at: ['LKENodePool.nodes.instance_id'], real: "null while the node's Linode is being provisioned", source: ISSUE_8 },
  {
    class: CLASS,
    at: ['ObjectStorageKey.bucket_access'],
    real: 'null for unrestricted keys (limited false)',
    source: recorded('TestObjectStorageKey_List.yaml', 'TestObjectStorageKey_GetFound.yaml'),
  },
  {
    class: CLASS,
    at: ['Account.credit_card.expiry', 'Account.credit_card.last_four'],
    real: 'null when no card is on file',
    source: `${ISSUE_8}; ${recorded('TestAccount_Get.yaml')}`,
  },
  { class: CLASS, at: ['AuthorizedApp.thumbnail_url'], real: 'null when the OAuth client has no thumbnail', source: ISSUE_8 },
  {
    class: CLASS,
    at: ['PersonalAccessToken.expiry'],
    real: 'null for a token created without expiry (others show 2999-12-12T05:00:00)',
    source: `${ISSUE_8}; ${linodego('profile_tokens.go', 'Token.Expiry')}`,
  },
  { class: CLASS, at: ['ManagedService.region'], real: 'null for checks not tied to a region (URL checks)', source: ISSUE_8 },
  {
    class: CLASS,
    at: ['Notification.when'],
    real: 'null for notices without a date (an important ticket)',
    source: `${ISSUE_8}; linode_api4-python test/fixtures/account_notifications.json`,
  },
  { class: CLASS, at: ['Kernel.built'], real: 'null for the oldest Xen kernels', source: recorded('ExampleListKernels_all.yaml') },
  {
    class: CLASS,
    at: ['LinodeIPs.ipv4.private.gateway', 'LinodeIPs.ipv4.private.rdns'],
    real: 'private addresses have no gateway and no reverse DNS: null',
    source: recorded('TestInstance_Clone.yaml'),
  },
  {
    class: CLASS,
    at: ['LinodeIPs.ipv6.slaac.rdns', 'LinodeIPs.ipv6.link_local.rdns'],
    real: 'null unless a reverse DNS name was set',
    source: recorded('TestIPAddresses_Instance_Get.yaml', 'TestIPAddress_Update.yaml'),
  },
  {
    class: CLASS,
    at: ['LinodeConfig.interfaces.ipv4'],
    real: 'null on public and vlan interfaces (only vpc ones have it)',
    source: recorded('TestInstance_ConfigInterfaces_Update.yaml', 'TestVLANs_GetIPAMAddress.yaml'),
  },
  {
    class: CLASS,
    at: ['Firewall.rules.outbound', 'FirewallRules.outbound'],
    real: 'null on some firewalls without outbound rules ([] on others)',
    source: recorded('TestFirewall_Get.yaml', 'TestFirewallRules_Update.yaml'),
  },
  { class: CLASS, at: ['DatabasePostgreSQL.used_disk_size_gb'], real: 'null while the cluster is provisioning', source: ISSUE_8 },
];
