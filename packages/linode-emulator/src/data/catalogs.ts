// Public catalogs: regions, Linode types, kernels, images. Hand-written where it matters,
// the rest filled from the facts.
import { schemaFact } from 'linode-facts/spec';
import type { Rng } from '../rng.js';
import type { ImageRecord, KernelRecord, RegionRecord, TypeRecord } from '../records.js';
import type { JsonObject } from '../types.js';
import { ABSENT, build, randomTime } from './fill.js';
import { keyedRng } from './keyed-rng.js';

const CORE_CAPABILITIES = ['Linodes', 'Backups', 'NodeBalancers', 'Block Storage', 'Kubernetes', 'Cloud Firewall', 'Vlans', 'Metadata'];
const EXTRA_CAPABILITIES = [
  'Object Storage',
  'GPU Linodes',
  'VPCs',
  'Premium Plans',
  'Placement Group',
  'Managed Databases',
  'Block Storage Migrations',
];

// [id, label, country]; order is the catalog's natural order.
const REGIONS: Array<[string, string, string]> = [
  ['ap-west', 'Mumbai, IN', 'in'],
  ['ca-central', 'Toronto, CA', 'ca'],
  ['ap-southeast', 'Sydney, AU', 'au'],
  ['us-iad', 'Washington, DC', 'us'],
  ['us-ord', 'Chicago, IL', 'us'],
  ['fr-par', 'Paris, FR', 'fr'],
  ['us-sea', 'Seattle, WA', 'us'],
  ['br-gru', 'Sao Paulo, BR', 'br'],
  ['nl-ams', 'Amsterdam, NL', 'nl'],
  ['se-sto', 'Stockholm, SE', 'se'],
  ['es-mad', 'Madrid, ES', 'es'],
  ['in-maa', 'Chennai, IN', 'in'],
  ['jp-osa', 'Osaka, JP', 'jp'],
  ['it-mil', 'Milan, IT', 'it'],
  ['us-mia', 'Miami, FL', 'us'],
  ['id-cgk', 'Jakarta, ID', 'id'],
  ['us-lax', 'Los Angeles, CA', 'us'],
  ['gb-lon', 'London 2, UK', 'gb'],
  ['au-mel', 'Melbourne, AU', 'au'],
  ['de-fra-2', 'Frankfurt 2, DE', 'de'],
  ['sg-sin-2', 'Singapore 2, SG', 'sg'],
  ['us-central', 'Dallas, TX', 'us'],
  ['us-west', 'Fremont, CA', 'us'],
  ['us-southeast', 'Atlanta, GA', 'us'],
  ['us-east', 'Newark, NJ', 'us'],
  ['eu-west', 'London, UK', 'gb'],
  ['ap-south', 'Singapore, SG', 'sg'],
  ['eu-central', 'Frankfurt, DE', 'de'],
  ['ap-northeast', 'Tokyo 2, JP', 'jp'],
];

/** Regions that charge more (Linode's region_prices). */
export const PRICIER_REGIONS = ['id-cgk', 'br-gru'];

export function generateRegions(rng: Rng): RegionRecord[] {
  const fact = schemaFact('Region');
  return REGIONS.map(([id, label, country], index) => {
    const resolver = () => `172.105.${rng.int(0, 255)}.${rng.int(1, 254)}`;
    return build(fact, rng, {
      id,
      label,
      country,
      capabilities: [...CORE_CAPABILITIES, ...rng.some(EXTRA_CAPABILITIES, 5)],
      // One region in outage keeps clients honest.
      status: index === 13 ? 'outage' : 'ok',
      resolvers: {
        ipv4: Array.from({ length: 4 }, resolver).join(','),
        ipv6: Array.from({ length: 2 }, () => `2600:3c0${rng.int(0, 9)}::${rng.int(2, 9)}`).join(','),
      },
      ...REGION_KEYS,
    });
  });
}

/** Today's keys of a core region (quirks/new-keys.ts); no limit per customer is null, as recorded. */
const REGION_KEYS = {
  site_type: 'core',
  placement_group_limits: { maximum_pgs_per_customer: null, maximum_linodes_per_pg: 5, maximum_linodes_per_flexible_pg: 5 },
  monitors: { alerts: ['Managed Databases', 'NodeBalancers'], metrics: ['Managed Databases', 'NodeBalancers'] },
};

