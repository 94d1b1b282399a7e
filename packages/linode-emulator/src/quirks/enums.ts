// Values outside the spec's enums (other cases too), and other JSON types than the spec's.
import { ISSUE_8, linodego, recorded, type Quirk } from './types.js';

const RULE_PROTOCOLS = ['Firewall.rules.inbound.protocol', 'FirewallRules.inbound.protocol'];

export const ENUMS: Quirk[] = [
  {
    class: 'enum',
    at: ['Event.action'],
    values: ['database_create', 'database_update', 'database_backup_create', 'placement_group_create', 'placement_group_assign'],
    real: "actions of products newer than the spec's list (databases, placement groups...)",
    source: `${ISSUE_8}; ${recorded('TestDatabase_MySQL_Suite.yaml')}; ${linodego('account_events.go', 'EventAction')}`,
  },
  {
    class: 'enum',
    at: ['Event.entity.type'],
    values: ['database', 'placement_group'],
    real: 'entity types of the same newer products',
    source: `${recorded('TestDatabase_MySQL_Suite.yaml')}; ${linodego('account_events.go', 'EntityType')}`,
  },
  {
    class: 'enum',
    at: ['NodeBalancerNode.status'],
    values: ['Unknown'],
    real: 'capitalised `Unknown` until a health check has run (the spec says `unknown`)',
    source: `${ISSUE_8}; ${recorded('TestNodeBalancerNode_Get.yaml', 'ExampleCreateNodeBalancerNode.yaml')}`,
  },
  {
    class: 'enum',
    at: ['NodeBalancerConfig.protocol'],
    values: ['udp'],
    real: 'UDP configs',
    source: `${ISSUE_8}; ${linodego('nodebalancer_configs.go', 'ProtocolUDP')}`,
  },
  {
    class: 'enum',
    at: ['NodeBalancerConfig.stickiness'],
    values: ['session'],
    real: 'a stickiness mode of UDP configs (also `source_ip`)',
    source: `${ISSUE_8}; ${linodego('nodebalancer_configs.go', 'StickinessSession, StickinessSourceIP')}`,
  },
  { class: 'enum', at: ['NodeBalancerConfig.cipher_suite'], values: ['none'], real: 'no TLS on UDP configs', source: ISSUE_8 },
  {
    class: 'enum',
    at: ['NodeBalancerConfig.algorithm'],
    values: ['ring_hash'],
    real: 'an algorithm of UDP configs',
    source: linodego('nodebalancer_configs.go', 'AlgorithmRingHash'),
  },
  {
    class: 'enum',
    at: RULE_PROTOCOLS,
    values: ['ALL', '50'],
    real: 'ALL, and IP protocol numbers (50 = ESP; 6 also recorded)',
    source: `${ISSUE_8}; ${recorded('TestFirewallRules_ExtendedProtocols.yaml')}; ${linodego('firewall_rules.go', 'NetworkProtocol')}`,
  },
  {
    class: 'format',
    at: ['ObjectList.data.last_modified'],
    real: "S3's timestamp, with milliseconds and `Z` (2018-01-02T03:04:05.368Z), not Linode's",
    source: recorded('TestObjectStorageObject_Smoke.yaml'),
  },
  {
    class: 'type',
    at: ['LKENodePool.nodes.instance_id'],
    type: 'integer',
    real: 'an integer (the spec types it string, with an integer example)',
    source: `${recorded('TestLKENodePools_List.yaml')}; ${linodego('lke_node_pools.go', 'LKENodePoolLinode.InstanceID int')}`,
  },
  {
    class: 'type',
    at: ['Event.secondary_entity.id'],
    type: 'integer',
    real: 'an integer for numbered objects (configs, disks, Linodes); a string for images',
    source: `${recorded('TestAccountEvents_List.yaml')}; ${linodego('account_events.go', 'EventEntity.ID any')}`,
  },
];
