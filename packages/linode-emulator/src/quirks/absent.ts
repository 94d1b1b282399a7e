// Keys the 4.176 spec lists that real answers leave out.
import { ISSUE_8, linodego, recorded, type Quirk } from './types.js';

const CLASS = 'absent' as const;
const RULES = ['Firewall.rules.inbound', 'Firewall.rules.outbound', 'FirewallRules.inbound', 'FirewallRules.outbound'];
const inRules = (key: string) => RULES.map((at) => `${at}.${key}`);
/** The seeded outbound rules all name ports and IPv6 addresses: only inbound ones lack them. */
const inInboundRules = (key: string) => RULES.filter((at) => at.endsWith('inbound')).map((at) => `${at}.${key}`);

export const ABSENT: Quirk[] = [
  {
    class: CLASS,
    at: ['LinodeStats.cpu', 'LinodeStats.io', 'LinodeStats.netv4', 'LinodeStats.netv6'],
    real: 'never at the top: the series come wrapped in `data`',
    source: linodego('instance_stats.go', 'InstanceStats{Title, Data *Data}'),
  },
  {
    class: CLASS,
    at: inRules('description'),
    real: 'only rules given a description carry the key',
    source: `${ISSUE_8}; ${recorded('TestFirewalls_List.yaml', 'TestFirewall_Get.yaml')}; ${linodego('firewall_rules.go', 'FirewallRuleInbound.Description omitzero')}`,
  },
  {
    class: CLASS,
    at: inInboundRules('addresses.ipv6'),
    real: 'left out when the rule names IPv4 addresses only',
    source: `${ISSUE_8}; ${recorded('TestFirewalls_List.yaml', 'TestFirewallRules_ExtendedProtocols.yaml')}`,
  },
  {
    class: CLASS,
    at: inInboundRules('ports'),
    real: 'left out for protocols without ports (ICMP, ALL, IP protocol numbers)',
    source: recorded('TestFirewallRules_ExtendedProtocols.yaml'),
  },
  {
    class: CLASS,
    at: ['Image.capabilities'],
    real: 'missing on older (deprecated) public images, as on the images of older answers',
    source: `${ISSUE_8}; ${recorded('TestClient_APIResponseBadGateway.yaml')}`,
  },
  {
    class: CLASS,
    at: ['StackScript.user_defined_fields.oneOf', 'StackScript.user_defined_fields.manyOf'],
    real: 'never sent under these names: the API spells them `oneof` and `manyof`, and only when set',
    source: recorded('ExampleListStackscripts_page1.yaml', 'TestStackscripts_List.yaml'),
  },
  {
    class: CLASS,
    at: ['StackScript.user_defined_fields.default'],
    real: 'only fields with a default carry it',
    source: `${ISSUE_8}; ${recorded('ExampleListStackscripts_page1.yaml')}`,
  },
  { class: CLASS, at: ['DatabaseType.deprecated'], real: 'not sent', source: `${ISSUE_8}; ${recorded('TestDatabase_Type.yaml')}` },
  {
    class: CLASS,
    at: ['DatabaseEngine.total_disk_size_gb', 'DatabaseEngine.used_disk_size_gb'],
    real: 'engines are id, engine and version only',
    source: `${ISSUE_8}; ${recorded('TestDatabase_Engine.yaml')}`,
  },
  {
    class: CLASS,
    at: ['DatabaseMySQL.replication_type', 'DatabasePostgreSQL.replication_type', 'DatabasePostgreSQL.replication_commit_type'],
    real: "not sent by today's clusters",
    source: `${ISSUE_8}; ${recorded('TestDatabase_MySQL_Suite.yaml', 'TestDatabase_Postgres_Suite.yaml')}`,
  },
  {
    class: CLASS,
    at: ['DatabaseMySQL.hosts.secondary', 'DatabasePostgreSQL.hosts.secondary', 'Database.hosts.secondary'],
    real: 'replaced by hosts.standby',
    source: recorded('TestDatabase_MySQL_Suite.yaml', 'TestDatabase_List.yaml'),
  },
  {
    class: CLASS,
    at: ['DatabaseMySQL.updates.week_of_month', 'DatabasePostgreSQL.updates.week_of_month', 'Database.updates.week_of_month'],
    real: 'not sent for weekly updates',
    source: recorded('TestDatabase_MySQL_Suite.yaml', 'TestDatabase_List.yaml'),
  },
  {
    class: CLASS,
    at: ['Database.instance_uri'],
    real: 'GET /databases/instances entries carry no instance_uri',
    source: recorded('TestDatabase_List.yaml'),
  },
  { class: CLASS, at: ['IPv6Pool.prefix'], real: 'not sent', source: `${ISSUE_8}; ${recorded('TestIPv6Pool_List.yaml')}` },
  { class: CLASS, at: ['BetaProgram.greenlight_only'], real: 'missing on older programs', source: ISSUE_8 },
];
