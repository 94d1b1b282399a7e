// Deterministic seed data: the same seed and instance count give identical stores.
import { facts } from 'linode-facts/spec';
import { Rng } from '../rng.js';
import type { ImageRecord, InstanceRecord, TypeRecord } from '../records.js';
import type { EmulatorStore, JsonObject } from '../types.js';
import { generateImages, generateKernels, generateRegions, generateTypes } from './catalogs.js';
import { seedCollections } from './collections.js';
import { seedDomains } from './domains.js';
import { makeEvent, type EventStatus } from './events.js';
import { build, EPOCH_END, randomTime } from './fill.js';
import { Ids } from './ids.js';
import { laterTime, makeBackups, makeConfigs, makeDisks, makeInstance, makeIps } from './instances.js';
import { makeVolume } from './volumes.js';
import {
  endTransition,
  isTransitional,
  settledStatus,
  TRANSITION_ACTION,
  TRANSITION_MS,
  type PendingChange,
  type TransitionalStatus,
} from '../transitions.js';
import { linodeTime, parseTime } from '../time.js';

/** The store plus the generators, kept so runtime creations continue the same sequences. */
export interface Seeded {
  store: EmulatorStore;
  rng: Rng;
  ids: Ids;
  /** Status changes that happen later (provisioning -> running, creating -> active...). */
  pending: PendingChange[];
}

const DAY_MS = 86_400_000;

const ROLES: Array<[string, number]> = [
  ['web', 25],
  ['db', 12],
  ['api', 12],
  ['worker', 10],
  ['cache', 8],
  ['lb', 6],
  ['ci', 5],
  ['monitor', 5],
  ['queue', 5],
  ['mail', 4],
  ['vpn', 4],
  ['search', 4],
];
const ENVS: Array<[string, number]> = [
  ['prod', 40],
  ['staging', 25],
  ['dev', 15],
  ['', 20],
];
const EXTRA_TAGS = ['backend', 'frontend', 'team-a', 'team-b', 'monitoring', 'billing', 'region-eu', 'region-us'];
const STATUSES: Array<[string, number]> = [
  ['running', 75],
  ['offline', 15],
  ['booting', 2],
  ['rebooting', 2],
  ['provisioning', 2],
  ['shutting_down', 1],
  ['migrating', 1],
  ['rebuilding', 1],
  ['billing_suspension', 1],
];
/** Kept free so the contract's CreateInstance example (label "web-1") can succeed. */
const RESERVED_LABELS = new Set(['web-1']);

/**
 * `now` is the emulator clock at start: recent events and in-flight transitions are placed
 * relative to it, so the same seed gives the same data relative to now.
 */
