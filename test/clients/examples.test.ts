// The README's client examples run against the gateway and the emulator: the Apollo React page
// rendered server-side (react-dom/server through Apollo's prerenderStatic), the urql client, and the
// backend service's graphql-request typed documents with batching.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient } from 'graphql-request';
import { createGatewayClient } from '../../examples/apollo/client.js';
import { renderInstancesPage } from '../../examples/apollo/render.js';
import { createUrqlClient, instancePages } from '../../examples/urql/client.js';
import { RecentEventsDocument, RegionsDocument } from '../../examples/generated/graphql.js';
import { DEMO_TOKEN, GATEWAY_URL, startClientStack, type ClientStack } from './support.js';

let stack: ClientStack;
beforeAll(async () => {
  stack = await startClientStack({ emulator: { instances: 12 } });
});
afterAll(() => stack.close());

const byLabel = (a: any, b: any) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);

describe('examples/apollo: a React page with Apollo Client, rendered server-side', () => {
  it('renders the first instances (region, plan, its price in that region), its query sent as a persisted query', async () => {
    stack.forget();
    const client = createGatewayClient({ url: GATEWAY_URL, token: DEMO_TOKEN, fetch: stack.fetch });
    const { html, cache } = await renderInstancesPage(client, 5);
    const expected = [...stack.emulator.store.instances].sort(byLabel).slice(0, 5);
    expect(html).toContain(`Instances (5 of ${stack.emulator.store.instances.length})`);
    for (const instance of expected) expect(html).toContain(`data-id="${instance.id}"`);
    expect(html).toContain('Load more');
    expect(html).not.toContain('Loading');
    expect(Object.keys(cache as object).some((key) => key.startsWith('Instance:'))).toBe(true);
    // The page's query went out as a persisted query: a hash first, the text once.
    expect(stack.seen[0].method).toBe('GET');
    expect(stack.seen[0].url.searchParams.has('extensions')).toBe(true);
  });
});

describe('examples/urql', () => {
  it('pages through instances with relayPagination', async () => {
    const rows = await instancePages(createUrqlClient({ url: GATEWAY_URL, token: DEMO_TOKEN, fetch: stack.fetch }), 5, 3);
    expect(rows.map((r) => r.id).sort()).toEqual(stack.emulator.store.instances.map((i: any) => String(i.id)).sort());
  });
});

describe('examples/relay: the Relay settings', () => {
  it("nodeInterfaceIdField is globalId: Relay's refetch by node(id:) with an object's globalId finds it", async () => {
    const relay = JSON.parse(readFileSync(new URL('../../examples/relay/relay.config.json', import.meta.url), 'utf8'));
    const idField: string = relay.schemaConfig.nodeInterfaceIdField;
    const client = new GraphQLClient(GATEWAY_URL, { fetch: stack.fetch, headers: { authorization: `Bearer ${DEMO_TOKEN}` } });
    const listed: any = await client.request(`{ instances(first: 1) { nodes { id ${idField} } } }`);
    const [instance] = listed.instances.nodes;
    // What Relay's generated refetch query asks: node(id: $id) { ...on Instance { <nodeInterfaceIdField> } }.
    const refetched: any = await client.request(`query($id: ID!) { node(id: $id) { __typename ${idField} ... on Instance { id } } }`, {
      id: instance[idField],
    });
    expect(refetched.node).toEqual({ __typename: 'Instance', [idField]: instance[idField], id: instance.id });
  });
});

describe('graphql-request typed documents', () => {
  it('batches typed documents in one HTTP request', async () => {
    stack.forget();
    const client = new GraphQLClient(GATEWAY_URL, { fetch: stack.fetch, headers: { authorization: `Bearer ${DEMO_TOKEN}` } });
    const results: any = await client.batchRequests([
      { document: RegionsDocument },
      { document: RecentEventsDocument, variables: { first: 3 } },
    ]);
    expect(stack.seen).toHaveLength(1);
    expect(JSON.parse(stack.seen[0].body ?? '[]')).toHaveLength(2);
    expect(results[0].data.regions.nodes.length).toBeGreaterThan(0);
    expect(results[1].data.events.nodes).toHaveLength(3);
    expect(typeof results[1].data.events.nodes[0].created).toBe('string');
  });

  it('a typed document with a GraphQLClient', async () => {
    const client = new GraphQLClient(GATEWAY_URL, { fetch: stack.fetch, headers: { authorization: `Bearer ${DEMO_TOKEN}` } });
    const { events } = await client.request(RecentEventsDocument, { first: 2 });
    expect(events?.nodes).toHaveLength(2);
    expect(events?.nodes[0].created).toMatch(/Z$/);
  });
});
