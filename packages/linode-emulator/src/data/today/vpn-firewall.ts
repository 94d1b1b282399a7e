// The VPN gateways' firewall: IPsec needs protocol numbers (50 = ESP) and `ALL`, which the spec's
// protocol enum lacks; rules without ports carry no `ports` key.
import type { SeedContext } from '../collections.js';
import { firewallRuleKeys, rule, type Rule } from '../firewall-rules.js';
import { NETWORKING } from '../networking.js';
import { after, instanceEntity, make, timeBetween } from '../seed-helpers.js';

const ANYWHERE = { ipv4: ['0.0.0.0/0'], ipv6: ['::/0'] };
const PRIVATE = { ipv4: ['192.168.128.0/17'] };
const RULES: Rule[] = [
  ['UDP', '500, 4500', ANYWHERE, 'allow-ike', 'IKE and NAT traversal for IPsec'],
  ['50', null, ANYWHERE, 'allow-esp', ''],
  ['ALL', null, PRIVATE, 'allow-private-all', ''],
];

export function seedVpnFirewall(ctx: SeedContext): void {
  const { rng, ids, store, now } = ctx;
  const firewalls = ctx.get(NETWORKING.firewalls);
  const allDevices = firewalls.flatMap((f) => ctx.get(NETWORKING.devices, f.id));
  const members = store.instances.filter((i) => /^vpn-/.test(i.label)).slice(0, 4);
  const id = ids.nextAbove('firewall', Math.max(0, ...firewalls.map((f) => Number(f.id))));
  const created = timeBetween(rng, now - 200 * 86_400_000, now - 30 * 86_400_000);
  const rules = { inbound: RULES.map((r) => rule(r)), outbound: [], inbound_policy: 'DROP', outbound_policy: 'ACCEPT' };
  const firewall = make('Firewall', rng, {
    id,
    label: 'fw-vpn',
    created,
    updated: after(rng, created, 20),
    status: 'enabled',
    rules,
    tags: ['vpn'],
  });
  Object.assign(firewall.rules, firewallRuleKeys('fw-vpn', firewall.rules));
  let deviceId = Math.max(0, ...allDevices.map((d) => Number(d.id)));
  const devices = members.map((instance) => {
    const at = instance.created > created ? instance.created : created;
    return make('FirewallDevices', rng, {
      id: (deviceId = ids.nextAbove('firewallDevice', deviceId)),
      created: at,
      updated: at,
      entity: { ...instanceEntity(instance), parent_entity: null },
    });
  });
  firewall.entities = devices.map((d) => d.entity);
  firewalls.push(firewall);
  ctx.put(NETWORKING.devices, devices, id);
}
