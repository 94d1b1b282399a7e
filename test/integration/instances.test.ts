// Gateway + emulator: data, batching (exact upstream request counts), auth pass-through, errors.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_TOKEN } from 'linode-emulator';
import { contractDir } from '../support/contract.js';
import { createGateway } from '../../src/gateway.js';
import { gql, type GqlAnswer } from '../support/gql.js';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ emulator: { instances: 120 } });
});
afterAll(() => stack.close());
beforeEach(() => stack.emulator.clearLog());

const dashboard = readFileSync(new URL('instances.graphql', contractDir), 'utf8');

function countBy(log: Stack['emulator']['log']): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const entry of log) {
    const key = entry.path.replace(/\/\d+(?=\/|$)/g, '/{id}');
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

describe('batching', () => {
  it('Dashboard for 50 instances makes exactly the lower bound of upstream requests', async () => {
    // A gateway of its own: a cold cache.
    const gateway = createGateway({ linodeApiUrl: stack.emulator.url });
    const body = await gql(gateway, dashboard, { operationName: 'Dashboard', variables: { first: 50 } });
    expect(body.errors).toBeUndefined();
    await gateway.close();

    // The lower bound, for a cold cache:
    //   instances page (first 50 fit one page of 50)      1
    //   regions, linode types, kernels, images: each catalog fetched whole once (each < 500 items)  4
    //   volumes: the account's volume list (< 500) replaces one request per instance               1
    //   disks and configs: Linode has no batch endpoint, one request per instance each            100
    // Total 106. The naive plan (one request per resolved relation) would be
    //   1 + 50 regions + 50 types + 50 images + 50 disks + 50 configs + 50 volumes + one kernel per config.
    expect(countBy(stack.emulator.log)).toEqual({
      '/v4/linode/instances': 1,
      '/v4/regions': 1,
      '/v4/linode/types': 1,
      '/v4/linode/kernels': 1,
      '/v4/images': 1,
      '/v4/volumes': 1,
      '/v4/linode/instances/{id}/disks': 50,
      '/v4/linode/instances/{id}/configs': 50,
    });
    expect(stack.emulator.log).toHaveLength(106);
    expect(body.extensions?.upstream.requests).toBe(106);
  });

  it('public catalogs are shared across requests; token-scoped data is not', async () => {
    const query = '{ regions(first: 5) { nodes { id } } linodeTypes(first: 5) { nodes { id } } }';
    await stack.gql(query, { token: null });
    stack.emulator.clearLog();
    const second = await stack.gql(query, { token: DEMO_TOKEN });
    expect(second.errors).toBeUndefined();
    expect(stack.emulator.log).toHaveLength(0);
  });

  it('many instances by id go out as one +or list request', async () => {
    const ids = stack.emulator.store.instances.slice(0, 30).map((i: any) => i.id);
    const volumesQuery = `{ volumes(first: 100) { nodes { id instance { id label } } } }`;
    const { data, errors } = await stack.gql(volumesQuery);
    expect(errors).toBeUndefined();
    const attached = data.volumes.nodes.filter((v: any) => v.instance);
    expect(attached.length).toBeGreaterThan(1);
    const instanceRequests = stack.emulator.log.filter((e) => e.path === '/v4/linode/instances');
    expect(instanceRequests).toHaveLength(1);
    expect(JSON.parse(instanceRequests[0].filter ?? '{}')['+or'].length).toBe(new Set(attached.map((v: any) => v.instance.id)).size);
    expect(ids.length).toBe(30);
  });

  it('an object seen in a list is not fetched again in the same request', async () => {
    // Each config points back at its instance; the instances came in the list, so no lookup follows.
    const query = '{ instances(first: 3) { nodes { id configs { nodes { instance { id label } } } } } }';
    const { data, errors } = await stack.gql(query);
    expect(errors).toBeUndefined();
    for (const node of data.instances.nodes) {
      for (const config of node.configs.nodes) expect(config.instance.id).toBe(node.id);
    }
    expect(stack.emulator.log.filter((e) => e.path === '/v4/linode/instances')).toHaveLength(1);
    expect(stack.emulator.log).toHaveLength(4);
  });

  it('a list already fetched whole is not fetched again with another page size', async () => {
    // The root asks for up to 500 volumes (one page holds them all); the instances' volumes then
    // come from that same list instead of a second `GET /volumes`.
    const { data, errors } = await stack.gql(
      '{ volumes(first: 500) { totalCount nodes { id instance { id volumes { nodes { id } } } } } }',
    );
    expect(errors).toBeUndefined();
    expect(data.volumes.totalCount).toBeLessThanOrEqual(500);
    for (const volume of data.volumes.nodes) {
      if (volume.instance) expect(volume.instance.volumes.nodes.map((v: any) => v.id)).toContain(volume.id);
    }
    // 1 volume list + 1 `+or` list of the instances: nothing else.
    expect(stack.emulator.log.map((e) => e.path)).toEqual(['/v4/volumes', '/v4/linode/instances']);
  });

  it('the same relation selected twice (aliases) is fetched once', async () => {
    const id = stack.emulator.store.instances[0].id;
    const query = `{ instance(id: ${id}) { a: disks { totalCount } b: disks { totalCount } } again: instance(id: ${id}) { label } }`;
    const { errors } = await stack.gql(query);
    expect(errors).toBeUndefined();
    // The instance and its disks go out at once (src/schema/kit/prefetch.ts): order them.
    expect(stack.emulator.log.map((e) => e.path).sort()).toEqual([`/v4/linode/instances/${id}`, `/v4/linode/instances/${id}/disks`]);
  });
});

describe('Relay nodes', () => {
  it('node(id:) and nodes(ids:) resolve global ids of several types', async () => {
    const list = await stack.gql('{ instances(first: 2) { nodes { globalId label } } regions(first: 1) { nodes { globalId id } } }');
    const [first, second] = list.data.instances.nodes;
    const region = list.data.regions.nodes[0];
    stack.emulator.clearLog();
    const query = `query($a: ID!, $ids: [ID!]!) { node(id: $a) { __typename ... on Instance { label } } nodes(ids: $ids) { __typename ... on Instance { label } ... on Region { id } } }`;
    const { data, errors } = await stack.gql(query, { variables: { a: first.globalId, ids: [second.globalId, region.globalId] } });
    expect(errors).toBeUndefined();
    expect(data.node).toEqual({ __typename: 'Instance', label: first.label });
    expect(data.nodes).toEqual([
      { __typename: 'Instance', label: second.label },
      { __typename: 'Region', id: region.id },
    ]);
  });

  it("a child object's global id carries its parent: node(id:) reads it under the parent's path", async () => {
    const instance = stack.emulator.store.instances[0];
    const listed = await stack.gql(
      `{ instance(id: ${instance.id}) { disks(first: 1) { nodes { globalId id label } } configs(first: 1) { nodes { globalId id label } } } }`,
    );
    const disk = listed.data.instance.disks.nodes[0];
    const config = listed.data.instance.configs.nodes[0];
    expect(Buffer.from(disk.globalId, 'base64').toString()).toBe(`Disk:${instance.id}/${disk.id}`);
    stack.emulator.clearLog();
    const { data, errors } = await stack.gql(
      'query($ids: [ID!]!) { nodes(ids: $ids) { __typename ... on Disk { id label instance { id } } ... on InstanceConfig { id label } } }',
      { variables: { ids: [disk.globalId, config.globalId] } },
    );
    expect(errors).toBeUndefined();
    expect(data.nodes).toEqual([
      { __typename: 'Disk', id: disk.id, label: disk.label, instance: { id: String(instance.id) } },
      { __typename: 'InstanceConfig', id: config.id, label: config.label },
    ]);
    expect(stack.emulator.log.map((e) => e.path).sort()).toEqual(
      [
        `/v4/linode/instances/${instance.id}/configs/${config.id}`,
        `/v4/linode/instances/${instance.id}/disks/${disk.id}`,
        `/v4/linode/instances/${instance.id}`,
      ].sort(),
    );
  });

  it.each(['Disk:1', 'Disk:../1/2', 'Disk:1/2/3', 'Disk:1%2F2/3', 'NodeBalancerNode:1/../2/3'])(
    'child global id %s is BAD_USER_INPUT with no upstream request',
    async (raw) => {
      const { errors } = await stack.gql('query($id: ID!) { node(id: $id) { __typename } }', {
        variables: { id: Buffer.from(raw).toString('base64') },
      });
      expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(stack.emulator.log).toHaveLength(0);
    },
  );

  it('a malformed global id is BAD_USER_INPUT with no upstream request', async () => {
    const { errors } = await stack.gql('{ node(id: "bm90LWEtZ2xvYmFsLWlk") { __typename } }');
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(stack.emulator.log).toHaveLength(0);
  });
});

describe('authentication and errors', () => {
  it('passes the caller token to Linode as a Bearer token (legacy `token` scheme too)', async () => {
    await stack.gql('{ instances(first: 1) { totalCount } }', { token: null, headers: { authorization: `token ${DEMO_TOKEN}` } });
    expect(stack.emulator.log.map((e) => e.authorization)).toEqual([`Bearer ${DEMO_TOKEN}`]);
  });

  it('instances without a token give UNAUTHENTICATED; catalogs work', async () => {
    const { data, errors } = await stack.gql('{ instances(first: 5) { totalCount } regions(first: 1) { totalCount } }', { token: null });
    expect(errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(errors?.[0].path).toEqual(['instances']);
    expect(data.regions.totalCount).toBeGreaterThan(0);
  });

  it('a missing instance is null plus NOT_FOUND', async () => {
    const { data, errors } = await stack.gql('{ instance(id: 999999999) { id } }');
    expect(data.instance).toBeNull();
    expect(errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('a token without the scope gives FORBIDDEN with the scopes Linode wanted', async () => {
    const { errors } = await stack.gql('{ instances(first: 5) { totalCount } }', { token: 'demo-token-volumes-only' });
    expect(errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(errors?.[0].extensions?.acceptedScopes).toEqual(['linodes:read_only']);
  });

  it('an invalid id is refused before any upstream request', async () => {
    const { errors } = await stack.gql('{ instance(id: "../account") { id } }');
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(stack.emulator.log).toHaveLength(0);
  });
});

describe('by-id loading without an id filter', () => {
  it('volumes looked up by id come from one list page, not one GET each', async () => {
    const ids = stack.emulator.store.volumes.slice(0, 5).map((v: any) => v.id);
    const query = `{ ${ids.map((id: number, i: number) => `v${i}: volume(id: ${id}) { id label }`).join(' ')} }`;
    const { data, errors } = await stack.gql(query);
    expect(errors).toBeUndefined();
    expect(Object.values(data).map((v: any) => v.id)).toEqual(ids.map(String));
    expect(stack.emulator.log.map((e) => e.path)).toEqual(['/v4/volumes']);
  });
});

describe('filters and pagination match the REST equivalent', () => {
  async function rest(path: string, query: Record<string, string>, filter?: unknown) {
    const url = new URL(`${stack.emulator.url}${path}`);
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
    const response = await fetch(url, {
      headers: { authorization: `Bearer ${DEMO_TOKEN}`, ...(filter ? { 'x-filter': JSON.stringify(filter) } : {}) },
    });
    return response.json();
  }

  it('a filter with ranges, or and in gives what the same X-Filter gives', async () => {
    const query = `{ linodeTypes(first: 100, filter: { memory: { gte: 4096 }, or: [{ class: { eq: "dedicated" } }, { vcpus: { in: [1, 2] } }] }, orderBy: { field: MEMORY, direction: DESC }) {
      totalCount nodes { id } } }`;
    const { data, errors } = await stack.gql(query);
    expect(errors).toBeUndefined();
    const expected = await rest(
      '/linode/types',
      { page_size: '100' },
      {
        '+and': [{ memory: { '+gte': 4096 } }, { '+or': [{ class: 'dedicated' }, { '+or': [{ vcpus: 1 }, { vcpus: 2 }] }] }],
        '+order_by': 'memory',
        '+order': 'desc',
      },
    );
    expect(data.linodeTypes.totalCount).toBe(expected.results);
    expect(data.linodeTypes.nodes.map((n: any) => n.id)).toEqual(expected.data.map((t: any) => t.id));
    const sent = stack.emulator.log.find((e) => e.path === '/v4/linode/types' && e.filter);
    expect(sent).toBeDefined();
  });

  it('regions, which Linode cannot filter, are filtered and sorted by the gateway on the cached catalog', async () => {
    const query = `{ regions(first: 100, filter: { country: { eq: "us" }, or: [{ capabilities: { eq: "GPU Linodes" } }, { label: { contains: "tx" } }] }, orderBy: { field: LABEL, direction: DESC }) {
      totalCount nodes { id label } } }`;
    const { data, errors } = await stack.gql(query);
    expect(errors).toBeUndefined();
    const expected = (stack.emulator.store.regions as any[])
      .filter((r) => r.country === 'us' && (r.capabilities.includes('GPU Linodes') || r.label.toLowerCase().includes('tx')))
      .sort((a, b) => (a.label < b.label ? 1 : a.label > b.label ? -1 : 0));
    expect(expected.length).toBeGreaterThan(0);
    expect(data.regions.totalCount).toBe(expected.length);
    expect(data.regions.nodes).toEqual(expected.map((r) => ({ id: r.id, label: r.label })));
    // Linode was sent no X-Filter for regions (it would refuse one).
    expect(stack.emulator.log.filter((e) => e.path === '/v4/regions' && e.filter)).toHaveLength(0);
  });

  it('numeric ids compare as numbers: keyset paging by id', async () => {
    const pivot = [...stack.emulator.store.instances].map((i: any) => i.id as number).sort((a, b) => a - b)[60];
    const { data, errors } = await stack.gql(
      'query($id: ID!) { instances(first: 100, filter: { id: { gt: $id } }, orderBy: { field: ID, direction: ASC }) { totalCount nodes { id } } }',
      { variables: { id: String(pivot) } },
    );
    expect(errors).toBeUndefined();
    const expected = await rest('/linode/instances', { page_size: '100' }, { id: { '+gt': pivot }, '+order_by': 'id', '+order': 'asc' });
    expect(data.instances.totalCount).toBe(expected.results);
    expect(data.instances.nodes.map((n: any) => Number(n.id))).toEqual(expected.data.map((i: any) => i.id));
    expect(JSON.parse(stack.emulator.log.find((e) => e.filter)?.filter ?? '{}')).toEqual({
      id: { '+gt': pivot },
      '+order_by': 'id',
      '+order': 'asc',
    });
  });

  it('pages walked forward with cursors equal the REST pages', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 3; i += 1) {
      const { data }: GqlAnswer = await stack.gql(
        'query($after: String) { instances(first: 40, after: $after) { pageInfo { endCursor hasNextPage } nodes { id } } }',
        { variables: { after } },
      );
      seen.push(...data.instances.nodes.map((n: any) => n.id));
      after = data.instances.pageInfo.endCursor;
      expect(data.instances.pageInfo.hasNextPage).toBe(i < 2);
    }
    const all = await rest('/linode/instances', { page_size: '500' });
    expect(seen).toEqual(all.data.map((i: any) => String(i.id)));
  });
});
