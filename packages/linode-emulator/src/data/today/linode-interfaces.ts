// Linode interfaces (today's API): the newest Linodes made outside LKE, whose configs use no
// config interfaces, run on the `linode` interface generation: a public interface holding their
// addresses (which then name it as `interface_id`), one of them a VLAN interface too.
import type { ConfigRecord, InstanceIps, InstanceRecord } from '../../records.js';
import type { EmulatorStore, JsonObject } from '../../types.js';
import type { SeedContext } from '../collections.js';
import { keyedRng } from '../keyed-rng.js';
import { DAY_MS } from '../seed-helpers.js';
import { linodeTime } from '../../time.js';

export const interfacesPath = (linodeId: number | string) => `/linode/instances/${linodeId}/interfaces`;
export const settingsPath = (linodeId: number | string) => `/linode/instances/${linodeId}/interfaces/settings`;

/** A MAC address drawn from the interface's id alone. */
export function macOf(id: number): string {
  const rng = keyedRng(`linode-interface/${id}`);
  return ['f2', '3c', '93', rng.hex(2), rng.hex(2), rng.hex(2)].join(':');
}

/** The default-route settings of an instance's interfaces. */
export function settingsOf(interfaces: JsonObject[], networkHelper = true): JsonObject {
  const eligible = (family: 'ipv4' | 'ipv6') => interfaces.filter((i) => i.public || (family === 'ipv4' && i.vpc)).map((i) => Number(i.id));
  const routed = (family: 'ipv4' | 'ipv6') => interfaces.find((i) => (i.default_route as JsonObject | null)?.[family] === true)?.id ?? null;
  return {
    network_helper: networkHelper,
    default_route: {
      ipv4_interface_id: routed('ipv4'),
      ipv4_eligible_interface_ids: eligible('ipv4'),
      ipv6_interface_id: routed('ipv6'),
      ipv6_eligible_interface_ids: eligible('ipv6'),
    },
  };
}

/** The public interface of an instance, over its public IPv4 addresses and its SLAAC address. */
export function publicInterface(id: number, instance: InstanceRecord, addresses: string[], slaac: string | null, at: string): JsonObject {
  return {
    id,
    version: 1,
    mac_address: macOf(id),
    created: at,
    updated: at,
    default_route: { ipv4: true, ipv6: true },
    public: {
      ipv4: { addresses: addresses.map((address, n) => ({ address, primary: n === 0 })), shared: [] },
      ipv6: { ranges: [], shared: [], slaac: slaac ? [{ prefix: 64, address: slaac }] : [] },
    },
    vpc: null,
    vlan: null,
  };
}

/** The Linode interfaces a config's interfaces become on the upgrade (a config without any: a public one). */
export function upgradedInterfaces(
  instance: InstanceRecord,
  ips: InstanceIps,
  config: ConfigRecord,
  nextId: () => number,
  at: string,
): JsonObject[] {
  const old = Array.isArray(config.interfaces) ? config.interfaces : [];
  const base = (id: number) => ({ id, version: 1, mac_address: macOf(id), created: at, updated: at, public: null, vpc: null, vlan: null });
  return (old.length === 0 ? [{ purpose: 'public' }] : old).map((c) => {
    const id = nextId();
    if (c.purpose === 'vlan')
      return { ...base(id), default_route: null, vlan: { vlan_label: c.label, ipam_address: c.ipam_address ?? null } };
    if (c.purpose === 'vpc') {
      const ipv4 = (c.ipv4 as JsonObject | null) ?? {};
      const address = { address: ipv4.vpc ?? null, primary: true, nat_1_1_address: ipv4.nat_1_1 ?? null };
      return {
        ...base(id),
        default_route: { ipv4: true },
        vpc: {
          vpc_id: c.vpc_id,
          subnet_id: c.subnet_id,
          ipv4: { addresses: [address], ranges: [] },
          ipv6: { slaac: [], ranges: [], is_public: null },
        },
      };
    }
    const slaac = (ips.ipv6.slaac?.address as string | undefined) ?? null;
    return publicInterface(
      id,
      instance,
      ips.ipv4.public.map((a) => a.address),
      slaac,
      at,
    );
  });
}

/** Puts an instance on Linode interfaces: these, its configs without config interfaces, its addresses on the public one. */
export function upgradeInstance(store: EmulatorStore, instance: InstanceRecord, interfaces: JsonObject[]): void {
  instance.interface_generation = 'linode';
  store.today[interfacesPath(instance.id)] = interfaces;
  store.today[settingsPath(instance.id)] = [settingsOf(interfaces)];
  for (const config of store.configsByInstance[instance.id] ?? []) config.interfaces = [];
  const publicId = interfaces.find((i) => i.public)?.id ?? null;
  for (const address of store.ipsByInstance[instance.id].ipv4.public) address.interface_id = publicId;
}

export function seedLinodeInterfaces(ctx: SeedContext): void {
  const { store, ids, now } = ctx;
  const nextId = () => ids.next('linodeInterface');
  const eligible = (i: InstanceRecord) => i.lke_cluster_id === null && i.status === 'running';
  const configs = (i: InstanceRecord) => store.configsByInstance[i.id] ?? [];
  const withoutConfigInterfaces = (i: InstanceRecord) => configs(i).every((c) => !Array.isArray(c.interfaces) || c.interfaces.length === 0);
  // The oldest such Linode was upgraded from config interfaces (its config had none: a public interface).
  const upgraded = store.instances.find((i) => eligible(i) && configs(i).length > 0 && withoutConfigInterfaces(i));
  if (upgraded) {
    const at = linodeTime(now - 30 * DAY_MS);
    upgradeInstance(store, upgraded, upgradedInterfaces(upgraded, store.ipsByInstance[upgraded.id], configs(upgraded)[0], nextId, at));
  }
  // The newest ones were made on Linode interfaces.
  const newest = store.instances
    .filter((i) => eligible(i) && i !== upgraded && withoutConfigInterfaces(i))
    .sort((a, b) => (a.created < b.created ? 1 : -1))
    .slice(0, 2);
  newest.forEach((instance, n) => {
    const ips = store.ipsByInstance[instance.id];
    const slaac = (ips.ipv6.slaac?.address as string | undefined) ?? null;
    const list: JsonObject[] = [
      publicInterface(
        nextId(),
        instance,
        ips.ipv4.public.map((a) => a.address),
        slaac,
        instance.created,
      ),
    ];
    if (n === 0) {
      const vlanId = nextId();
      list.push({
        id: vlanId,
        version: 1,
        mac_address: macOf(vlanId),
        created: instance.created,
        updated: instance.created,
        default_route: null,
        public: null,
        vpc: null,
        vlan: { vlan_label: 'vlan-backend', ipam_address: '10.0.0.10/24' },
      });
    }
    upgradeInstance(store, instance, list);
  });
}
