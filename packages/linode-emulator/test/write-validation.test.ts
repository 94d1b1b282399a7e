// Request validation of the writes from the facts (required fields, types, enums, lengths, bounds,
// patterns) and the per-resource rules, reported as 400s with every field path at once; missing
// parents and items are 404s.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../src/index.js';
import { facts } from 'linode-facts/spec';
import { call, manualClock, seeded } from './helpers.js';

const clock = manualClock(Date.UTC(2025, 6, 1, 10, 0, 0));
let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, instances: 40, now: clock.now, rateLimits: false });
});
afterAll(() => emulator.close());

const col = (path: string) => seeded(emulator, path);
const fields = (reply: { body: { errors: Array<{ field?: string }> } }) => reply.body.errors.map((e) => e.field).sort();
const fw = () => col('/networking/firewalls')[0].id;
const nb = () => col('/nodebalancers')[0].id;
const linode = () => emulator.store.instances[0].id;
const domain = () => emulator.store.domains[0].id;
const rules = { inbound_policy: 'DROP', outbound_policy: 'ACCEPT' };

describe('the facts record required request fields', () => {
  it.each([
    ['POST', '/domains', ['domain', 'type']],
    ['POST', '/networking/firewalls', ['label', 'rules']],
    ['POST', '/lke/clusters', ['label', 'region', 'k8s_version', 'node_pools']],
    ['POST', '/linode/instances/{linodeId}/configs', ['label', 'devices']],
  ])('%s %s', (method, path, required) => {
    const op = facts.operations.find((o) => o.method === method && o.path === path);
    expect(op?.request?.required).toEqual(required);
  });

  it('nested objects and array items carry theirs', () => {
    const op = facts.operations.find((o) => o.method === 'POST' && o.path === '/networking/firewalls');
    expect(op?.request?.fields?.rules.required).toEqual(['inbound_policy', 'outbound_policy']);
    const lke = facts.operations.find((o) => o.method === 'POST' && o.path === '/lke/clusters');
    expect(lke?.request?.fields?.node_pools.items?.required).toEqual(['type', 'count']);
  });
});

