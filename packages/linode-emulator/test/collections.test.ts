// The collections beyond instances, volumes and domains (data/collections.ts): served as lists and
// by id, shaped exactly as their 4.176 schemas, filterable, deterministic, and without secrets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { facts, operationFact } from 'linode-facts/spec';
import { startEmulator, type Emulator } from '../src/index.js';
import { COLLECTIONS, REDACTED, seedCollections, templateOf } from '../src/data/collections.js';
import { EPOCH_END } from '../src/data/fill.js';
import { seedStore } from '../src/data/seed.js';
import { call, exactErrors, type LooseJson, seeded } from './helpers.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, rateLimits: false });
});
afterAll(() => emulator.close());

const { store } = seedStore(1, 120);
const entries = Object.entries(store.collections);
const templates = Object.keys(COLLECTIONS);

describe('every collection of the table is seeded', () => {
  it.each(templates)('%s', (template) => {
    const lists = entries.filter(([path]) => templateOf(path) === template).map(([, items]) => items);
    expect(lists.length).toBeGreaterThan(0);
    expect(lists.flat().length).toBeGreaterThan(0);
  });

  it('every store key belongs to the table and every list op of the table exists in the facts', () => {
    for (const [path] of entries) expect(templateOf(path), path).toBeDefined();
    for (const template of templates) expect(operationFact('GET', template).paginated, template).toBe(true);
  });
});

describe('items have exactly the fields of their facts schema, with the right types and enums', () => {
  it.each(templates)('%s', (template) => {
    const { schema } = COLLECTIONS[template];
    const op = operationFact('GET', template);
    expect(op.itemSchema).toBe(schema);
    const items = entries.filter(([path]) => templateOf(path) === template).flatMap(([, list]) => list);
    // What the list operation documents (GET /account/users adds user_type to the User schema).
    expect(items.flatMap((item) => exactErrors(item, schema, op.item))).toEqual([]);
  });

  it('also with other seeds, few instances, or none', () => {
    const none = seedStore(4, 1).store;
    Object.assign(none, { instances: [], volumes: [] });
    seedCollections(4, none, EPOCH_END);
    for (const [seed, count, given] of [
      [2, 120],
      [9, 12],
      [4, 0, none],
    ] as const) {
      const other = given ?? seedStore(seed, count).store;
      for (const [path, items] of Object.entries(other.collections)) {
        const template = templateOf(path) as string;
        const fact = operationFact('GET', template).item;
        expect(
          items.flatMap((item) => exactErrors(item, COLLECTIONS[template].schema, fact)),
          `${seed}/${count} ${path}`,
        ).toEqual([]);
      }
    }
  });

  it("derived answers too: /databases/instances, firewall rules, an instance's firewalls", async () => {
    const dbs = await call(emulator, '/databases/instances');
    // Four clusters, and a fifth being provisioned.
    expect(dbs.body.data).toHaveLength(5);
    expect(dbs.body.data.flatMap((d: LooseJson) => exactErrors(d, 'Database'))).toEqual([]);
    const firewall = seeded(emulator, '/networking/firewalls')[0];
    const rules = await call(emulator, `/networking/firewalls/${firewall.id}/rules`);
    expect(rules.body).toEqual(firewall.rules);
    expect(exactErrors(rules.body, 'FirewallRules')).toEqual([]);
  });
});

