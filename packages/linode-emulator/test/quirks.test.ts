// The emulator answers like real Linode, not like the spec: every deviation of src/quirks
// is served over HTTP by default, nothing else deviates, the same seed gives the same answers, and
// objects created at run time follow the same rules.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FieldFact } from 'linode-facts/spec';
import { startEmulator, type Emulator } from '../src/index.js';
import { deviations, isDeclared, type Deviation } from '../src/quirks/compare.js';
import { answerFact, QUIRKS, quirkAt, splitAt } from '../src/quirks/index.js';
import { BEGIN, END, quirksMarkdown } from '../src/quirks/markdown.js';
import { call, exactErrors, manualClock, type LooseJson, seeded } from './helpers.js';
import { crawl, type Served } from './served.js';

const NOW = Date.UTC(2025, 5, 1, 12);
let emulator: Emulator;
let served: Served[];
let found: Deviation[];
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, rateLimits: false, now: () => NOW });
  served = await crawl(emulator);
  found = served.flatMap((g) => g.items.flatMap((item) => deviations(item, g.fact, g.schema)));
}, 60_000);
afterAll(() => emulator.close());

const group = (schema: string): LooseJson[] => served.find((g) => g.schema === schema)?.items ?? [];

/** The fact at a dotted path (arrays transparent, `*` any key), or undefined. */
function factAt(fact: FieldFact | undefined, path: string): FieldFact | undefined {
  return path.split('.').reduce<FieldFact | undefined>((f, key) => {
    const here = f?.type === 'array' ? f.items : f;
    return key === '*' ? Object.values(here?.fields ?? {})[0] : here?.fields?.[key];
  }, fact);
}

describe('the quirks table', () => {
  const entries = QUIRKS.flatMap((q) => q.at.map((at) => ({ q, at })));

  it.each(entries.map(({ q, at }) => [`${q.class} ${at}`, q, at] as const))('%s names a real place', (_, q, at) => {
    const [schema, path] = splitAt(at);
    const fact = answerFact(schema);
    const here = factAt(fact, path);
    expect(q.real.length).toBeGreaterThan(5);
    expect(q.source.length).toBeGreaterThan(5);
    if (q.class === 'new-key') {
      // A key the spec does not know, under one it knows.
      expect(here, at).toBeUndefined();
      const parent = path.split('.').slice(0, -1).join('.');
      expect(parent ? factAt(fact, parent) : fact, at).toBeDefined();
      expect(q.type).toBeDefined();
      return;
    }
    expect(here, at).toBeDefined();
    const f = here as FieldFact;
    const base = f.type === 'array' && q.class !== 'null' && q.class !== 'absent' ? (f.items as FieldFact) : f;
    if (q.class === 'null') expect(f.nullable, `${at} is nullable in the spec already`).not.toBe(true);
    if (q.class === 'enum') for (const v of q.values ?? []) expect(base.enum, at).not.toContain(v);
    if (q.class === 'int53') expect(base.type).toBe('integer');
    if (q.class === 'format') expect(base.format).toBe('date-time');
  });

  it('is printed in README.md as it is', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const printed = readme.slice(readme.indexOf(BEGIN) + BEGIN.length, readme.indexOf(END)).trim();
    expect(printed, 'run npx tsx --conditions=source src/quirks/print.ts --write').toBe(quirksMarkdown());
  });

  it("is the emulator's own: no emulator file reads the gateway's code or its facts overlay (only the spec's facts)", () => {
    const root = new URL('../src', import.meta.url).pathname;
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
    const imports = files(root).flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => (m[1].startsWith('.') ? resolve(dirname(f), m[1]) : m[1])),
    );
    expect(imports.filter((i) => i === 'linode-facts' || (i.startsWith('/') && !i.startsWith(root)))).toEqual([]);
    expect(imports).toContain('linode-facts/spec');
    // Besides Node's own modules: the spec's facts, the operations recorded from today's SDKs
    // (its own table of them, src/today/operations.ts) and the one X-Filter evaluator, nothing else.
    const packages = new Set(imports.filter((i) => !i.startsWith('/') && !i.startsWith('node:')));
    expect([...packages].sort()).toEqual(['linode-facts/spec', 'linode-facts/today-operations', 'linode-facts/xfilter']);
  });
});

