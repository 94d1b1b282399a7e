// Generic create/update/delete of the writable collections: a create answers every field of the
// response schema and shows in the list, an update changes what GETs answer, a delete removes the
// item; each records its documented events.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../src/index.js';
import { operationFact } from 'linode-facts/spec';
import { privateIpOf } from '../src/data/seed-helpers.js';
import { call, manualClock, shapeErrors, type LooseJson, seeded } from './helpers.js';

const clock = manualClock(Date.UTC(2025, 6, 1, 10, 0, 0));
let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, instances: 40, now: clock.now, rateLimits: false });
});
afterAll(() => emulator.close());

const post = (path: string, body?: unknown) => call(emulator, path, { method: 'POST', body: body ?? {} });
const put = (path: string, body: unknown) => call(emulator, path, { method: 'PUT', body });
const del = (path: string) => call(emulator, path, { method: 'DELETE' });
const col = (path: string) => seeded(emulator, path);
const actionsSince = (id: number) => emulator.store.events.filter((e) => e.id > id).map((e) => e.action);
const lastEventId = () => (emulator.store.events.at(-1)?.id as number) ?? 0;

interface Case {
  name: string;
  /** Collection path (filled in) and its facts template. */
  path: () => string;
  template: string;
  body: () => LooseJson;
  update: LooseJson;
  key?: string;
  events?: [create: string, update: string, del: string];
}

const nbWithNodes = () => col('/nodebalancers')[0];
const nbConfig = () => col(`/nodebalancers/${nbWithNodes().id}/configs`)[0];
const nodeAddress = () => {
  const nb = nbWithNodes();
  const instance = emulator.store.instances.find((i) => i.region === nb.region && privateIpOf(i)) as LooseJson;
  return `${privateIpOf(instance)}:8081`;
};