describe('served through the API', () => {
  it('every list answers what the store holds, paged, and every item by its id', async () => {
    for (const [path, items] of Object.entries(emulator.store.collections)) {
      const spec = COLLECTIONS[templateOf(path) as string];
      const reply = await call(emulator, path, { query: { page_size: 500 } });
      expect(reply.status, path).toBe(200);
      expect(reply.body, path).toEqual({ data: items, page: 1, pages: 1, results: items.length });
      if (spec.noItems) continue;
      for (const item of items) {
        const one = await call(emulator, `${path}/${encodeURIComponent(String(item[spec.key ?? 'id']))}`);
        expect(one.status, `${path} ${String(item.id)}`).toBe(200);
        expect(one.body).toEqual(item);
      }
    }
  });

  it('database engine ids with their slash route unescaped', async () => {
    const engine = seeded(emulator, '/databases/engines')[0];
    expect(engine.id).toContain('/');
    expect((await call(emulator, `/databases/engines/${engine.id}`, { token: null })).body).toEqual(engine);
  });

  it('missing items and children of missing parents are 404 Not found', async () => {
    const missing = { errors: [{ reason: 'Not found' }] };
    for (const path of [
      '/networking/firewalls/1',
      '/networking/firewalls/1/devices',
      '/vpcs/1/subnets/1',
      '/nodebalancers/1/configs',
      '/lke/clusters/1/pools',
      '/account/users/nobody',
      '/support/tickets/1/replies',
      '/lke/versions/0.1',
      '/object-storage/clusters/xx-none-1',
    ]) {
      const reply = await call(emulator, path);
      expect(reply.status, path).toBe(404);
      expect(reply.body).toEqual(missing);
    }
    const nb = seeded(emulator, '/nodebalancers')[0];
    expect((await call(emulator, `/nodebalancers/${nb.id}/configs/1/nodes`)).status).toBe(404);
  });

  it('writes on missing items are 404', async () => {
    expect((await call(emulator, '/account/users/nobody-here/grants', { method: 'PUT', body: {} })).status).toBe(404);
  });

  it('scopes and public flags come from the facts', async () => {
    const limited = await call(emulator, '/networking/firewalls', { token: 'demo-token-volumes-only' });
    expect(limited.status).toBe(403);
    expect(limited.headers.get('x-accepted-oauth-scopes')).toBe('firewall:read_only');
    for (const path of ['/databases/engines', '/databases/types', '/object-storage/clusters']) {
      expect((await call(emulator, path, { token: null })).body.results, path).toBeGreaterThan(0);
    }
    expect((await call(emulator, '/lke/clusters', { token: null })).status).toBe(401);
  });
});

describe('X-Filter', () => {
  const firewalls = (): LooseJson[] => seeded(emulator, '/networking/firewalls');
  const clusters = () => seeded(emulator, '/lke/clusters');

  it('firewalls by label, by tag, ordered by label', async () => {
    const [first] = firewalls();
    expect((await call(emulator, '/networking/firewalls', { filter: { label: first.label } })).body.data).toEqual([first]);
    const tagged = firewalls().filter((f) => f.tags.includes('prod'));
    expect(tagged.length).toBeGreaterThan(0);
    expect((await call(emulator, '/networking/firewalls', { filter: { tags: 'prod' } })).body.data).toEqual(tagged);
    const ordered = await call(emulator, '/networking/firewalls', { filter: { '+order_by': 'label', '+order': 'desc' } });
    expect(ordered.body.data.map((f: LooseJson) => f.label)).toEqual(
      firewalls()
        .map((f) => f.label)
        .sort()
        .reverse(),
    );
  });

  it('LKE clusters by region and by version', async () => {
    for (const cluster of clusters()) {
      const byRegion = await call(emulator, '/lke/clusters', { filter: { region: cluster.region } });
      expect(byRegion.body.data).toEqual(clusters().filter((c) => c.region === cluster.region));
      const byVersion = await call(emulator, '/lke/clusters', { filter: { k8s_version: cluster.k8s_version } });
      expect(byVersion.body.data).toContainEqual(cluster);
    }
    expect((await call(emulator, '/lke/clusters', { filter: { k8s_version: '0.9' } })).body.results).toBe(0);
  });

  it('a field the schema does not mark filterable is refused', async () => {
    expect((await call(emulator, '/networking/firewalls', { filter: { status: 'enabled' } })).status).toBe(400);
  });
});