describe('over HTTP, the default seed', () => {
  it('deviates from the facts only as the table declares', () => {
    const undeclared = found.filter((d) => !isDeclared(d)).map((d) => `${d.schema}.${d.path} ${d.class} ${JSON.stringify(d.value)}`);
    expect([...new Set(undeclared)]).toEqual([]);
  });

  it('shows every entry of the table, every out-of-spec enum value included', () => {
    const missing = QUIRKS.flatMap((q) =>
      q.at.flatMap((at) => {
        const [schema, path] = splitAt(at);
        const here = found.filter(
          (d) =>
            d.class === q.class &&
            d.schema === schema &&
            quirkAt(q.class, schema, d.path) === q &&
            isDeclared(d) &&
            (path.includes('*') || d.path === path),
        );
        if (!here.length) return [`${q.class} ${at}`];
        if (q.class !== 'enum') return [];
        return (q.values ?? []).filter((v) => !here.some((d) => d.value === v)).map((v) => `${at} = ${v}`);
      }),
    );
    expect(missing).toEqual([]);
  });

  it('has each class in realistic numbers', () => {
    const count = (cls: Deviation['class']) => found.filter((d) => d.class === cls).length;
    expect(count('null')).toBeGreaterThan(100);
    expect(count('absent')).toBeGreaterThan(50);
    expect(count('enum')).toBeGreaterThanOrEqual(10);
    expect(count('int53')).toBeGreaterThan(100);
    expect(count('new-key')).toBeGreaterThan(1000);
  });

  it('a null where the spec says a value: Event.duration of a database being created', () => {
    const notification = group('Event').find((e) => e.action === 'database_create' && e.status === 'notification');
    expect(notification).toMatchObject({ duration: null, percent_complete: null });
    // Finished events have a number.
    expect(
      group('Event')
        .filter((e) => e.status === 'finished')
        .every((e) => typeof e.duration === 'number'),
    ).toBe(true);
    expect(group('IPAddress').filter((ip) => ip.linode_id === null).length).toBeGreaterThanOrEqual(2);
  });

  it('an absent key: DatabaseType.deprecated, firewall rule descriptions', () => {
    expect(group('DatabaseType').length).toBeGreaterThan(0);
    expect(group('DatabaseType').every((t) => !('deprecated' in t))).toBe(true);
    const rules = group('Firewall').flatMap((f) => f.rules.inbound as LooseJson[]);
    expect(rules.some((r) => 'description' in r)).toBe(true);
    expect(rules.filter((r) => !('description' in r)).length).toBeGreaterThan(rules.length / 2);
  });

  it('an enum value outside the spec: NodeBalancer nodes `Unknown`, UDP configs, event actions', () => {
    expect(group('NodeBalancerNode').some((n) => n.status === 'Unknown')).toBe(true);
    expect(group('NodeBalancerConfig').find((c) => c.protocol === 'udp')).toMatchObject({ stickiness: 'session', cipher_suite: 'none' });
    expect(group('Event').some((e) => e.action === 'database_update')).toBe(true);
  });

  it('integers past 2^31 (some past 2^32): bucket sizes, object sizes, transfer in bytes', () => {
    const sizes = group('ObjectStorageBucket').map((b) => b.size as number);
    expect(sizes.some((s) => s > 2 ** 31 && s < 2 ** 32)).toBe(true);
    expect(sizes.some((s) => s > 2 ** 32)).toBe(true);
    expect(sizes.every(Number.isSafeInteger)).toBe(true);
    expect(
      group('ObjectList')
        .flatMap((l) => l.data as LooseJson[])
        .some((o) => o.size > 2 ** 32),
    ).toBe(true);
    expect(group('LinodeTransfer').filter((t) => t.used > 2 ** 31).length).toBeGreaterThan(10);
  });

  it('keys the spec lacks: on instances, volumes, regions, LKE, NodeBalancers, events', () => {
    const instance = group('Linode')[0];
    for (const key of [
      'placement_group',
      'disk_encryption',
      'lke_cluster_id',
      'capabilities',
      'maintenance_policy',
      'interface_generation',
      'locks',
    ])
      expect(instance, key).toHaveProperty(key);
    expect(group('Linode').some((i) => i.placement_group !== null)).toBe(true);
    expect(group('Linode').some((i) => i.lke_cluster_id !== null)).toBe(true);
    expect(group('Volume')[0]).toHaveProperty('io_ready');
    expect(group('Region')[0]).toMatchObject({ site_type: 'core' });
    expect(group('LKECluster')[0]).toMatchObject({ tier: 'standard', apl_enabled: false });
    expect(group('LKENodePool')[0]).toHaveProperty('taints');
    expect(group('NodeBalancer')[0]).toMatchObject({ type: 'common' });
    expect(group('Event')[0]).toHaveProperty('details');
  });

  it('bucket sizes and counts agree with their objects', async () => {
    for (const bucket of group('ObjectStorageBucket')) {
      const objects: LooseJson[] = [];
      let marker = '';
      for (;;) {
        const { body } = await call(emulator, `/object-storage/buckets/${bucket.cluster}/${bucket.label}/object-list`, {
          query: { page_size: 500, ...(marker ? { marker } : {}) },
        });
        objects.push(...body.data);
        if (!body.is_truncated) break;
        marker = body.next_marker;
      }
      expect(objects.length, bucket.label).toBe(bucket.objects);
      expect(
        objects.reduce((sum, o) => sum + o.size, 0),
        bucket.label,
      ).toBe(bucket.size);
    }
  });
});

