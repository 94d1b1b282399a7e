// Apollo Client 4's normalised cache with the generated config (issue 12, point 6): objects
// without an id merge into their parent instead of churning, fragments on `Node` match (possibleTypes),
// connections page with fetchMore, mutations update cached objects, and partial data keeps its
// error codes.
import { format } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { createCache, createGatewayClient } from '../../examples/apollo/client.js';
import { DEMO_TOKEN, GATEWAY_URL, startClientStack, type ClientStack } from './support.js';

let stack: ClientStack;
beforeAll(async () => {
  stack = await startClientStack();
});
afterAll(() => stack.close());

const client = (cache: InMemoryCache = createCache()) =>
  new ApolloClient({
    link: new HttpLink({ uri: GATEWAY_URL, fetch: stack.fetch, headers: { authorization: `Bearer ${DEMO_TOKEN}` } }),
    cache,
  });

// Two parts of a page, each with its own view of the instances' id-less `alerts` and `specs`.
const ALERTS = gql`
  query AlertsPanel {
    instances(first: 5) {
      nodes {
        id
        alerts {
          cpu
        }
        specs {
          disk
        }
      }
    }
  }
`;
const SIZES = gql`
  query SizesPanel {
    instances(first: 5) {
      nodes {
        id
        alerts {
          io
        }
        specs {
          memory
        }
      }
    }
  }
`;

/** Both watched queries' first complete results; resolves with the requests made meanwhile. */
async function watchBoth(apollo: ApolloClient): Promise<{ a: any; b: any }> {
  const first = (query: typeof ALERTS) =>
    new Promise<any>((resolve, reject) => {
      const sub = apollo.watchQuery({ query }).subscribe({
        next: (result) => {
          if (result.dataState === 'complete') {
            resolve(result.data);
            setTimeout(() => sub.unsubscribe(), 0);
          }
        },
        error: reject,
      });
    });
  const [a, b] = await Promise.all([first(ALERTS), first(SIZES)]);
  return { a, b };
}

/** Runs `work`; returns what Apollo wrote to console.warn and console.error meanwhile (kept out of the test output). */
async function apolloWarnings(work: () => Promise<unknown>): Promise<string> {
  const written: string[] = [];
  const spies = (['warn', 'error'] as const).map((method) =>
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void written.push(format(...args))),
  );
  try {
    await work();
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  return written.join('\n');
}

describe('point 6: objects without an id, with the generated typePolicies and possibleTypes', () => {
  it('two watched queries over the same instances make 2 requests, and the cache answers both at once', async () => {
    stack.forget();
    const cache = createCache();
    let both: { a: any; b: any } = { a: undefined, b: undefined };
    expect(await apolloWarnings(async () => (both = await watchBoth(client(cache))))).toBe('');
    const { a, b } = both;
    expect(a.instances.nodes[0].alerts).toHaveProperty('cpu');
    expect(b.instances.nodes[0].specs).toHaveProperty('memory');
    expect(stack.seen).toHaveLength(2);
    // Both are complete in the cache together: neither write replaced the other's embedded fields.
    expect(cache.readQuery({ query: ALERTS })).not.toBeNull();
    expect(cache.readQuery({ query: SIZES })).not.toBeNull();
  });

  it('without the config, the second write replaces the embedded objects and the first query is no longer in the cache (the churn)', async () => {
    const cache = new InMemoryCache();
    const apollo = client(cache);
    const warnings = await apolloWarnings(async () => {
      await apollo.query({ query: ALERTS });
      await apollo.query({ query: SIZES });
    });
    expect(cache.readQuery({ query: ALERTS })).toBeNull();
    // Apollo says why: the second write replaced the embedded objects of the first.
    expect(warnings).toMatch(/Cache data may be lost when replacing the (alerts|specs) field of a Instance object/);
  });

  it('a fragment on the Node interface keeps its fields (possibleTypes)', async () => {
    const NODE_FRAGMENT = gql`
      query NodeFields {
        instances(first: 2) {
          nodes {
            ...NodeBits
          }
        }
      }
      fragment NodeBits on Node {
        globalId
      }
    `;
    const cache = createCache();
    expect(await apolloWarnings(() => client(cache).query({ query: NODE_FRAGMENT }))).toBe('');
    const read: any = cache.readQuery({ query: NODE_FRAGMENT });
    expect(read.instances.nodes[0].globalId).toEqual(expect.any(String));

    const plain = new InMemoryCache();
    const warnings = await apolloWarnings(async () => {
      await client(plain).query({ query: NODE_FRAGMENT });
      const lost: any = plain.readQuery({ query: NODE_FRAGMENT });
      expect(lost?.instances?.nodes?.[0]?.globalId).toBeUndefined();
    });
    expect(warnings).toMatch(/Cannot match fragment `NodeBits` on `Node` against `Instance`.*possibleTypes/);
  });
});