describe('no secret carries a value', () => {
  /** Field names Linode never sends a secret in (they hold a redaction marker or null). */
  const SECRETS = new Set(['secret', 'secret_key', 'token', 'ssl_key', 'ssl_cert', 'password', 'root_pass']);
  const secretValues = (value: unknown, path = ''): string[] => {
    if (Array.isArray(value)) return value.flatMap((v, i) => secretValues(v, `${path}[${i}]`));
    if (!value || typeof value !== 'object') return [];
    return Object.entries(value).flatMap(([k, v]) => [
      ...(SECRETS.has(k) && v !== null && v !== REDACTED ? [`${path}.${k}=${JSON.stringify(v)}`] : []),
      ...secretValues(v, `${path}.${k}`),
    ]);
  };

  it('in any seeded collection', () => {
    // A transfer's token is its id, which both accounts see.
    const transfers = new Set(['/account/service-transfers', '/account/entity-transfers']);
    expect(secretValues(Object.fromEntries(Object.entries(store.collections).filter(([path]) => !transfers.has(path))))).toEqual([]);
    const redacted = (template: string, field: string) => store.collections[template].every((i) => i[field] === REDACTED);
    expect(redacted('/account/oauth-clients', 'secret')).toBe(true);
    expect(redacted('/object-storage/keys', 'secret_key')).toBe(true);
    expect(redacted('/profile/tokens', 'token')).toBe(true);
  });
});

describe('determinism', () => {
  it('the same seed gives the same collections, another seed others', () => {
    expect(JSON.stringify(seedStore(5, 60).store.collections)).toBe(JSON.stringify(seedStore(5, 60).store.collections));
    expect(JSON.stringify(seedStore(5, 60).store.collections)).not.toBe(JSON.stringify(seedStore(6, 60).store.collections));
  });

  it('seeding the collections adds their objects, their events and the references they set, nothing else', () => {
    const seeded = seedStore(1, 120).store;
    const snapshot = JSON.stringify(seeded);
    // Undo what they add (the references they set on instances are set again to the same values).
    const theirs = (e: LooseJson) => ['database', 'placement_group'].includes(e.entity.type) || e.status === 'scheduled';
    Object.assign(seeded, {
      collections: {},
      today: {},
      reservedIps: [],
      bucketObjects: {},
      events: seeded.events.filter((e) => !theirs(e)),
    });
    seedCollections(1, seeded, EPOCH_END);
    expect(JSON.stringify(seeded)).toBe(snapshot);
  });

  it("recent objects are placed before the clock, in Linode's zone-less format", () => {
    const now = Date.UTC(2026, 2, 15, 12);
    const recent = seedStore(1, 40, now).store.collections;
    const times = [
      ...recent['/account/logins'].map((l) => l.datetime as string),
      ...recent['/account/invoices'].map((i) => i.date as string),
      ...recent['/support/tickets'].map((t) => t.opened as string),
    ];
    for (const t of times) {
      expect(t).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
      expect(Date.parse(`${t}Z`)).toBeLessThan(now);
      expect(Date.parse(`${t}Z`)).toBeGreaterThan(now - 200 * 86_400_000);
    }
  });
});

it('each collection of the table has an item GET in the facts unless marked noItems', () => {
  // Guards the table against typos in templates: each has its item GET in the facts unless marked.
  for (const [template, spec] of Object.entries(COLLECTIONS)) {
    const item = facts.operations.find(
      (o) => o.method === 'GET' && o.path.startsWith(`${template}/{`) && o.path.split('/').length === template.split('/').length + 1,
    );
    expect(Boolean(item), template).toBe(!spec.noItems);
  }
});

describe('the image list in Linode’s order', () => {
  it("the account's own images first, oldest id first, then the public ones (linodego's TestImages_List)", async () => {
    const { body } = await call(emulator, '/images', { query: { page_size: 500 } });
    const ids = (body as { data: Array<{ id: string; is_public: boolean }> }).data.map((i) => i.id);
    const own = ids.filter((id) => id.startsWith('private/'));
    expect(own.length).toBeGreaterThan(0);
    expect(ids.slice(0, own.length)).toEqual(own);
    expect(own).toEqual([...own].sort((a, b) => Number(a.slice(8)) - Number(b.slice(8))));
    expect(ids.slice(own.length).every((id) => !id.startsWith('private/'))).toBe(true);
  });
});