describe('determinism', () => {
  const answers = async (seed: number) => {
    const e = await startEmulator({ port: 0, rateLimits: false, seed, instances: 30, now: () => NOW });
    try {
      return JSON.stringify(await crawl(e));
    } finally {
      await e.close();
    }
  };

  it('the same seed serves the same answers, deviations included; another seed others', async () => {
    const a = await answers(7);
    expect(await answers(7)).toBe(a);
    expect(await answers(8)).not.toBe(a);
  }, 60_000);
});

describe('creations at run time follow the same rules', () => {
  const clock = manualClock(NOW);
  let live: Emulator;
  beforeAll(async () => {
    live = await startEmulator({ port: 0, rateLimits: false, instances: 20, now: clock.now });
  });
  afterAll(() => live.close());
  const post = (path: string, body: unknown) => call(live, path, { method: 'POST', body });

  it("a new instance carries today's keys and its event `details`; nothing undeclared", async () => {
    const { status, body } = await post('/linode/instances', { region: 'us-east', type: 'g6-nanode-1', label: 'quirk-new' });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      placement_group: null,
      lke_cluster_id: null,
      disk_encryption: 'enabled',
      interface_generation: 'legacy_config',
      locks: [],
    });
    expect(exactErrors(body, 'Linode')).toEqual([]);
    const events = (await call(live, '/account/events', { filter: { 'entity.id': body.id } })).body.data;
    expect(events[0]).toMatchObject({ action: 'linode_create', status: 'started', details: {} });
    expect(events.flatMap((e: LooseJson) => exactErrors(e, 'Event'))).toEqual([]);
    const ips = (await call(live, `/linode/instances/${body.id}/ips`)).body;
    expect(ips.ipv4.public[0]).toMatchObject({ reserved: false, interface_id: null, assigned_entity: { id: body.id, label: 'quirk-new' } });
    expect(exactErrors(ips, 'LinodeIPs')).toEqual([]);
  });

  it('a new NodeBalancer node is `Unknown`; a new firewall has version, fingerprint and entities', async () => {
    const nb = seeded(live, '/nodebalancers')[0];
    const config = seeded(live, `/nodebalancers/${nb.id}/configs`)[0];
    const backend = live.store.instances.find((i) => i.region === nb.region && i.ipv4.some((a) => a.startsWith('192.168.')));
    const address = `${(backend?.ipv4 as string[]).find((a) => a.startsWith('192.168.'))}:8080`;
    const node = await post(`/nodebalancers/${nb.id}/configs/${config.id}/nodes`, { address, label: 'quirk-node' });
    expect(node.status, JSON.stringify(node.body)).toBe(200);
    expect(node.body).toMatchObject({ status: 'Unknown', vpc_config_id: null });
    expect(exactErrors(node.body, 'NodeBalancerNode')).toEqual([]);
    const firewall = await post('/networking/firewalls', {
      label: 'quirk-fw',
      rules: { inbound_policy: 'DROP', outbound_policy: 'ACCEPT' },
    });
    expect(firewall.status, JSON.stringify(firewall.body)).toBe(200);
    expect(firewall.body).toMatchObject({ entities: [], rules: { version: 1 } });
    expect(firewall.body.rules.fingerprint).toMatch(/^[0-9a-f]{8}$/);
    expect(exactErrors(firewall.body, 'Firewall')).toEqual([]);
  });

  it('a new LKE node has no Linode at first (instance_id null), then its Linode', async () => {
    const cluster = await post('/lke/clusters', {
      label: 'quirk-lke',
      region: 'us-east',
      k8s_version: '1.33',
      node_pools: [{ type: 'g6-standard-1', count: 1 }],
    });
    expect(cluster.status, JSON.stringify(cluster.body)).toBe(200);
    expect(cluster.body).toMatchObject({ tier: 'standard', status: 'ready', apl_enabled: false });
    const pool = (await call(live, `/lke/clusters/${cluster.body.id}/pools`)).body.data[0];
    expect(pool.nodes[0].instance_id).toBeNull();
    expect(exactErrors(pool, 'LKENodePool')).toEqual([]);
    clock.advance(2_000);
    const later = (await call(live, `/lke/clusters/${cluster.body.id}/pools`)).body.data[0];
    expect(Number.isInteger(later.nodes[0].instance_id)).toBe(true);
  });

  it('a new volume carries encryption and io_ready, true once attached and active', async () => {
    const linode = live.store.instances.find(
      (i) => (live.store.configsByInstance[i.id] ?? []).length && i.region === 'us-east',
    ) as LooseJson;
    const volume = await post('/volumes', { label: 'quirk-vol', size: 20, linode_id: linode.id });
    expect(volume.status, JSON.stringify(volume.body)).toBe(200);
    expect(volume.body).toMatchObject({ status: 'creating', io_ready: false, encryption: 'enabled' });
    clock.advance(10_000);
    expect((await call(live, `/volumes/${volume.body.id}`)).body).toMatchObject({ status: 'active', io_ready: true });
  });
});
