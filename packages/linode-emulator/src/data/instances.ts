// Builders for an instance and what hangs off it: disks, configs, IPs, backups. Used by the seed
// and by POST /linode/instances.
import { operationFact, schemaFact, type FieldFact } from 'linode-facts/spec';
import type { Rng } from '../rng.js';
import { linodeTime, parseTime } from '../time.js';
import type {
  BackupRecord,
  ConfigRecord,
  DeviceSlot,
  DiskRecord,
  ImageRecord,
  InstanceIps,
  InstanceRecord,
  InstanceSpecs,
  KernelRecord,
  TypeRecord,
} from '../records.js';
import type { InstanceBackups, JsonObject } from '../types.js';
import { build, ipv6, randomTime } from './fill.js';
import type { Ids } from './ids.js';
import { addressKeys, instanceKeys } from './instance-keys.js';

export interface InstanceSpec {
  id: number;
  label: string;
  region: string;
  type: TypeRecord;
  image: ImageRecord | null;
  status: string;
  created: string;
  updated: string;
  tags: string[];
  group: string;
  backupsEnabled: boolean;
  watchdog: boolean;
  privateIp: boolean;
  hasUserData: boolean;
}

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WINDOWS = ['W0', 'W2', 'W4', 'W6', 'W8', 'W10', 'W12', 'W14', 'W16', 'W18', 'W20', 'W22'];

export function makeInstance(rng: Rng, ids: Ids, spec: InstanceSpec): InstanceRecord {
  const type = spec.type;
  const ipv4 = [ids.publicIp(), ...(spec.privateIp ? [ids.privateIp()] : [])];
  return build(schemaFact('Linode'), rng, {
    label: spec.label,
    region: spec.region,
    image: spec.image?.id ?? null,
    type: type.id,
    group: spec.group,
    tags: [...spec.tags].sort(),
    id: spec.id,
    status: spec.status,
    hypervisor: 'kvm',
    created: spec.created,
    updated: spec.updated,
    ipv4,
    ipv6: spec.status === 'provisioning' ? null : `${ipv6(rng)}/128`,
    specs: instanceSpecs(type),
    alerts: { cpu: 90 * type.vcpus, network_in: 10, network_out: 10, transfer_quota: 80, io: 10000 },
    backups: {
      enabled: spec.backupsEnabled,
      available: spec.backupsEnabled && spec.status !== 'provisioning',
      schedule: spec.backupsEnabled ? { day: rng.pick(DAYS), window: rng.pick(WINDOWS) } : { day: null, window: null },
      last_successful: spec.backupsEnabled && spec.status !== 'provisioning' ? laterTime(rng, spec.created) : null,
    },
    watchdog_enabled: spec.watchdog,
    host_uuid: rng.hex(40),
    has_user_data: spec.hasUserData,
    ...instanceKeys(spec.id, spec.label, spec.created),
  });
}

/** An instance's `specs`: its type's, plus the accelerated devices today's API counts. */
export function instanceSpecs(type: TypeRecord): InstanceSpecs {
  return { disk: type.disk, memory: type.memory, vcpus: type.vcpus, gpus: type.gpus, transfer: type.transfer, accelerated_devices: 0 };
}

/** A time between `after` and the end of the seeded period (or `after` itself when later). */
export function laterTime(rng: Rng, after: string): string {
  const from = parseTime(after);
  const to = Math.max(from, Date.UTC(2025, 5, 1));
  return linodeTime(from + Math.floor(rng.next() * (to - from)));
}

export function makeDisks(rng: Rng, ids: Ids, instance: InstanceRecord, image: ImageRecord | null, swapSize = 512): DiskRecord[] {
  const fact = schemaFact('Disk');
  const total = instance.specs.disk;
  const status = instance.status === 'provisioning' ? 'not ready' : 'ready';
  const disk = (label: string, size: number, filesystem: string) =>
    build(fact, rng, {
      id: ids.next('disk'),
      label,
      status,
      size,
      filesystem,
      created: instance.created,
      updated: instance.created,
      disk_encryption: instance.disk_encryption,
    });
  if (!image) return [disk('Boot Disk', total, rng.pick(['raw', 'ext4']))];
  const data = rng.chance(0.3) ? Math.floor(total / 4) : 0;
  const disks = [
    disk(`${image.label} Disk`.slice(0, 48), total - swapSize - data, 'ext4'),
    disk(`${swapSize} MB Swap Image`, swapSize, 'swap'),
  ];
  if (data) disks.push(disk('data', data, 'ext4'));
  return disks;
}