// [class, id suffix, label, memory MB, vcpus, disk MB, transfer GB, network_out Mbps, monthly $, gpus]
type TypeRow = [string, string, string, number, number, number, number, number, number, number];
const TYPES: TypeRow[] = [
  ['nanode', 'g6-nanode-1', 'Nanode 1GB', 1024, 1, 25600, 1000, 1000, 5, 0],
  ['standard', 'g6-standard-1', 'Linode 2GB', 2048, 1, 51200, 2000, 2000, 12, 0],
  ['standard', 'g6-standard-2', 'Linode 4GB', 4096, 2, 81920, 4000, 4000, 24, 0],
  ['standard', 'g6-standard-4', 'Linode 8GB', 8192, 4, 163840, 5000, 5000, 48, 0],
  ['standard', 'g6-standard-6', 'Linode 16GB', 16384, 6, 327680, 8000, 6000, 96, 0],
  ['standard', 'g6-standard-8', 'Linode 32GB', 32768, 8, 655360, 16000, 7000, 192, 0],
  ['standard', 'g6-standard-16', 'Linode 64GB', 65536, 16, 1310720, 20000, 9000, 384, 0],
  ['standard', 'g6-standard-20', 'Linode 96GB', 98304, 20, 1966080, 20000, 10000, 576, 0],
  ['standard', 'g6-standard-24', 'Linode 128GB', 131072, 24, 2621440, 20000, 11000, 768, 0],
  ['standard', 'g6-standard-32', 'Linode 192GB', 196608, 32, 3932160, 20000, 12000, 1152, 0],
  ['dedicated', 'g6-dedicated-2', 'Dedicated 4GB', 4096, 2, 81920, 4000, 4000, 36, 0],
  ['dedicated', 'g6-dedicated-4', 'Dedicated 8GB', 8192, 4, 163840, 5000, 5000, 72, 0],
  ['dedicated', 'g6-dedicated-8', 'Dedicated 16GB', 16384, 8, 327680, 6000, 6000, 144, 0],
  ['dedicated', 'g6-dedicated-16', 'Dedicated 32GB', 32768, 16, 655360, 7000, 7000, 288, 0],
  ['dedicated', 'g6-dedicated-32', 'Dedicated 64GB', 65536, 32, 1310720, 8000, 8000, 576, 0],
  ['dedicated', 'g6-dedicated-48', 'Dedicated 96GB', 98304, 48, 1966080, 9000, 9000, 864, 0],
  ['dedicated', 'g6-dedicated-50', 'Dedicated 128GB', 131072, 50, 2560000, 10000, 10000, 1152, 0],
  ['dedicated', 'g6-dedicated-56', 'Dedicated 256GB', 262144, 56, 5120000, 11000, 11000, 2304, 0],
  ['dedicated', 'g6-dedicated-64', 'Dedicated 512GB', 524288, 64, 7372800, 12000, 12000, 4608, 0],
  ['highmem', 'g7-highmem-1', 'Linode 24GB', 24576, 2, 20480, 5000, 5000, 60, 0],
  ['highmem', 'g7-highmem-2', 'Linode 48GB', 49152, 2, 40960, 6000, 6000, 120, 0],
  ['highmem', 'g7-highmem-4', 'Linode 90GB', 92160, 4, 92160, 7000, 7000, 240, 0],
  ['highmem', 'g7-highmem-8', 'Linode 150GB', 153600, 8, 153600, 8000, 8000, 480, 0],
  ['highmem', 'g7-highmem-16', 'Linode 300GB', 307200, 16, 307200, 9000, 9000, 960, 0],
  ['premium', 'g7-premium-2', 'Premium 4GB', 4096, 2, 81920, 4000, 4000, 43, 0],
  ['premium', 'g7-premium-4', 'Premium 8GB', 8192, 4, 163840, 5000, 5000, 86, 0],
  ['premium', 'g7-premium-8', 'Premium 16GB', 16384, 8, 327680, 6000, 6000, 173, 0],
  ['premium', 'g7-premium-16', 'Premium 32GB', 32768, 16, 655360, 7000, 7000, 346, 0],
  ['gpu', 'g1-gpu-rtx6000-1', 'Dedicated 32GB + RTX6000 GPU x1', 32768, 8, 655360, 16000, 10000, 1000, 1],
  ['gpu', 'g1-gpu-rtx6000-2', 'Dedicated 64GB + RTX6000 GPU x2', 65536, 16, 1310720, 20000, 10000, 2000, 2],
  ['gpu', 'g1-gpu-rtx6000-3', 'Dedicated 96GB + RTX6000 GPU x3', 98304, 20, 1966080, 20000, 10000, 3000, 3],
  ['gpu', 'g1-gpu-rtx6000-4', 'Dedicated 128GB + RTX6000 GPU x4', 131072, 24, 2621440, 20000, 10000, 4000, 4],
];

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;
const hourly = (monthly: number) => round(monthly * 0.0015, 4);
const regionPrices = (monthly: number) =>
  PRICIER_REGIONS.map((id) => ({ id, hourly: hourly(round(monthly * 1.2, 2)), monthly: round(monthly * 1.2, 2) }));