export function seedStore(seed: number, instanceCount: number, now = EPOCH_END): Seeded {
  const rng = new Rng(seed);
  const ids = new Ids(rng);
  const regions = generateRegions(rng);
  const types = generateTypes(rng);
  const kernels = generateKernels(rng);
  const images = generateImages(rng);

  const regionWeights = regions.map((r): [string, number] => [
    r.id,
    ({ 'us-east': 14, 'us-central': 8, 'eu-west': 7, 'us-west': 6 } as Record<string, number>)[r.id] ?? 2,
  ]);
  const typeWeights = types.map((t): [TypeRecord, number] => [
    t,
    (
      {
        nanode: 20,
        standard: t.memory <= 16384 ? 12 : 1,
        dedicated: t.memory <= 16384 ? 4 : 1,
        highmem: 1,
        premium: 1,
        gpu: 0.5,
      } as Record<string, number>
    )[t.class] ?? 1,
  ]);
  const publicImages = images.filter((i) => i.is_public && !i.deprecated);
  const oldImages = images.filter((i) => i.is_public && i.deprecated);
  const privateImages = images.filter((i) => !i.is_public && i.status === 'available');

  // Plan instances first; ids follow creation time, as Linode's do.
  const counters = new Map<string, number>();
  const plans = Array.from({ length: instanceCount }, () => {
    const role = rng.weighted(ROLES);
    const env = rng.weighted(ENVS);
    const prefix = env && rng.chance(0.5) ? `${role}-${env}` : role;
    let label: string;
    do {
      const n = (counters.get(prefix) ?? 0) + 1;
      counters.set(prefix, n);
      label = `${prefix}-${n}`;
    } while (RESERVED_LABELS.has(label));
    const created = randomTime(rng);
    return {
      label,
      created,
      tags: [...(env ? [env] : []), ...rng.some(EXTRA_TAGS, 2)],
      region: rng.weighted(regionWeights),
      type: rng.weighted(typeWeights),
      image: rng.weighted<ImageRecord | null>([
        [rng.pick(publicImages), 85],
        [rng.pick(oldImages), 5],
        [rng.pick(privateImages), 5],
        [null, 5],
      ]),
      status: rng.weighted(STATUSES),
    };
  });
  plans.sort((a, b) => (a.created < b.created ? -1 : a.created > b.created ? 1 : 0));

  const store: EmulatorStore = {
    regions,
    types,
    kernels,
    images,
    instances: [],
    disksByInstance: {},
    configsByInstance: {},
    backupsByInstance: {},
    ipsByInstance: {},
    volumes: [],
    events: [],
    domains: [],
    recordsByDomain: {},
    singletons: {},
    collections: {},
    today: {},
    reservedIps: [],
    bucketObjects: {},
  };

  for (const plan of plans) {
    const instance = makeInstance(rng, ids, {
      id: ids.next('linode'),
      label: plan.label,
      region: plan.region,
      type: plan.type,
      image: plan.image,
      status: plan.status,
      created: plan.created,
      updated: laterTime(rng, plan.created),
      tags: plan.tags,
      group: rng.chance(0.85) ? '' : 'legacy',
      backupsEnabled: rng.chance(0.4),
      watchdog: rng.chance(0.9),
      privateIp: rng.chance(0.3),
      hasUserData: rng.chance(0.2),
    });
    store.instances.push(instance);
    store.disksByInstance[instance.id] = makeDisks(rng, ids, instance, plan.image);
    store.ipsByInstance[instance.id] = makeIps(rng, instance);
  }

  seedVolumes(rng, ids, store);

  for (const instance of store.instances) {
    const disks = store.disksByInstance[instance.id];
    const volumeIds = store.volumes.filter((v) => v.linode_id === instance.id).map((v) => v.id);
    const image = images.find((i) => i.id === instance.image) ?? null;
    const configs = makeConfigs(rng, ids, disks, volumeIds, kernels, image);
    store.configsByInstance[instance.id] = configs;
    store.backupsByInstance[instance.id] = makeBackups(rng, ids, instance, disks, configs);
  }

  const pending = seedEvents(rng, ids, store, now);
  store.singletons = seedSingletons(rng);
  // Domains draw from their own generator so adding them changed none of the data above.
  const domainRng = new Rng(seed * 7919 + 13);
  seedDomains(domainRng, new Ids(domainRng), store);
  // So do the other collections (firewalls, NodeBalancers, LKE, databases, account...).
  seedCollections(seed, store, now);
  // Events seeded with the collections took ids above these generators' own.
  ids.raise('event', Math.max(0, ...store.events.map((e) => e.id)));
  return { store, rng, ids, pending };
}

function seedVolumes(rng: Rng, ids: Ids, store: EmulatorStore): void {
  const labels = new Set<string>();
  const uniqueLabel = (base: string) => {
    let label = base.slice(0, 32);
    for (let n = 2; labels.has(label); n += 1) label = `${base.slice(0, 28)}-${n}`;
    labels.add(label);
    return label;
  };
  const plans: Array<{ label: string; linode: InstanceRecord | null; region: string; created: string }> = [];
  for (const linode of store.instances) {
    const count = rng.weighted([
      [0, 50],
      [1, 35],
      [2, 15],
    ]);
    for (let i = 0; i < count; i += 1) {
      const label = uniqueLabel(`${rng.pick(['data', 'pgdata', 'logs', 'media', 'backup'])}-${linode.label}`);
      plans.push({ label, linode, region: linode.region, created: laterTime(rng, linode.created) });
    }
  }
  for (let i = 0; i < 15; i += 1) {
    plans.push({
      label: uniqueLabel(`${rng.pick(['scratch', 'archive', 'spare'])}-${i + 1}`),
      linode: null,
      region: rng.pick(store.regions).id,
      created: randomTime(rng),
    });
  }
  plans.sort((a, b) => (a.created < b.created ? -1 : a.created > b.created ? 1 : 0));
  store.volumes = plans.map((plan) =>
    makeVolume(rng, {
      id: ids.next('volume'),
      ...plan,
      size: rng.pick([10, 20, 20, 40, 50, 100, 250, 500, 1000]),
      tags: rng.some(['prod', 'staging', 'database', 'logs', 'media'], 2),
    }),
  );
}

interface EventPlan {
  action: string;
  at: number;
  entity: { id: number; label: string; type: 'linode' | 'volume' };
  status?: EventStatus;
  /** For a `started` event: the instance in transition, since when and until when. */
  transition?: { instance: InstanceRecord; started: number; ends: number };
}

/**
 * Creation events at their creation times, recent power and volume events (within 90 days of
 * `now`), and a `started` event for each instance caught in a transitional status, whose end is
 * scheduled.
 */