describe('invalid bodies answer 400 with the field paths', () => {
  it.each<[string, string, () => string, unknown, string[]]>([
    ['domain: required missing', 'POST', () => '/domains', {}, ['domain', 'type']],
    ['domain: bad enum', 'POST', () => '/domains', { domain: 'x-example.com', type: 'primary' }, ['type']],
    ['domain: wrong type', 'POST', () => '/domains', { domain: 5, type: 'master' }, ['domain']],
    ['domain: pattern', 'POST', () => '/domains', { domain: 'not a domain', type: 'master', soa_email: 'a@b.co' }, ['domain']],
    ['domain: master without soa_email', 'POST', () => '/domains', { domain: 'x-example.com', type: 'master' }, ['soa_email']],
    ['domain: slave without masters', 'POST', () => '/domains', { domain: 'x-example.com', type: 'slave' }, ['master_ips']],
    ['domain: taken', 'POST', () => '/domains', { domain: 'example.com', type: 'master', soa_email: 'a@b.co' }, ['domain']],
    ['domain: description too long', 'PUT', () => `/domains/${domain()}`, { description: 'x'.repeat(254) }, ['description']],
    ['record: type missing', 'POST', () => `/domains/${domain()}/records`, { target: '1.2.3.4' }, ['type']],
    [
      'record: A with a name as target',
      'POST',
      () => `/domains/${domain()}/records`,
      { type: 'A', target: 'host.example.com' },
      ['target'],
    ],
    [
      'record: SRV without service and protocol',
      'POST',
      () => `/domains/${domain()}/records`,
      { type: 'SRV', target: 'sip.example.com' },
      ['protocol', 'service'],
    ],
    [
      'record: negative priority',
      'POST',
      () => `/domains/${domain()}/records`,
      { type: 'MX', target: 'mail.example.com', priority: -1 },
      ['priority'],
    ],
    ['firewall: required missing', 'POST', () => '/networking/firewalls', {}, ['label', 'rules']],
    [
      'firewall: nested required',
      'POST',
      () => '/networking/firewalls',
      { label: 'fw-x', rules: {} },
      ['rules.inbound_policy', 'rules.outbound_policy'],
    ],
    [
      'firewall: nested enum',
      'POST',
      () => '/networking/firewalls',
      { label: 'fw-x', rules: { ...rules, inbound_policy: 'ALLOW' } },
      ['rules.inbound_policy'],
    ],
    [
      'firewall: rule item fields',
      'POST',
      () => '/networking/firewalls',
      { label: 'fw-x', rules: { ...rules, inbound: [{ protocol: 'SCTP', action: 'ACCEPT', addresses: {} }] } },
      ['rules.inbound[0].protocol'],
    ],
    ['firewall: label too short', 'POST', () => '/networking/firewalls', { label: 'ab', rules }, ['label']],
    [
      'firewall: unknown device',
      'POST',
      () => '/networking/firewalls',
      { label: 'fw-x', rules, devices: { linodes: [1] } },
      ['devices.linodes[0]'],
    ],
    ['firewall rules: bad policy', 'PUT', () => `/networking/firewalls/${fw()}/rules`, { inbound_policy: 'MAYBE' }, ['inbound_policy']],
    ['firewall device: missing', 'POST', () => `/networking/firewalls/${fw()}/devices`, {}, ['id', 'type']],
    ['firewall device: unknown Linode', 'POST', () => `/networking/firewalls/${fw()}/devices`, { id: 1, type: 'linode' }, ['id']],
    ['VPC: region missing, label of a wrong type', 'POST', () => '/vpcs', { label: 7 }, ['label', 'region']],
    ['VPC: unknown region', 'POST', () => '/vpcs', { label: 'vpc-x', region: 'mars-1' }, ['region']],
    [
      'VPC: public subnet range',
      'POST',
      () => '/vpcs',
      { label: 'vpc-x', region: 'us-east', subnets: [{ label: 's', ipv4: '8.8.8.0/24' }] },
      ['subnets[0].ipv4'],
    ],
    ['subnet: required missing', 'POST', () => `/vpcs/${col('/vpcs')[0].id}/subnets`, {}, ['ipv4', 'label']],
    ['NodeBalancer: region missing', 'POST', () => '/nodebalancers', {}, ['region']],
    [
      'NodeBalancer config: bad protocol, port too big',
      'POST',
      () => `/nodebalancers/${nb()}/configs`,
      { protocol: 'udp', port: 70000 },
      ['port', 'protocol'],
    ],
    [
      'NodeBalancer node: public address',
      'POST',
      () => `/nodebalancers/${nb()}/configs/${col(`/nodebalancers/${nb()}/configs`)[0].id}/nodes`,
      { label: 'n-1', address: '45.79.1.1:80' },
      ['address'],
    ],
    [
      'NodeBalancer node: required',
      'POST',
      () => `/nodebalancers/${nb()}/configs/${col(`/nodebalancers/${nb()}/configs`)[0].id}/nodes`,
      {},
      ['address', 'label'],
    ],
    ['LKE: required missing', 'POST', () => '/lke/clusters', {}, ['k8s_version', 'label', 'node_pools', 'region']],
    [
      'LKE: pool items',
      'POST',
      () => '/lke/clusters',
      { label: 'k', region: 'us-east', k8s_version: '1.33', node_pools: [{ type: 'g6-standard-1' }] },
      ['node_pools[0].count'],
    ],
    [
      'LKE: unknown version and type',
      'POST',
      () => '/lke/clusters',
      { label: 'k', region: 'us-east', k8s_version: '1.10', node_pools: [{ type: 'g9', count: 1 }] },
      ['k8s_version', 'node_pools[0].type'],
    ],
    [
      'LKE pool: count above 100',
      'POST',
      () => `/lke/clusters/${col('/lke/clusters')[0].id}/pools`,
      { type: 'g6-standard-1', count: 101 },
      ['count'],
    ],
    ['user: required missing', 'POST', () => '/account/users', {}, ['email', 'username']],
    ['user: username pattern', 'POST', () => '/account/users', { username: 'bad name!', email: 'x@example.com' }, ['username']],
    ['SSH key: missing', 'POST', () => '/profile/sshkeys', { label: 'k' }, ['ssh_key']],
    ['SSH key: bad prefix', 'POST', () => '/profile/sshkeys', { ssh_key: 'ssh-foo AAAA' }, ['ssh_key']],
    ['StackScript: required missing', 'POST', () => '/linode/stackscripts', {}, ['images', 'label', 'script']],
    [
      'StackScript: no interpreter, unknown image',
      'POST',
      () => '/linode/stackscripts',
      { label: 'sss', script: 'echo', images: ['linode/plan9'] },
      ['images[0]', 'script'],
    ],
    ['image: disk missing', 'POST', () => '/images', {}, ['disk_id']],
    ['image: unknown disk', 'POST', () => '/images', { disk_id: 1 }, ['disk_id']],
    ['ticket: required missing', 'POST', () => '/support/tickets', {}, ['description', 'summary']],
    ['ticket reply: required', 'POST', () => `/support/tickets/${col('/support/tickets')[0].id}/replies`, {}, ['description']],
    ['disk: size missing', 'POST', () => `/linode/instances/${linode()}/disks`, {}, ['size']],
    [
      'disk: bad filesystem, no free space left',
      'POST',
      () => `/linode/instances/${linode()}/disks`,
      { size: 1, filesystem: 'zfs' },
      ['filesystem', 'size'],
    ],
    ['config: required missing', 'POST', () => `/linode/instances/${linode()}/configs`, {}, ['devices', 'label']],
    [
      'config: unknown disk',
      'POST',
      () => `/linode/instances/${linode()}/configs`,
      { label: 'c', devices: { sda: { disk_id: 1 } } },
      ['devices.sda.disk_id'],
    ],
    [
      'config: bad run level',
      'PUT',
      () => `/linode/instances/${linode()}/configs/${emulator.store.configsByInstance[linode()][0].id}`,
      { run_level: 'fast' },
      ['run_level'],
    ],
    ['rebuild: required missing', 'POST', () => `/linode/instances/${linode()}/rebuild`, {}, ['image', 'root_pass']],
    ['resize: type missing', 'POST', () => `/linode/instances/${linode()}/resize`, {}, ['type']],
    [
      'resize: bad migration type',
      'POST',
      () => `/linode/instances/${linode()}/resize`,
      { type: 'g6-standard-8', migration_type: 'hot' },
      ['migration_type'],
    ],
    ['password: missing', 'POST', () => `/linode/instances/${linode()}/password`, {}, ['root_pass']],
    ['migrate: unknown region', 'POST', () => `/linode/instances/${linode()}/migrate`, { region: 'mars-1' }, ['region']],
    ['volume clone: label missing', 'POST', () => `/volumes/${emulator.store.volumes[0].id}/clone`, {}, ['label']],
    ['volume resize: shrink', 'POST', () => `/volumes/${emulator.store.volumes[0].id}/resize`, { size: 1 }, ['size']],
    ['domain clone: domain missing', 'POST', () => `/domains/${domain()}/clone`, {}, ['domain']],
    ['domain import: required missing', 'POST', () => '/domains/import', {}, ['domain', 'remote_nameserver']],
  ])('%s', async (_name, method, path, body, expected) => {
    const reply = await call(emulator, path(), { method, body });
    expect(reply.status, JSON.stringify(reply.body)).toBe(400);
    expect(fields(reply)).toEqual(expected);
    for (const e of reply.body.errors) expect(typeof e.reason).toBe('string');
  });
});

