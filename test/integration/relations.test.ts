// Relations from reference fields inside nested objects (a config's devices, an LKE node) load
// their objects through the same by-id loaders as everything else.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());
beforeEach(() => stack.emulator.clearLog());

const devices = ['sda', 'sdb', 'sdc', 'sdd', 'sde', 'sdf', 'sdg', 'sdh'];

describe('relations of nested objects', () => {
  it("a config's devices lead to their volumes", async () => {
    const volume: any = stack.emulator.store.volumes.find((v: any) => v.linode_id !== null);
    const selection = devices.map((d) => `${d} { volumeId volume { id label } }`).join(' ');
    const { data, errors } = await stack.gql(`query($id: ID!) { instance(id: $id) { configs { nodes { devices { ${selection} } } } } }`, {
      variables: { id: volume.linode_id },
    });
    expect(errors).toBeUndefined();
    const slots = data.instance.configs.nodes.flatMap((c: any) => devices.map((d) => c.devices[d]).filter(Boolean));
    const withVolume = slots.filter((s: any) => s.volumeId !== null);
    expect(withVolume.length).toBeGreaterThan(0);
    for (const slot of withVolume) expect(slot.volume.id).toBe(slot.volumeId);
    expect(withVolume.map((s: any) => s.volume.label)).toContain(volume.label);
    // The instance, its configs, then the volumes: several ids in one request at most.
    const volumeReads = stack.emulator.log.filter((e) => e.path.startsWith('/v4/volumes'));
    expect(volumeReads.length).toBe(1);
  });

  it("an LKE node leads to its instance; the nodes' instances are loaded together", async () => {
    const [a, b] = stack.emulator.store.instances;
    const pool = {
      id: 7,
      type: 'g6-standard-2',
      count: 2,
      nodes: [
        { id: 'node-a', instance_id: a.id, status: 'ready' },
        { id: 'node-b', instance_id: b.id, status: 'ready' },
      ],
      autoscaler: { enabled: false, min: 2, max: 2 },
      disk_encryption: 'disabled',
      disks: [],
      labels: {},
      tags: [],
      taints: [],
    };
    // The emulator keeps no LKE clusters: the two answers are injected, shaped as Linode's.
    stack.emulator.inject({
      path: '/v4/lke/clusters/9',
      status: 200,
      body: JSON.stringify({ id: 9, label: 'k8s', region: 'us-east', k8s_version: '1.31' }),
      times: 1,
    });
    stack.emulator.inject({
      path: '/v4/lke/clusters/9/pools',
      status: 200,
      body: JSON.stringify({ data: [pool], page: 1, pages: 1, results: 1 }),
      times: 1,
    });
    const { data, errors } = await stack.gql('{ lkeCluster(id: 9) { pools { nodes { nodes { id instanceId instance { id label } } } } } }');
    expect(errors).toBeUndefined();
    expect(data.lkeCluster.pools.nodes[0].nodes).toEqual([
      { id: 'node-a', instanceId: String(a.id), instance: { id: String(a.id), label: a.label } },
      { id: 'node-b', instanceId: String(b.id), instance: { id: String(b.id), label: b.label } },
    ]);
    // Cluster and pools at once (the lookup starts its pools: src/schema/kit/prefetch.ts), then both
    // instances in one `+or` list request.
    const paths = stack.emulator.log.map((e) => e.path);
    expect(paths.slice(0, 2).sort()).toEqual(['/v4/lke/clusters/9', '/v4/lke/clusters/9/pools']);
    expect(paths[2]).toBe('/v4/linode/instances');
    expect(paths).toHaveLength(3);
    expect(JSON.parse(stack.emulator.log[2].filter ?? '{}')).toEqual({ '+or': [{ id: a.id }, { id: b.id }] });
  });

  it('an IP address is looked up by the address and leads to its instance', async () => {
    const instance = stack.emulator.store.instances[3];
    const address = {
      address: '203.0.113.7',
      gateway: '203.0.113.1',
      subnet_mask: '255.255.255.0',
      prefix: 24,
      type: 'ipv4',
      public: true,
      rdns: 'web.example.com',
      linode_id: instance.id,
      region: instance.region,
      vpc_nat_1_1: null,
    };
    stack.emulator.inject({ path: '/v4/networking/ips/203.0.113.7', status: 200, body: JSON.stringify(address), times: 1 });
    const { data, errors } = await stack.gql(
      '{ ipAddress(id: "203.0.113.7") { id address rdns vpcNat11 { vpcId } region { id } instance { label } } }',
    );
    expect(errors).toBeUndefined();
    expect(data.ipAddress).toEqual({
      id: '203.0.113.7',
      address: '203.0.113.7',
      rdns: 'web.example.com',
      vpcNat11: null,
      region: { id: instance.region },
      instance: { label: instance.label },
    });
  });

  it.each(['203.0.113.7/24', '../account', '203.0.113.7?x', 'fe80::1%eth0'])(
    'ipAddress(id: %j) is BAD_USER_INPUT with no upstream request',
    async (id) => {
      const { errors } = await stack.gql('query($id: ID!) { ipAddress(id: $id) { address } }', { variables: { id } });
      expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(stack.emulator.log).toHaveLength(0);
    },
  );

  it("lists without ids are connections too: the VLANs' instances load together, by id", async () => {
    const [a, b] = stack.emulator.store.instances;
    const vlan = { label: 'backend', region: a.region, linodes: [a.id, b.id], created: '2024-05-01T10:00:00' };
    stack.emulator.inject({
      path: '/v4/networking/vlans',
      status: 200,
      body: JSON.stringify({ data: [vlan], page: 1, pages: 1, results: 1 }),
      times: 1,
    });
    const { data, errors } = await stack.gql(
      '{ vlans(filter: { label: { eq: "backend" } }) { totalCount nodes { label created region { id } instances { label } } } }',
    );
    expect(errors).toBeUndefined();
    expect(data.vlans).toEqual({
      totalCount: 1,
      nodes: [
        {
          label: 'backend',
          created: '2024-05-01T10:00:00Z',
          region: { id: a.region },
          instances: [{ label: a.label }, { label: b.label }],
        },
      ],
    });
    expect(JSON.parse(stack.emulator.log[0].filter ?? '{}')).toEqual({ label: 'backend' });
    expect(stack.emulator.log.filter((e) => e.path === '/v4/linode/instances')).toHaveLength(1);
  });

  it('account notifications hang off the account; their entity resolves when it is in the graph', async () => {
    const instance = stack.emulator.store.instances[5];
    const notices = [
      {
        entity: null,
        label: 'Scheduled maintenance',
        message: 'A host reboot is planned.',
        body: null,
        type: 'maintenance',
        severity: 'major',
        when: '2026-12-01T02:00:00',
        until: null,
      },
      {
        entity: { id: instance.id, type: 'linode', label: instance.label, url: `/v4/linode/instances/${instance.id}` },
        label: 'Migration pending',
        message: 'Migrate soon.',
        body: null,
        type: 'migration_pending',
        severity: 'major',
        when: '2026-12-02T02:00:00',
        until: null,
      },
    ];
    stack.emulator.inject({
      path: '/v4/account/notifications',
      status: 200,
      body: JSON.stringify({ data: notices, page: 1, pages: 1, results: 2 }),
      times: 1,
    });
    const { data, errors } = await stack.gql(
      '{ account { notifications { nodes { label type severity when until entityType entityLabel entity { __typename ... on Instance { id } } } } } }',
    );
    expect(errors).toBeUndefined();
    expect(data.account.notifications.nodes).toEqual([
      {
        label: 'Scheduled maintenance',
        type: 'MAINTENANCE',
        severity: 'MAJOR',
        when: '2026-12-01T02:00:00Z',
        until: null,
        entityType: null,
        entityLabel: null,
        entity: null,
      },
      {
        label: 'Migration pending',
        type: 'MIGRATION_PENDING',
        severity: 'MAJOR',
        when: '2026-12-02T02:00:00Z',
        until: null,
        entityType: 'linode',
        entityLabel: instance.label,
        entity: { __typename: 'Instance', id: String(instance.id) },
      },
    ]);
  });

  it("a cluster's buckets, and a bucket's cluster", async () => {
    const bucket = {
      created: '2026-01-05T10:00:00',
      cluster: 'us-east-1',
      label: 'assets',
      hostname: 'assets.us-east-1.linodeobjects.com',
      size: 188318981,
      objects: 4,
    };
    stack.emulator.inject({
      path: '/v4/object-storage/buckets/us-east-1',
      status: 200,
      body: JSON.stringify({ data: [bucket], page: 1, pages: 1, results: 1 }),
      times: 1,
    });
    const { data, errors } = await stack.gql(
      '{ objectStorageCluster(id: "us-east-1") { id buckets { totalCount nodes { label size cluster { id } } } } }',
    );
    expect(errors).toBeUndefined();
    expect(data.objectStorageCluster).toEqual({
      id: 'us-east-1',
      buckets: { totalCount: 1, nodes: [{ label: 'assets', size: 188318981, cluster: { id: 'us-east-1' } }] },
    });
  });

  it("an LKE cluster's API endpoints are one request per cluster", async () => {
    const cluster = { id: 9 }; // answers injected: the cluster and its endpoints
    stack.emulator.inject({
      path: `/v4/lke/clusters/${cluster.id}`,
      status: 200,
      body: JSON.stringify({ id: cluster.id, label: 'k8s', region: 'us-east' }),
      times: 1,
    });
    const endpoints = [{ endpoint: 'https://a1b2.us-east-1.linodelke.net:443' }, { endpoint: 'https://a1b2.us-east-1.linodelke.net:6443' }];
    stack.emulator.inject({
      path: `/v4/lke/clusters/${cluster.id}/api-endpoints`,
      status: 200,
      body: JSON.stringify({ data: endpoints, page: 1, pages: 1, results: 2 }),
      times: 1,
    });
    const { data, errors } = await stack.gql(`{ lkeCluster(id: ${cluster.id}) { apiEndpoints } }`);
    expect(errors).toBeUndefined();
    expect(data.lkeCluster.apiEndpoints).toEqual(endpoints.map((e) => e.endpoint));
  });

  it('a plan newer than the cached catalog is asked for by id, once; the catalog is not read again', async () => {
    await stack.gql('{ linodeTypes(first: 1) { totalCount } }'); // the catalog, now cached
    const instance: any = stack.emulator.store.instances[0];
    const original = instance.type;
    const newer = { ...stack.emulator.store.types[0], id: 'g1-gpu-rtx4000a-8', label: 'RTX4000 Ada x1 Small' };
    stack.emulator.store.types.push(newer);
    instance.type = newer.id;
    try {
      stack.emulator.clearLog();
      const { data, errors } = await stack.gql(
        `{ a: instance(id: ${instance.id}) { type { id label } } b: instance(id: ${instance.id}) { type { id } } }`,
      );
      expect(errors).toBeUndefined();
      expect(data.a.type).toEqual({ id: newer.id, label: newer.label });
      expect(stack.emulator.log.map((e) => e.path)).toEqual([`/v4/linode/instances/${instance.id}`, `/v4/linode/types/${newer.id}`]);
    } finally {
      instance.type = original;
      stack.emulator.store.types.pop();
    }
  });

  it('a reference to something gone is null without an error; a root lookup of it keeps NOT_FOUND', async () => {
    const volume: any = stack.emulator.store.volumes[0];
    const gone = { ...volume, linode_id: 999999999 };
    stack.emulator.inject({ path: `/v4/volumes/${volume.id}`, status: 200, body: JSON.stringify(gone), times: 1 });
    // Changed in the emulator's store, however the gateway reads it (alone, or in one `+or` list
    // with the volume's instance).
    const instance: any = stack.emulator.store.instances[1];
    const before = { type: instance.type, image: instance.image };
    Object.assign(instance, { type: 'g0-retired-1', image: 'linode/gone9' });
    const { data, errors } = await stack
      .gql(`{ volume(id: ${volume.id}) { id instance { id } } instance(id: ${instance.id}) { id type { id } image { id } } }`)
      .finally(() => Object.assign(instance, before));
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      volume: { id: String(volume.id), instance: null },
      instance: { id: String(instance.id), type: null, image: null },
    });

    const root = await stack.gql('{ linodeType(id: "g0-retired-1") { id } instance(id: 999999999) { id } }');
    expect(root.data).toEqual({ linodeType: null, instance: null });
    expect(root.errors?.map((e: any) => e.extensions?.code)).toEqual(['NOT_FOUND', 'NOT_FOUND']);
  });
});