export function generateTypes(rng: Rng): TypeRecord[] {
  const fact = schemaFact('LinodeType');
  return TYPES.map(([cls, id, label, memory, vcpus, disk, transfer, networkOut, monthly, gpus]) => {
    const backups = Math.max(2, Math.round((monthly / 4.8) * 2) / 2);
    return build(fact, rng, {
      id,
      label,
      disk,
      class: cls,
      price: { hourly: hourly(monthly), monthly },
      region_prices: regionPrices(monthly),
      addons: { backups: { price: { hourly: hourly(backups), monthly: backups }, region_prices: regionPrices(backups) } },
      network_out: networkOut,
      memory,
      successor: null,
      transfer,
      vcpus,
      gpus,
    });
  });
}

const KERNELS_64 = [
  '6.2.9',
  '6.1.10',
  '6.0.10',
  '5.19.2',
  '5.18.2',
  '5.17.5',
  '5.16.13',
  '5.15.10',
  '5.14.17',
  '5.13.4',
  '5.12.13',
  '5.11.9',
  '5.10.13',
  '5.9.6',
  '5.8.3',
  '5.7.6',
  '5.6.14',
  '5.5.10',
  '5.4.10',
  '5.3.11',
  '5.2.9',
  '5.1.11',
  '4.20.13',
  '4.19.8',
];
const KERNELS_32 = ['4.9.15', '4.9.7', '4.8.6', '4.7.3', '4.6.5', '4.5.5', '4.4.4', '4.1.5', '3.19.1', '3.18.5'];

export function generateKernels(rng: Rng): KernelRecord[] {
  const fact = schemaFact('Kernel');
  const kernel = (id: string, label: string, version: string, architecture: string, deprecated: boolean, pvops = true) =>
    build(fact, rng, { id, label, version, kvm: true, architecture, pvops, deprecated, built: randomTime(rng, Date.UTC(2015, 0, 1)) });
  const latest64 = `${KERNELS_64[0]}-x86_64-linode160`;
  const latest32 = `${KERNELS_32[0]}-x86-linode80`;
  const specials = [
    kernel('linode/latest-64bit', `Latest 64 bit (${latest64})`, KERNELS_64[0], 'x86_64', false),
    kernel('linode/latest-32bit', `Latest 32 bit (${latest32})`, KERNELS_32[0], 'i386', false),
    kernel('linode/grub2', 'GRUB 2', '2.06', 'x86_64', false, false),
    kernel('linode/grub-legacy', 'GRUB (Legacy)', '2.0.0', 'x86_64', false, false),
    kernel('linode/direct-disk', 'Direct Disk', '2.0.0', 'x86_64', false, false),
    kernel('linode/latest-2.6-32bit', 'Latest 2.6 (2.6.39.1-linode34)', '2.6.39', 'i386', true),
  ];
  const x64 = KERNELS_64.map((v, i) => kernel(`linode/${v}-x86_64-linode${160 - i}`, `${v}-x86_64-linode${160 - i}`, v, 'x86_64', i > 15));
  const x86 = KERNELS_32.map((v, i) => kernel(`linode/${v}-x86-linode${80 - i}`, `${v}-x86-linode${80 - i}`, v, 'i386', i > 3));
  // The oldest Xen kernel: Linode never recorded when it was built.
  const xen = build(fact, rng, {
    id: 'linode/2.6.18.8-domU-linode7',
    label: '2.6.18.8-domU-linode7',
    version: '2.6.18',
    kvm: false,
    architecture: 'i386',
    pvops: false,
    deprecated: true,
    built: null,
  });
  return [...specials, ...x64, ...x86, xen];
}