function seedEvents(rng: Rng, ids: Ids, store: EmulatorStore, now: number): PendingChange[] {
  const plans: EventPlan[] = [];
  for (const i of store.instances) {
    const entity = { id: i.id, label: i.label, type: 'linode' as const };
    const status = i.status;
    const ago = rng.int(60_000, 89 * DAY_MS);
    const elapsed = rng.int(0, 2_000);
    const transition = isTransitional(status)
      ? { instance: i, started: now - elapsed, ends: now - elapsed + TRANSITION_MS[status] }
      : undefined;
    const provisioning = status === 'provisioning' ? { status: 'started' as const, transition } : {};
    plans.push({ action: 'linode_create', at: parseTime(i.created), entity, ...provisioning });
    if (status === 'offline') plans.push({ action: 'linode_shutdown', at: now - ago, entity });
    else if (status === 'running' && rng.chance(0.3)) plans.push({ action: 'linode_reboot', at: now - ago, entity });
    else if (transition && status !== 'provisioning')
      plans.push({
        action: TRANSITION_ACTION[status as TransitionalStatus],
        at: now - elapsed,
        entity,
        status: 'started',
        transition,
      });
  }
  for (const v of store.volumes) {
    const entity = { id: v.id, label: v.label, type: 'volume' as const };
    plans.push({ action: 'volume_create', at: parseTime(v.created), entity });
    if (v.linode_id) plans.push({ action: 'volume_attach', at: parseTime(v.created), entity });
    const ago = rng.int(60_000, 89 * DAY_MS);
    if (rng.chance(0.2)) plans.push({ action: 'volume_update', at: now - ago, entity });
  }
  plans.sort((a, b) => a.at - b.at);
  const pending: PendingChange[] = [];
  store.events = plans.map(({ at, transition, ...plan }) => {
    const event = makeEvent(rng, { id: ids.next('event'), ...plan, created: linodeTime(at) });
    if (transition) {
      const { instance, started, ends } = transition;
      pending.push(endTransition(store, instance, { started, ends, to: settledStatus(store, instance), event }));
    }
    return event;
  });
  return pending;
}

/** Capabilities of the demo account (names as Linode reports them). */
const ACCOUNT_CAPABILITIES = [
  'Linodes',
  'NodeBalancers',
  'Block Storage',
  'Object Storage',
  'Kubernetes',
  'Cloud Firewall',
  'Vlans',
  'VPCs',
  'Managed Databases',
  'Machine Images',
  'LKE HA Control Planes',
  'Placement Group',
];
const REFERRAL_CODE = '871be32f49c1411b14f29f618aaf0c14637fb8d3';

/** Hand-written parts of the singletons, where generated values would mean nothing. */
const SINGLETONS: Record<string, JsonObject> = {
  '/account': {
    email: 'demo@example.com',
    company: 'Example Co',
    first_name: 'Demo',
    last_name: 'User',
    balance: 0,
    balance_uninvoiced: 12.5,
    country: 'US',
    capabilities: ACCOUNT_CAPABILITIES,
    // No card on file (the account pays another way): both null, as recorded.
    credit_card: { last_four: null, expiry: null },
    active_promotions: [
      {
        credit_monthly_cap: '10.00',
        credit_remaining: '50.00',
        description: 'Receive up to $10 off your services each month for five months.',
        expire_dt: '2030-01-31T23:59:59',
        image_url: 'https://linode.com/promo/ten-off.png',
        summary: '$10 off your Linode a month!',
        this_month_credit_remaining: '10.00',
        service_type: 'all',
      },
    ],
  },
  '/account/settings': {
    longview_subscription: 'longview-10',
    object_storage: 'active',
    maintenance_policy: 'linode/migrate',
    interfaces_for_new_linodes: 'legacy_config_default_but_linode_allowed',
  },
  // Bytes sent from Object Storage this month (past 2^31, as any busy month).
  '/object-storage/transfer': { used: 96_412_557_312 },
  '/longview/plan': { id: 'longview-10', label: 'Longview Pro 10 pack', clients_included: 10 },
  '/managed/credentials/sshkey': { ssh_key: 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQDNUqLYmeObp2HTV1ixhVwtIbm9mL managedservices@linode' },
  '/profile': {
    username: 'demo-user',
    email: 'demo@example.com',
    restricted: false,
    authorized_keys: [],
    referrals: { code: REFERRAL_CODE, url: `https://www.linode.com/?r=${REFERRAL_CODE}`, total: 0, completed: 0, pending: 0, credit: 0 },
  },
};

/** Answers of parameterless singleton GETs (/account, /profile, ...), filled from the facts. */
function seedSingletons(rng: Rng): Record<string, JsonObject> {
  const out: Record<string, JsonObject> = {};
  for (const op of facts.operations) {
    if (op.method !== 'GET' || op.paginated || op.pathParams.length || op.response?.type !== 'object') continue;
    out[op.path] = build(op.response, rng, SINGLETONS[op.path] ?? {}, 0);
  }
  return out;
}
