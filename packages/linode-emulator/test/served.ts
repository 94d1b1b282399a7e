// Everything the emulator serves over HTTP, grouped by the answer name the quirks table uses: the
// lists and items a client can read, crawled the way a client would (every page, every parent).
import { facts, operationFact, type FieldFact } from 'linode-facts/spec';
import type { Emulator } from '../src/index.js';
import { COLLECTIONS, templateOf } from '../src/data/collections.js';
import { answerFact, answerName } from '../src/quirks/index.js';
import { call, type LooseJson } from './helpers.js';

export interface Served {
  /** Answer name (facts schema or ANSWERS name). */
  schema: string;
  fact: FieldFact;
  /** The paths it was read from. */
  paths: string[];
  items: LooseJson[];
}

async function get(emulator: Emulator, path: string): Promise<unknown> {
  const reply = await call(emulator, path);
  if (reply.status !== 200) throw new Error(`GET ${path}: ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply.body;
}

async function pages(emulator: Emulator, path: string): Promise<LooseJson[]> {
  const out: LooseJson[] = [];
  for (let page = 1; ; page += 1) {
    const reply = await call(emulator, path, { query: { page, page_size: 500 } });
    if (reply.status !== 200) throw new Error(`GET ${path}: ${reply.status} ${JSON.stringify(reply.body)}`);
    out.push(...reply.body.data);
    if (page >= reply.body.pages) return out;
  }
}

/** Lists read whole, by answer name. */
const LISTS: Record<string, string> = {
  Region: '/regions',
  LinodeType: '/linode/types',
  Kernel: '/linode/kernels',
  Image: '/images',
  Linode: '/linode/instances',
  Volume: '/volumes',
  Event: '/account/events',
  Domain: '/domains',
  IPAddress: '/networking/ips',
  IPv6Pool: '/networking/ipv6/pools',
  Database: '/databases/instances',
  ObjectStorageBucket: '/object-storage/buckets',
};

/** Answers read once per instance, by answer name and path under the instance. */
const PER_INSTANCE: Record<string, { under: string; list: boolean }> = {
  Disk: { under: 'disks', list: true },
  LinodeConfig: { under: 'configs', list: true },
  LinodeIPs: { under: 'ips', list: false },
  Backups: { under: 'backups', list: false },
  LinodeTransfer: { under: 'transfer', list: false },
  LinodeMonthlyTransfer: { under: 'transfer/2025/5', list: false },
  LinodeStats: { under: 'stats', list: false },
};

/** Every answer the emulator serves, grouped by answer name. */
export async function crawl(emulator: Emulator): Promise<Served[]> {
  const groups = new Map<string, Served>();
  const add = (schema: string, path: string, items: LooseJson[], fact = answerFact(schema)) => {
    const group = groups.get(schema) ?? { schema, fact, paths: [], items: [] };
    group.paths.push(path);
    group.items.push(...items);
    groups.set(schema, group);
  };
  for (const [schema, path] of Object.entries(LISTS)) add(schema, path, await pages(emulator, path));
  for (const instance of await pages(emulator, '/linode/instances')) {
    for (const [schema, { under, list }] of Object.entries(PER_INSTANCE)) {
      const path = `/linode/instances/${instance.id}/${under}`;
      add(schema, path, list ? await pages(emulator, path) : [(await get(emulator, path)) as LooseJson]);
    }
  }
  for (const domain of await pages(emulator, '/domains'))
    add('DomainRecord', `/domains/${domain.id}/records`, await pages(emulator, `/domains/${domain.id}/records`));
  for (const key of Object.keys(emulator.store.collections).sort()) {
    const template = templateOf(key) as string;
    // What the list documents (GET /account/users adds user_type to User); GET /vpcs's inline item
    // loses the types of subnet member interfaces that the VPC schema gives.
    const fact = template === '/vpcs' ? undefined : operationFact('GET', template).item;
    add(COLLECTIONS[template].schema, key, await pages(emulator, key), fact);
  }
  for (const firewall of await pages(emulator, '/networking/firewalls')) {
    const path = `/networking/firewalls/${firewall.id}/rules`;
    add('FirewallRules', path, [(await get(emulator, path)) as LooseJson]);
  }
  for (const bucket of await pages(emulator, '/object-storage/buckets')) {
    const path = `/object-storage/buckets/${bucket.cluster}/${bucket.label}/object-list`;
    add('ObjectList', path, [(await get(emulator, path)) as LooseJson]);
  }
  for (const op of facts.operations) {
    if (op.method !== 'GET' || op.paginated || op.pathParams.length || op.response?.type !== 'object') continue;
    const reply = await call(emulator, op.path);
    if (reply.status !== 200) continue;
    add(
      answerName(op.path) ?? op.path,
      op.path,
      [reply.body],
      answerName(op.path) ? answerFact(answerName(op.path) as string) : (operationFact('GET', op.path).response ?? {}),
    );
  }
  return [...groups.values()];
}