/** Disks of a Linode restored from a backup: the backed-up disks, sizes and filesystems kept. */
export function makeDisksFromBackup(rng: Rng, ids: Ids, instance: InstanceRecord, backup: BackupRecord): DiskRecord[] {
  const fact = schemaFact('Disk');
  return backup.disks.map((d) =>
    build(fact, rng, {
      id: ids.next('disk'),
      label: d.label,
      status: 'not ready',
      size: d.size,
      filesystem: d.filesystem,
      created: instance.created,
      updated: instance.created,
      disk_encryption: instance.disk_encryption,
    }),
  );
}

const DEVICES = ['sda', 'sdb', 'sdc', 'sdd', 'sde', 'sdf', 'sdg', 'sdh'];

function devices(disks: DiskRecord[], volumeIds: number[]): Record<string, DeviceSlot | null> {
  const used: DeviceSlot[] = [
    ...disks.map((d) => ({ disk_id: d.id, volume_id: null })),
    ...volumeIds.map((id) => ({ disk_id: null, volume_id: id })),
  ];
  return Object.fromEntries(DEVICES.map((name, i) => [name, used[i] ?? null]));
}

/**
 * One config interface; `overrides` set what matters, the rest is filled. Only vpc interfaces have
 * `ipv4` (real answers send null on public and vlan ones), and `ipv6` is today's key.
 */
export function makeInterface(rng: Rng, ids: Ids, overrides: JsonObject): JsonObject {
  const fact = schemaFact('LinodeConfig').fields.interfaces.items ?? {};
  const vpc = overrides.purpose === 'vpc';
  return build(fact, rng, {
    id: ids.next('interface'),
    vpc_id: null,
    subnet_id: null,
    ip_ranges: null,
    ...overrides,
    ...(vpc ? {} : { ipv4: null }),
    ipv6: null,
  });
}

function interfaces(rng: Rng, ids: Ids): JsonObject[] {
  const roll = rng.next();
  if (roll < 0.7) return [];
  const iface = (overrides: JsonObject) => makeInterface(rng, ids, overrides);
  const pub = iface({ label: null, ipam_address: null, purpose: 'public', active: true, primary: true });
  if (roll < 0.85) return [pub];
  const vlan = iface({
    label: 'vlan-backend',
    ipam_address: `10.0.0.${rng.int(2, 250)}/24`,
    purpose: 'vlan',
    active: true,
    primary: false,
  });
  return [pub, vlan];
}

export function makeConfigs(
  rng: Rng,
  ids: Ids,
  disks: DiskRecord[],
  volumeIds: number[],
  kernels: KernelRecord[],
  image: ImageRecord | null,
): ConfigRecord[] {
  const fact = schemaFact('LinodeConfig');
  const versioned = kernels.filter((k) => k.architecture === 'x86_64' && !k.deprecated && /\d/.test(k.id));
  const kernel = () =>
    rng.weighted<string>([
      ['linode/grub2', 50],
      ['linode/latest-64bit', 35],
      ['linode/direct-disk', 5],
      [rng.pick(versioned).id, 10],
    ]);
  const config = (label: string, deviceDisks: DiskRecord[], vols: number[]) =>
    build(fact, rng, {
      id: ids.next('config'),
      kernel: kernel(),
      comments: rng.chance(0.8) ? '' : 'Managed by the deploy pipeline',
      memory_limit: 0,
      run_level: 'default',
      virt_mode: 'paravirt',
      interfaces: interfaces(rng, ids),
      label,
      devices: devices(deviceDisks, vols),
      root_device: '/dev/sda',
    });
  const main = config(image ? `My ${image.label} Disk Profile` : 'Boot Config', disks, volumeIds);
  if (rng.chance(0.8)) return [main];
  return [main, config('Recovery', disks.slice(0, 1), [])];
}

