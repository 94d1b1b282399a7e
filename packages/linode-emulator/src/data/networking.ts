// Cloud Firewalls (devices: seeded instances and NodeBalancers) and VPCs (subnets whose members
// are instances of the VPC's region).
import type { InstanceRecord } from '../records.js';
import type { JsonObject } from '../types.js';
import type { SeedContext } from './collections.js';
import { randomTime } from './fill.js';
import { firewallRuleKeys, rule, type Rule } from './firewall-rules.js';
import { NB_ENDPOINTS } from './nodebalancers.js';
import { after, busiestRegions, instanceEntity, instancesIn, latest, make } from './seed-helpers.js';

export const NETWORKING = {
  firewalls: '/networking/firewalls',
  devices: '/networking/firewalls/{firewallId}/devices',
  vpcs: '/vpcs',
  subnets: '/vpcs/{vpcId}/subnets',
} as const;

const ANYWHERE = { ipv4: ['0.0.0.0/0'], ipv6: ['::/0'] };
const OFFICE = { ipv4: ['203.0.113.0/24', '198.51.100.17/32'] };
const PRIVATE = { ipv4: ['192.168.128.0/17'] };

// Most rules carry no description (the key is then absent), as most recorded rules.
const SSH: Rule = ['TCP', '22', OFFICE, 'allow-ssh-office', 'SSH from the office and the VPN egress address'];
const PING: Rule = ['ICMP', null, ANYWHERE, 'allow-ping', ''];
const WEB: Rule = ['TCP', '80, 443', ANYWHERE, 'allow-http-https', ''];

interface FirewallPlan {
  label: string;
  /** Instances whose label starts with one of these get the firewall. */
  roles: string[];
  inbound: Rule[];
  inboundPolicy: 'ACCEPT' | 'DROP';
  status?: string;
  tags: string[];
  nodeBalancers?: boolean;
}

/** Firewalls without outbound rules that answer null rather than [] (as some recorded ones do). */
const NULL_OUTBOUND = new Set(['fw-nodebalancers', 'fw-legacy-open']);

const PLANS: FirewallPlan[] = [
  { label: 'fw-web', roles: ['web'], inbound: [WEB, SSH, PING], inboundPolicy: 'DROP', tags: ['prod', 'frontend'] },
  {
    label: 'fw-db-private',
    roles: ['db'],
    inbound: [['TCP', '3306, 5432', PRIVATE, 'allow-sql-private', 'Database ports from the private network'], SSH],
    inboundPolicy: 'DROP',
    tags: ['database'],
  },
  {
    label: 'fw-api',
    roles: ['api'],
    inbound: [['TCP', '443, 8080-8090', ANYWHERE, 'allow-api', ''], SSH, PING],
    inboundPolicy: 'DROP',
    tags: ['backend'],
  },
  {
    label: 'fw-internal',
    roles: ['worker', 'queue', 'cache'],
    inbound: [['TCP', '1-65535', PRIVATE, 'allow-private-tcp', ''], ['UDP', '1-65535', PRIVATE, 'allow-private-udp', ''], SSH],
    inboundPolicy: 'DROP',
    tags: ['backend'],
  },
  { label: 'fw-nodebalancers', roles: [], inbound: [WEB], inboundPolicy: 'DROP', tags: ['prod'], nodeBalancers: true },
  { label: 'fw-legacy-open', roles: [], inbound: [PING], inboundPolicy: 'ACCEPT', status: 'disabled', tags: [] },
];

