// A lookup by id starts the child lists whose paths need only that id (src/schema/kit/prefetch.ts):
// `instance(id:) { disks configs }` sends its three GETs at once, one round trip instead of two,
// and the children's resolvers find their answers in the request's memo (nothing is sent twice).
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GraphQLObjectType } from 'graphql';
import { schema } from '../../src/schema/index.js';
import { declaredResources } from '../../src/schema/kit/resource.js';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ emulator: { rateLimits: false } });
});
afterAll(() => stack.close());
beforeEach(() => stack.emulator.clearLog());

const lookup = `query($id: ID!, $first: Int) {
  instance(id: $id) { label disks(first: $first) { totalCount nodes { id label } } ...Boot }
}
fragment Boot on Instance { configs { nodes { id label } } }`;
const instancePath = (id: number) => `/v4/linode/instances/${id}`;

describe('a lookup by id reads its children at the same time as itself', () => {
  it("an instance's disks and configs are asked for before the instance has answered, each once", async () => {
    const { id } = stack.emulator.store.instances[0];
    // The instance answers late: its children must not wait for it.
    const release = stack.emulator.inject({ method: 'GET', path: instancePath(id), delayMs: 1_500, times: 1 });
    const pending = stack.gql(lookup, { variables: { id: String(id), first: 2 } });
    await vi.waitFor(
      () => {
        const paths = stack.emulator.log.map((e) => e.path.split('?')[0]);
        expect(paths).toEqual(expect.arrayContaining([instancePath(id), `${instancePath(id)}/disks`, `${instancePath(id)}/configs`]));
      },
      { timeout: 1_400, interval: 10 },
    );
    // All three are out while the instance has not answered: its children did not wait for it.
    const instanceEntry = stack.emulator.log.find((e) => e.path.split('?')[0] === instancePath(id));
    expect(instanceEntry?.status).toBe(0);
    const { data, errors, extensions } = await pending;
    release();
    expect(errors).toBeUndefined();
    expect(data.instance.disks.nodes.length).toBe(Math.min(2, data.instance.disks.totalCount));
    expect(data.instance.configs.nodes.length).toBeGreaterThan(0);
    // One GET each: the children's resolvers used what the lookahead started.
    expect(stack.emulator.log).toHaveLength(3);
    expect(extensions?.upstream.requests).toBe(3);
  });

  it('a missing instance is null with NOT_FOUND; its children were asked for and their 404s are not reported', async () => {
    const { data, errors } = await stack.gql(lookup, { variables: { id: '999999999' } });
    expect(data.instance).toBeNull();
    expect(errors?.map((e: { extensions?: { code?: string } }) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    expect(stack.emulator.log.map((e) => e.path.split('?')[0]).sort()).toEqual(
      [instancePath(999999999), `${instancePath(999999999)}/configs`, `${instancePath(999999999)}/disks`].sort(),
    );
  });

  it('nothing is started for a child under @include(if: false), nor for bad arguments', async () => {
    const { id } = stack.emulator.store.instances[1];
    const skipped = await stack.gql(
      'query($id: ID!) { instance(id: $id) { label disks @include(if: false) { totalCount } configs(first: -1) { totalCount } } }',
      { variables: { id: String(id) } },
    );
    expect(skipped.data.instance.label).toBeTruthy();
    expect(skipped.errors?.map((e: { extensions?: { code?: string } }) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(stack.emulator.log.map((e) => e.path.split('?')[0])).toEqual([instancePath(id)]);
  });
});

describe("a page of a list starts its nodes' child lists as soon as it arrives", () => {
  // `ips` is asked for first in each node, and is read only when the executor reaches it.
  const page = `{ instances(first: 3) { edges { node { id ips { ipv4 { public { address } } } ...Kids } } } }
fragment Kids on Instance { disks(first: 2) { totalCount } configs { nodes { id } } }`;

  it("every node's disks and configs are sent before the executor reaches any node's fields, each read once", async () => {
    // The order in which the gateway hands its upstream requests to undici (its diagnostics channel).
    const handed: string[] = [];
    const record = (message: unknown) => handed.push((message as { request: { path: string } }).request.path.split('?')[0]);
    subscribe('undici:request:create', record);
    const { data, errors, extensions } = await stack.gql(page).finally(() => unsubscribe('undici:request:create', record));
    expect(errors).toBeUndefined();
    const ids = (data.instances.edges as Array<{ node: { id: string } }>).map((edge) => Number(edge.node.id));
    expect(ids).toHaveLength(3);
    const upstream = handed.filter((path) => path.startsWith('/v4/linode/'));
    const children = ids.flatMap((id) => [`${instancePath(id)}/disks`, `${instancePath(id)}/configs`]);
    expect(upstream[0]).toBe('/v4/linode/instances');
    expect(upstream.slice(1, 7).sort()).toEqual([...children].sort());
    expect(upstream.slice(7).sort()).toEqual(ids.map((id) => `${instancePath(id)}/ips`).sort());
    // Each once: the children's resolvers used what the page started.
    const paths = stack.emulator.log.map((e) => e.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(extensions?.upstream.requests).toBe(1 + 6 + 3);
  });

  it('nothing is started for a child under @include(if: false), nor for bad arguments', async () => {
    const { errors } = await stack.gql(
      '{ instances(first: 2) { nodes { id disks @include(if: false) { totalCount } configs(first: -1) { totalCount } } } }',
    );
    expect(errors?.map((e: { extensions?: { code?: string } }) => e.extensions?.code)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT']);
    expect(stack.emulator.log.map((e) => e.path)).toEqual(['/v4/linode/instances']);
  });
});

describe('every list with children to start (generic)', () => {
  // For each root list whose type has child lists it starts: every node's child list is read once,
  // under the right parent (a child started under the wrong id would show as an extra path or a 404).
  const cases = declaredResources.flatMap(({ config }) => {
    const type = schema.getType(config.name) as GraphQLObjectType;
    if (!config.root?.many) return [];
    return Object.values(type.getFields())
      .filter((field) => typeof field.extensions.prefetchUnderParentId === 'function')
      .map((field) => ({ many: config.root!.many!, field: field.name }));
  });

  it('there are such lists', () => expect(cases.length).toBeGreaterThan(3));

  it.each(cases)('$many { nodes { $field } }', async ({ many, field }) => {
    const { data, errors, extensions } = await stack.gql(`{ ${many}(first: 2) { nodes { id ${field} { totalCount } } } }`);
    expect(errors).toBeUndefined();
    const nodes = (data?.[many]?.nodes ?? []) as unknown[];
    const paths = stack.emulator.log.map((e) => `${e.path}?${new URLSearchParams(e.query).toString()}`);
    expect(new Set(paths).size).toBe(paths.length);
    expect(stack.emulator.log.filter((e) => e.status === 404)).toEqual([]);
    // The page, and one child list per node.
    expect(extensions?.upstream.requests).toBe(1 + nodes.length);
  });
});

describe('an account-wide list a field reads under a list starts with the operation (src/loaders/catalog-prefetch.ts)', () => {
  const deep = `{ firewalls(first: 5) { nodes { devices { nodes { entity { ... on Instance { label volumes { nodes { id } } } } } } } } }`;

  it("instances' volumes under firewalls' devices: the account's volume list goes out with the firewall list", async () => {
    // The firewall list answers late: the volume list must not wait for it, nor for the devices.
    const release = stack.emulator.inject({ method: 'GET', path: '/v4/networking/firewalls', delayMs: 1_500, times: 1 });
    const pending = stack.gql(deep);
    await vi.waitFor(
      () => expect(stack.emulator.log.map((e) => e.path)).toEqual(expect.arrayContaining(['/v4/networking/firewalls', '/v4/volumes'])),
      { timeout: 1_400, interval: 10 },
    );
    expect(stack.emulator.log.find((e) => e.path === '/v4/networking/firewalls')?.status).toBe(0);
    const { data, errors } = await pending;
    release();
    expect(errors).toBeUndefined();
    const instances = (data.firewalls.nodes as Array<{ devices: { nodes: Array<{ entity: { volumes?: unknown } | null }> } }>)
      .flatMap((f) => f.devices.nodes)
      .filter((d) => d.entity?.volumes);
    expect(instances.length).toBeGreaterThan(0);
    // One volume list, read once, and no instance's own volume list.
    const paths = stack.emulator.log.map((e) => e.path);
    expect(paths.filter((p) => p === '/v4/volumes')).toHaveLength(1);
    expect(paths.filter((p) => /\/linode\/instances\/\d+\/volumes$/.test(p))).toHaveLength(0);
  });

  it('one instance in the list: the started account list serves it, no request of its own', async () => {
    const { data, errors } = await stack.gql('{ instances(first: 1) { nodes { id volumes { nodes { id } } } } }');
    expect(errors).toBeUndefined();
    expect(data.instances.nodes).toHaveLength(1);
    expect(stack.emulator.log.map((e) => e.path).sort()).toEqual(['/v4/linode/instances', '/v4/volumes']);
  });

  it('under one looked-up instance nothing account-wide is started: its own volume list', async () => {
    const { id } = stack.emulator.store.instances[2];
    const { errors } = await stack.gql(`{ instance(id: ${id}) { volumes { nodes { id } } } }`);
    expect(errors).toBeUndefined();
    expect(stack.emulator.log.map((e) => e.path).sort()).toEqual([`/v4/linode/instances/${id}`, `/v4/linode/instances/${id}/volumes`]);
  });
});

describe('every lookup by id with children to start (generic)', () => {
  // For each root lookup whose type has child lists it starts (src/schema/kit/prefetch.ts): the
  // lookup of a listed object with each such child reads every path once and nothing it does not
  // need (a child started with the wrong parent id would show as an extra path or a 404).
  const cases = declaredResources.flatMap(({ config }) => {
    const type = schema.getType(config.name) as GraphQLObjectType;
    if (!config.root?.one || !config.root.many) return [];
    return Object.values(type.getFields())
      .filter((field) => typeof field.extensions.prefetchUnderParentId === 'function')
      .map((field) => ({ one: config.root!.one!, many: config.root!.many!, field: field.name }));
  });

  it('there are such lookups', () => expect(cases.length).toBeGreaterThan(3));

  it.each(cases)('$one { $field }', async ({ one, many, field }) => {
    const listed = await stack.gql(`{ ${many}(first: 1) { nodes { id } } }`);
    const id = listed.data?.[many]?.nodes?.[0]?.id as string | undefined;
    if (id === undefined) return; // the emulator's account has none of these
    stack.emulator.clearLog();
    const { errors } = await stack.gql(`query($id: ID!) { ${one}(id: $id) { id ${field} { totalCount } } }`, { variables: { id } });
    expect(errors).toBeUndefined();
    const paths = stack.emulator.log.map((e) => `${e.path}?${new URLSearchParams(e.query).toString()}`);
    expect(new Set(paths).size).toBe(paths.length);
    expect(stack.emulator.log.filter((e) => e.status === 404)).toEqual([]);
  });
});