describe('missing parents and items answer 404', () => {
  it.each<[string, string, unknown?]>([
    ['PUT', '/networking/firewalls/1', { label: 'xyz' }],
    ['DELETE', '/networking/firewalls/1'],
    ['PUT', '/networking/firewalls/1/rules', {}],
    ['POST', '/networking/firewalls/1/devices', { id: 1, type: 'linode' }],
    ['DELETE', '/vpcs/1'],
    ['POST', '/vpcs/1/subnets', { label: 's', ipv4: '10.0.0.0/24' }],
    ['POST', '/nodebalancers/1/configs', {}],
    ['POST', '/nodebalancers/1/configs/1/nodes', { label: 'n-1', address: '192.168.128.1:80' }],
    ['POST', '/lke/clusters/1/pools', { type: 'g6-standard-1', count: 1 }],
    ['POST', '/lke/clusters/1/recycle', {}],
    ['PUT', '/account/users/nobody', { email: 'a@b.co' }],
    ['DELETE', '/profile/sshkeys/1'],
    ['PUT', '/linode/stackscripts/1', {}],
    ['PUT', '/images/private/1', { label: 'x' }],
    ['POST', '/support/tickets/1/close', {}],
    ['POST', '/support/tickets/1/replies', { description: 'hi' }],
    ['POST', '/account/events/1/seen', {}],
    ['POST', '/domains/1/records', { type: 'A', target: '1.2.3.4' }],
    ['DELETE', '/domains/1'],
    ['POST', '/domains/1/clone', { domain: 'c-example.com' }],
    ['POST', '/linode/instances/1/disks', { size: 10 }],
    ['POST', '/linode/instances/1/configs', { label: 'c', devices: {} }],
    ['POST', '/linode/instances/1/clone', {}],
    ['POST', '/linode/instances/1/backups/enable', {}],
    ['POST', '/volumes/1/resize', { size: 100 }],
  ])('%s %s', async (method, path, body) => {
    expect((await call(emulator, path, { method, body })).status).toBe(404);
  });

  it('a missing parent is a 404 before the body is checked', async () => {
    const reply = await call(emulator, '/nodebalancers/1/configs/1/nodes', { method: 'POST', body: {} });
    expect(reply.status).toBe(404);
  });
});