export function seedFirewalls(ctx: SeedContext): void {
  const { rng, ids, store } = ctx;
  const firewalls = PLANS.map((plan) => {
    const created = randomTime(rng);
    const firewall = make('Firewall', rng, {
      id: ids.next('firewall'),
      label: plan.label,
      created,
      updated: after(rng, created, 120),
      status: plan.status ?? 'enabled',
      rules: {
        inbound: plan.inbound.map((r) => rule(r)),
        outbound:
          plan.inboundPolicy === 'DROP' && rng.chance(0.3)
            ? [rule(['TCP', '25', ANYWHERE, 'block-smtp', ''], 'DROP')]
            : NULL_OUTBOUND.has(plan.label)
              ? null
              : [],
        inbound_policy: plan.inboundPolicy,
        outbound_policy: 'ACCEPT',
      },
      tags: plan.tags,
    });
    Object.assign(firewall.rules, firewallRuleKeys(plan.label, firewall.rules));
    const entities: Array<{ entity: JsonObject; created: string }> = [];
    const members = store.instances.filter((i) => plan.roles.some((role) => i.label.startsWith(`${role}-`)));
    for (const instance of members.slice(0, rng.int(3, 6))) entities.push({ entity: instanceEntity(instance), created: instance.created });
    if (plan.nodeBalancers) {
      for (const nb of ctx.get(NB_ENDPOINTS.list))
        entities.push({
          entity: { id: nb.id, type: 'nodebalancer', label: nb.label, url: `/v4/nodebalancers/${String(nb.id)}` },
          created: String(nb.created),
        });
    }
    const devices = entities.map(({ entity, created: since }) => {
      const at = after(rng, latest(since, created), 30);
      return make('FirewallDevices', rng, {
        id: ids.next('firewallDevice'),
        created: at,
        updated: at,
        entity: { ...entity, parent_entity: null },
      });
    });
    ctx.put(NETWORKING.devices, devices, firewall.id);
    // Today's list of the devices' entities (the same objects, so renames show in both).
    firewall.entities = devices.map((d) => d.entity);
    return firewall;
  });
  ctx.put(NETWORKING.firewalls, firewalls);
}

/** Which instances (by the role their label starts with) each subnet takes. */
const SUBNET_ROLES: Record<string, string[]> = {
  web: ['web', 'lb'],
  app: ['api', 'worker', 'queue', 'search', 'ci', 'mail', 'monitor'],
  data: ['db', 'cache'],
  default: ['web', 'lb', 'api', 'worker', 'queue', 'search', 'ci', 'mail', 'monitor', 'vpn'],
};

const VPC_PLANS = [
  { label: 'prod-vpc', description: 'Production network: web, app and data tiers', subnets: ['web', 'app', 'data'], staging: false },
  { label: 'staging-vpc', description: 'Staging mirror of production', subnets: ['default', 'data'], staging: true },
];

const isStaging = (i: InstanceRecord) => /-(staging|dev)-/.test(i.label);

export function seedVpcs(ctx: SeedContext): void {
  const { rng, ids, store } = ctx;
  const regions = busiestRegions(store, 'VPCs');
  const vpcs = VPC_PLANS.map((plan, n) => {
    const region = regions[n] ?? regions[0] ?? 'us-east';
    const created = randomTime(rng, Date.UTC(2023, 6, 1));
    const updated = rng.chance(0.5) ? after(rng, created, 60) : null;
    const id = ids.next('vpc');
    const local = instancesIn(store, region);
    // Instances of the VPC's environment first, then the others of the region.
    const candidates = [...local.filter((i) => isStaging(i) === plan.staging), ...local.filter((i) => isStaging(i) !== plan.staging)];
    const subnets = plan.subnets.map((label, s) => {
      const members = candidates.filter((i) => SUBNET_ROLES[label].includes(i.label.split('-')[0])).slice(0, rng.int(2, 4));
      return make('VPCSubnet', rng, {
        id: ids.next('subnet'),
        label,
        ipv4: `10.${n}.${s + 1}.0/24`,
        linodes: members.map((instance) => ({
          id: instance.id,
          interfaces: [{ id: ids.next('vpcInterface'), active: instance.status === 'running' }],
        })),
        created: after(rng, created, 2),
        updated: null,
      });
    });
    ctx.put(NETWORKING.subnets, subnets, id);
    // The VPC lists the same subnet objects its subnets collection holds.
    return make('VPC', rng, { id, label: plan.label, description: plan.description, region, subnets, created, updated });
  });
  ctx.put(NETWORKING.vpcs, vpcs);
}