/** A private IPv4 address of `instance`: neither a gateway nor reverse DNS (null in real answers). */
export function privateIpv4(address: string, instance: InstanceRecord) {
  return {
    address,
    gateway: null,
    subnet_mask: '255.255.128.0',
    prefix: 17,
    type: 'ipv4',
    public: false,
    rdns: null,
    linode_id: instance.id,
    region: instance.region,
    ...addressKeys(instance),
  };
}

export function makeIps(rng: Rng, instance: InstanceRecord): InstanceIps {
  const fields = operationFact('GET', '/linode/instances/{linodeId}/ips').response?.fields ?? {};
  const v4 = fields.ipv4.fields ?? {};
  const v6 = fields.ipv6.fields ?? {};
  const region = instance.region;
  const linode_id = instance.id;
  const addresses = instance.ipv4;
  const publicIps = addresses.filter((a) => !a.startsWith('192.168.'));
  const privateIps = addresses.filter((a) => a.startsWith('192.168.'));
  const pub = publicIps.map((address) =>
    build(v4.public.items as FieldFact, rng, {
      address,
      gateway: address.replace(/\.\d+$/, '.1'),
      subnet_mask: '255.255.255.0',
      prefix: 24,
      type: 'ipv4',
      public: true,
      rdns: `${address.replace(/\./g, '-')}.ip.linodeusercontent.com`,
      linode_id,
      region,
      vpc_nat_1_1: null,
      ...addressKeys(instance),
    }),
  );
  const priv = privateIps.map((address) => build(v4.private.items as FieldFact, rng, privateIpv4(address, instance)));
  const slaac = (instance.ipv6 ?? `${ipv6(rng)}/128`).replace('/128', '');
  const v6Address = (address: string, isPublic: boolean, prefix: number) => ({
    address,
    gateway: 'fe80::1',
    subnet_mask: 'ffff:ffff:ffff:ffff::',
    prefix,
    type: 'ipv6',
    public: isPublic,
    // No reverse DNS is set on them: null.
    rdns: null,
    linode_id,
    region,
  });
  return {
    ipv4: { public: pub, private: priv, shared: [], reserved: [], vpc: [] },
    ipv6: {
      link_local: build(v6.link_local, rng, v6Address(`fe80::f03c:${rng.hex(2)}ff:fe${rng.hex(2)}:${rng.hex(4)}`, false, 64)),
      slaac: build(v6.slaac, rng, v6Address(slaac, true, 64)),
      global: [],
    },
  };
}

export function makeBackups(rng: Rng, ids: Ids, instance: InstanceRecord, disks: DiskRecord[], configs: ConfigRecord[]): InstanceBackups {
  const fact = schemaFact('Backup');
  const backup = (type: string, label: string | null, created: string, status = 'successful') =>
    build(fact, rng, {
      id: ids.next('backup'),
      type,
      status,
      available: status === 'successful',
      created,
      updated: created,
      finished: created,
      label,
      configs: configs.map((c) => c.label),
      disks: disks.map((d) => ({ size: d.size, filesystem: d.filesystem, label: d.label })),
    });
  if (!instance.backups.enabled || !instance.backups.last_successful)
    return { automatic: [], snapshot: { in_progress: null, current: null } };
  const last = instance.backups.last_successful;
  const automatic = Array.from({ length: rng.int(1, 3) }, () =>
    backup('auto', null, randomTime(rng, parseTime(instance.created), parseTime(last) + 1000)),
  );
  automatic.sort((a, b) => (a.created < b.created ? -1 : 1));
  const current = rng.chance(0.4)
    ? backup('snapshot', rng.pick(['pre-upgrade', 'before-migration', 'weekly-manual']), laterTime(rng, instance.created))
    : null;
  return { automatic, snapshot: { in_progress: null, current } };
}