const cases: Case[] = [
  {
    name: 'firewall',
    path: () => '/networking/firewalls',
    template: '/networking/firewalls',
    body: () => ({ label: 'fw-test', rules: { inbound_policy: 'DROP', outbound_policy: 'ACCEPT' }, tags: ['b', 'a'] }),
    update: { label: 'fw-renamed', status: 'disabled' },
    events: ['firewall_create', 'firewall_update', 'firewall_delete'],
  },
  {
    name: 'VPC',
    path: () => '/vpcs',
    template: '/vpcs',
    body: () => ({ label: 'test-vpc', region: 'us-east' }),
    update: { description: 'changed' },
  },
  {
    name: 'VPC subnet',
    path: () => `/vpcs/${col('/vpcs')[0].id}/subnets`,
    template: '/vpcs/{vpcId}/subnets',
    body: () => ({ label: 'extra', ipv4: '10.9.0.0/24' }),
    update: { label: 'extra-2' },
  },
  {
    name: 'NodeBalancer',
    path: () => '/nodebalancers',
    template: '/nodebalancers',
    body: () => ({ region: 'us-east', label: 'nb-test' }),
    update: { client_conn_throttle: 5 },
    events: ['nodebalancer_create', 'nodebalancer_update', 'nodebalancer_delete'],
  },
  {
    name: 'NodeBalancer config',
    path: () => `/nodebalancers/${nbWithNodes().id}/configs`,
    template: '/nodebalancers/{nodeBalancerId}/configs',
    body: () => ({ port: 8443, protocol: 'tcp' }),
    update: { algorithm: 'leastconn' },
    events: ['nodebalancer_config_create', 'nodebalancer_config_update', 'nodebalancer_config_delete'],
  },
  {
    name: 'NodeBalancer node',
    path: () => `/nodebalancers/${nbWithNodes().id}/configs/${nbConfig().id}/nodes`,
    template: '/nodebalancers/{nodeBalancerId}/configs/{configId}/nodes',
    body: () => ({ label: 'node-extra', address: nodeAddress() }),
    update: { weight: 50, mode: 'drain' },
    events: ['nodebalancer_node_create', 'nodebalancer_node_update', 'nodebalancer_node_delete'],
  },
  {
    name: 'user',
    path: () => '/account/users',
    template: '/account/users',
    key: 'username',
    body: () => ({ username: 'zed-contractor', email: 'zed@example.com' }),
    update: { restricted: true },
  },
  {
    name: 'SSH key',
    path: () => '/profile/sshkeys',
    template: '/profile/sshkeys',
    body: () => ({ label: 'laptop', ssh_key: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKey user@laptop' }),
    update: { label: 'old-laptop' },
    events: ['user_ssh_key_add', 'user_ssh_key_update', 'user_ssh_key_delete'],
  },
  {
    name: 'StackScript',
    path: () => '/linode/stackscripts',
    template: '/linode/stackscripts',
    body: () => ({
      label: 'my-script',
      script: '#!/bin/bash\n# <UDF name="APP" label="App name" default="web" />\necho',
      images: ['linode/debian12'],
    }),
    update: { description: 'now described', is_public: true },
    events: ['stackscript_create', 'stackscript_update', 'stackscript_delete'],
  },
  {
    name: 'domain',
    path: () => '/domains',
    template: '/domains',
    body: () => ({ domain: 'new-example.com', type: 'master', soa_email: 'admin@new-example.com' }),
    update: { ttl_sec: 300, status: 'disabled' },
    events: ['dns_zone_create', 'dns_zone_update', 'dns_zone_delete'],
  },
  {
    name: 'domain record',
    path: () => `/domains/${emulator.store.domains[0].id}/records`,
    template: '/domains/{domainId}/records',
    body: () => ({ type: 'A', name: 'extra', target: '203.0.113.5' }),
    update: { target: '203.0.113.6' },
    events: ['dns_record_create', 'dns_record_update', 'dns_record_delete'],
  },
];

describe.each(cases)('$name: create, update, delete', (c) => {
  let created: LooseJson;
  const itemPath = () => `${c.path()}/${encodeURIComponent(created[c.key ?? 'id'])}`;

  it('POST answers every field of the response schema and the list shows it', async () => {
    const before = lastEventId();
    const reply = await post(c.path(), c.body());
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    created = reply.body;
    const op = operationFact('POST', c.template);
    expect(shapeErrors(created, op.response ?? {}, op.responseSchema ?? '')).toEqual([]);
    for (const [k, v] of Object.entries(c.body())) if (k !== 'tags' && k !== 'rules') expect(created[k]).toEqual(v);
    if ('created' in created) expect(created.created).toBe('2025-07-01T10:00:00');
    if (c.events) expect(actionsSince(before)).toContain(c.events[0]);
    const list = await call(emulator, c.path(), { query: { page_size: 500 } });
    expect(list.body.data.map((i: LooseJson) => i[c.key ?? 'id'])).toContain(created[c.key ?? 'id']);
    expect((await call(emulator, itemPath())).body).toEqual(created);
  });

  it('PUT merges the writable fields', async () => {
    const before = lastEventId();
    const reply = await put(itemPath(), c.update);
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    expect(reply.body).toMatchObject(c.update);
    expect((await call(emulator, itemPath())).body).toMatchObject(c.update);
    if (c.events) expect(actionsSince(before)).toContain(c.events[1]);
  });

  it('DELETE removes it', async () => {
    const before = lastEventId();
    const reply = await del(itemPath());
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({});
    expect((await call(emulator, itemPath())).status).toBe(404);
    expect((await del(itemPath())).status).toBe(404);
    if (c.events) expect(actionsSince(before)).toContain(c.events[2]);
  });
});

describe('new ids', () => {
  it('come after every existing id of the collection, and tags are sorted', async () => {
    const max = Math.max(...col('/networking/firewalls').map((f) => f.id as number));
    const reply = await post('/networking/firewalls', {
      label: 'fw-ids',
      rules: { inbound_policy: 'ACCEPT', outbound_policy: 'ACCEPT' },
      tags: ['zeta', 'alpha'],
    });
    expect(reply.body.id).toBeGreaterThan(max);
    expect(reply.body.tags).toEqual(['alpha', 'zeta']);
    expect(reply.body.status).toBe('enabled');
  });
});