describe('what must keep working', () => {
  const PAGE = gql`
    query Paged($after: String) {
      instances(first: 5, after: $after, orderBy: { field: LABEL, direction: ASC }) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            label
          }
        }
        nodes {
          id
        }
      }
    }
  `;

  it('relayStylePagination with fetchMore appends the next page (edges and nodes)', async () => {
    const apollo = client();
    const watched = apollo.watchQuery({ query: PAGE });
    const first: any = await new Promise((resolve) => {
      const sub = watched.subscribe((r) => {
        if (r.dataState === 'complete') {
          resolve(r.data);
          setTimeout(() => sub.unsubscribe(), 0);
        }
      });
    });
    expect(first.instances.edges).toHaveLength(5);
    const more: any = await watched.fetchMore({ variables: { after: first.instances.pageInfo.endCursor } });
    expect(more.data.instances.edges).toHaveLength(5);
    const merged: any = apollo.cache.readQuery({ query: PAGE });
    expect(merged.instances.edges).toHaveLength(10);
    expect(merged.instances.nodes.map((n: any) => n.id)).toEqual(merged.instances.edges.map((e: any) => e.node.id));
    expect(new Set(merged.instances.nodes.map((n: any) => n.id)).size).toBe(10);
  });

  it('a page that selects only nodes is paged too', async () => {
    const NODES = gql`
      query NodesOnly($after: String) {
        instances(first: 4, after: $after) {
          pageInfo {
            endCursor
          }
          nodes {
            id
          }
        }
      }
    `;
    const apollo = client();
    const watched = apollo.watchQuery({ query: NODES });
    const first: any = (await apollo.query({ query: NODES })).data;
    await watched.fetchMore({ variables: { after: first.instances.pageInfo.endCursor } });
    const merged: any = apollo.cache.readQuery({ query: NODES });
    expect(merged.instances.nodes).toHaveLength(8);
  });

  it('a mutation updates the cached object', async () => {
    const apollo = createGatewayClient({ url: GATEWAY_URL, token: DEMO_TOKEN, fetch: stack.fetch, persistedQueries: false });
    const instance: any = stack.emulator.store.instances[0];
    const ONE = gql`
      query One($id: ID!) {
        instance(id: $id) {
          id
          label
        }
      }
    `;
    await apollo.query({ query: ONE, variables: { id: String(instance.id) } });
    await apollo.mutate({
      mutation: gql`
        mutation Rename($id: ID!, $label: String!) {
          updateInstance(id: $id, input: { label: $label }) {
            instance {
              id
              label
            }
          }
        }
      `,
      variables: { id: String(instance.id), label: 'renamed-by-apollo' },
    });
    const read: any = apollo.cache.readQuery({ query: ONE, variables: { id: String(instance.id) } });
    expect(read.instance.label).toBe('renamed-by-apollo');
  });

  it('partial data comes with its error codes', async () => {
    const { data, error }: any = await client().query({
      query: gql`
        query Partial {
          regions(first: 1) {
            nodes {
              id
            }
          }
          instance(id: "999999999") {
            id
          }
        }
      `,
      errorPolicy: 'all',
    });
    expect(data.regions.nodes).toHaveLength(1);
    expect(data.instance).toBeNull();
    expect(error.errors[0].extensions.code).toBe('NOT_FOUND');
  });
});