// [id, label, vendor, size MB, deprecated, eol]
const PUBLIC_IMAGES: Array<[string, string, string, number, boolean, string | null]> = [
  ['linode/almalinux8', 'AlmaLinux 8', 'AlmaLinux', 1900, false, '2029-03-01T05:00:00'],
  ['linode/almalinux9', 'AlmaLinux 9', 'AlmaLinux', 2100, false, '2032-05-31T04:00:00'],
  ['linode/alpine3.19', 'Alpine 3.19', 'Alpine', 300, false, '2025-11-01T04:00:00'],
  ['linode/alpine3.20', 'Alpine 3.20', 'Alpine', 300, false, '2026-04-01T04:00:00'],
  ['linode/arch', 'Arch Linux', 'Arch', 1500, false, null],
  ['linode/centos-stream9', 'CentOS Stream 9', 'CentOS', 3100, false, '2027-05-31T04:00:00'],
  ['linode/centos7', 'CentOS 7', 'CentOS', 2500, true, '2024-06-30T04:00:00'],
  ['linode/debian10', 'Debian 10', 'Debian', 1300, true, '2024-06-30T04:00:00'],
  ['linode/debian11', 'Debian 11', 'Debian', 1400, false, '2026-08-31T04:00:00'],
  ['linode/debian12', 'Debian 12', 'Debian', 1500, false, '2028-06-30T04:00:00'],
  ['linode/fedora39', 'Fedora 39', 'Fedora', 1600, false, '2024-11-12T05:00:00'],
  ['linode/fedora40', 'Fedora 40', 'Fedora', 1700, false, '2025-05-13T04:00:00'],
  ['linode/gentoo', 'Gentoo', 'Gentoo', 5400, false, null],
  ['linode/kali', 'Kali Linux', 'Kali', 1700, false, null],
  ['linode/opensuse15.6', 'openSUSE Leap 15.6', 'openSUSE', 2200, false, '2025-12-31T05:00:00'],
  ['linode/rocky8', 'Rocky Linux 8', 'Rocky', 2000, false, '2029-05-31T04:00:00'],
  ['linode/rocky9', 'Rocky Linux 9', 'Rocky', 2100, false, '2032-05-31T04:00:00'],
  ['linode/slackware15.0', 'Slackware 15.0', 'Slackware', 6000, false, null],
  ['linode/ubuntu16.04lts', 'Ubuntu 16.04 LTS', 'Ubuntu', 2700, true, '2021-04-29T04:00:00'],
  ['linode/ubuntu20.04', 'Ubuntu 20.04 LTS', 'Ubuntu', 2500, false, '2025-05-31T04:00:00'],
  ['linode/ubuntu22.04', 'Ubuntu 22.04 LTS', 'Ubuntu', 2500, false, '2027-04-01T04:00:00'],
  ['linode/ubuntu24.04', 'Ubuntu 24.04 LTS', 'Ubuntu', 2700, false, '2029-05-31T04:00:00'],
];

export function generateImages(rng: Rng): ImageRecord[] {
  const fact = schemaFact('Image');
  const publics = PUBLIC_IMAGES.map(([id, label, vendor, size, deprecated, eol]) => {
    const created = randomTime(rng, Date.UTC(2017, 0, 1), Date.UTC(2024, 6, 1));
    return build(fact, rng, {
      id,
      label,
      created,
      updated: created,
      created_by: 'linode',
      deprecated,
      description: null,
      is_public: true,
      size,
      type: 'manual',
      expiry: null,
      eol,
      vendor,
      status: 'available',
      ...publicImageKeys(deprecated, rng.chance(0.7) ? ['cloud-init', 'distributed-sites'] : ['distributed-sites'], size),
    });
  });
  let privateId = 2_400_000;
  const privates = Array.from({ length: 5 }, (_, i) => {
    const automatic = i === 3;
    privateId += rng.int(97, 4000);
    const created = randomTime(rng, Date.UTC(2022, 0, 1));
    const size = rng.int(1500, 9000);
    return build(fact, rng, {
      id: `private/${privateId}`,
      label: automatic ? 'linode-deleted-auto-image' : ['golden-web', 'golden-db', 'ci-runner', 'base-hardened', 'legacy-app'][i],
      created,
      updated: created,
      created_by: 'demo-user',
      deprecated: false,
      description: automatic ? null : `Private image ${i + 1} built from a configured disk.`,
      is_public: false,
      size,
      type: automatic ? 'automatic' : 'manual',
      expiry: automatic ? '2025-09-01T00:00:00' : null,
      eol: null,
      vendor: null,
      status: i === 4 ? 'pending_upload' : 'available',
      capabilities: [],
      ...privateImageKeys(privateId, i === 4 ? 'pending' : 'available', size),
    });
  });
  return [...publics, ...privates];
}

/** Deprecated public images answer as they did before capabilities and replication existed. */
function publicImageKeys(deprecated: boolean, capabilities: string[], size: number): JsonObject {
  if (deprecated) return { capabilities: ABSENT };
  return { capabilities, regions: [], total_size: size, tags: [], is_shared: false };
}

const IMAGE_REGIONS = ['us-east', 'us-iad', 'us-ord', 'eu-central', 'fr-par'];

/** A private image is stored in one or two regions; total_size counts every copy. */
export function privateImageKeys(id: number, status: string, size?: number, regions?: string[]): JsonObject {
  const rng = keyedRng(`image/${id}`);
  const where = regions ?? rng.some(IMAGE_REGIONS, 2);
  const placed = where.length ? where : [IMAGE_REGIONS[0]];
  const keys: JsonObject = { regions: placed.map((region) => ({ region, status })), tags: [], is_shared: false };
  if (size !== undefined) keys.total_size = size * placed.length;
  return keys;
}
