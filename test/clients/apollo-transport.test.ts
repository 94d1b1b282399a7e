// Apollo Client 4 against the gateway and the emulator: subscriptions over its built-in multipart
// HTTP protocol (issue 12, point 3) sharing the token's poller with graphql-sse, Automatic Persisted
// Queries with hashed GETs (point 4), trusted documents, and @defer (point 5).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { Defer20220824Handler } from '@apollo/client/incremental';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { print } from 'graphql';
import { createClient as createSseClient } from 'graphql-sse';
import { createGatewayClient } from '../../examples/apollo/client.js';
import { sha256Hex } from '../../src/transport/automatic-persisted-queries.js';
import { DEMO_TOKEN, GATEWAY_URL, startClientStack, until, type ClientStack } from './support.js';

let stack: ClientStack;
beforeAll(async () => {
  stack = await startClientStack({ emulator: { rateLimits: false } });
});
afterAll(() => stack.close());

const apollo = (options: { persistedQueries?: boolean } = {}) =>
  createGatewayClient({ url: GATEWAY_URL, token: DEMO_TOKEN, fetch: stack.fetch, persistedQueries: options.persistedQueries ?? false });

const BOOT = gql`
  mutation Boot($id: ID!) {
    bootInstance(id: $id) {
      instance {
        id
        status
      }
    }
  }
`;
const EVENTS = gql`
  subscription BootEvents {
    events(filter: { action: { eq: "linode_boot" } }) {
      id
      action
      status
      entity {
        ... on Instance {
          id
          status
        }
      }
    }
  }
`;
const eventPolls = () => stack.emulator.log.filter((e) => e.path === '/v4/account/events');
const baselines = () => eventPolls().filter((e) => JSON.parse(e.filter ?? '{}')['+order'] === 'desc');

describe('point 3: subscriptions over Apollo multipart HTTP, one poller with graphql-sse', () => {
  it("Apollo's HttpLink subscribes over multipart and graphql-sse over SSE; both get the event from one shared poller", async () => {
    stack.emulator.clearLog();
    stack.forget();
    const client = apollo();
    const apolloEvents: any[] = [];
    const subscription = client.subscribe({ query: EVENTS }).subscribe({ next: (result) => apolloEvents.push(result) });

    const sse = createSseClient({
      url: GATEWAY_URL,
      fetchFn: stack.fetch,
      headers: { authorization: `Bearer ${DEMO_TOKEN}` },
    });
    const sseEvents: any[] = [];
    const stopSse = sse.subscribe(
      { query: print(EVENTS) },
      { next: (r) => void sseEvents.push(r), error: () => undefined, complete: () => undefined },
    );

    // Both are on once the gateway counts them and the token's poller, having asked Linode where news starts, waits.
    const live = async () => (await stack.gateway.observability.metrics?.activeSubscriptions.get())?.values[0]?.value ?? 0;
    await until('two subscriptions on one waiting poller', async () => stack.pollerWait.sleeping === 1 && (await live()) === 2);
    const multipart = stack.seen.find((r) => r.body?.includes('BootEvents') && r.headers.get('accept')?.includes('subscriptionSpec'));
    expect(multipart?.status).toBe(200);
    expect(multipart?.contentType).toMatch(/^multipart\/mixed;boundary="graphql";subscriptionSpec="1.0"/);
    expect(stack.seen.some((r) => r.contentType?.startsWith('text/event-stream'))).toBe(true);

    const instance: any = stack.emulator.store.instances.find((i: any) => i.status === 'offline');
    await client.mutate({ mutation: BOOT, variables: { id: String(instance.id) } });
    stack.pollerWait.tick(); // the next poll
    await until('the boot event in both clients', () => apolloEvents.length > 0 && sseEvents.length > 0);
    expect(apolloEvents[0].data.events).toMatchObject({ action: 'LINODE_BOOT', status: 'STARTED', entity: { id: String(instance.id) } });
    expect(sseEvents[0].data.events).toMatchObject({ id: apolloEvents[0].data.events.id, action: 'LINODE_BOOT' });
    // One poller for the token: one "where does news start" request, and every poll with the token.
    expect(baselines()).toHaveLength(1);
    for (const poll of eventPolls()) expect(poll.authorization).toBe(`Bearer ${DEMO_TOKEN}`);

    subscription.unsubscribe();
    stopSse();
  });

  it('a subscription without a token is refused with UNAUTHENTICATED, as a GraphQL error Apollo reports', async () => {
    const client = new ApolloClient({ link: new HttpLink({ uri: GATEWAY_URL, fetch: stack.fetch }), cache: new InMemoryCache() });
    const result = await new Promise<any>((resolve) => {
      client.subscribe({ query: EVENTS }).subscribe({ next: resolve, error: resolve });
    });
    expect(JSON.stringify(result.error ?? result)).toContain('UNAUTHENTICATED');
  });
});

const REGIONS = gql`
  query ApqRegions {
    regions(first: 3) {
      nodes {
        id
        label
      }
    }
  }
`;

describe("point 4: Automatic Persisted Queries (Apollo's PersistedQueryLink)", () => {
  it('an unknown hash answers PERSISTED_QUERY_NOT_FOUND, the link sends the query once, then the hash alone (a GET without a CSRF header)', async () => {
    stack.forget();
    const first = apollo({ persistedQueries: true });
    const { data }: any = await first.query({ query: REGIONS });
    expect(data?.regions?.nodes).toHaveLength(3);
    const [hashOnly, withQuery] = stack.seen;
    expect(hashOnly.method).toBe('GET');
    expect(hashOnly.url.searchParams.get('query')).toBeNull();
    expect(hashOnly.headers.has('x-graphql-csrf')).toBe(false);
    // The hash of the document as the link sends it (Apollo adds `__typename`s before hashing).
    const sent = JSON.parse(withQuery.body ?? '{}');
    expect(JSON.parse(hashOnly.url.searchParams.get('extensions') ?? '{}').persistedQuery.sha256Hash).toBe(sha256Hex(sent.query));
    expect(withQuery.method).toBe('POST');
    expect(withQuery.body).toContain('query ApqRegions');
    expect(stack.seen).toHaveLength(2);

    // Another page load (a fresh cache): the hash alone is enough now.
    stack.forget();
    const second = apollo({ persistedQueries: true });
    expect((await second.query({ query: REGIONS })).data).toEqual(data);
    expect(stack.seen).toHaveLength(1);
    expect(stack.seen[0]).toMatchObject({ method: 'GET', status: 200 });
    expect(stack.seen[0].url.searchParams.get('query')).toBeNull();
  });

  it('mutations are never sent as GETs, and a hash that does not match the query is refused', async () => {
    stack.forget();
    const instance: any = stack.emulator.store.instances.find((i: any) => i.status === 'offline');
    await apollo({ persistedQueries: true }).mutate({ mutation: BOOT, variables: { id: String(instance.id) } });
    expect(stack.seen.every((r) => r.method === 'POST')).toBe(true);

    const response = await stack.fetch(GATEWAY_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: sha256Hex('{ other }') } } }),
    });
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].extensions.code).toBe('PERSISTED_QUERY_HASH_MISMATCH');
  });
});

describe('trusted documents (TRUSTED_DOCUMENTS)', () => {
  it('runs the listed documents by hash and refuses any other query', async () => {
    const body = print(REGIONS);
    const hash = sha256Hex(body);
    const dir = mkdtempSync(join(tmpdir(), 'trusted-'));
    const manifest = join(dir, 'persisted-query-manifest.json');
    writeFileSync(
      manifest,
      JSON.stringify({
        format: 'apollo-persisted-query-manifest',
        version: 1,
        operations: [{ id: hash, name: 'ApqRegions', type: 'query', body }],
      }),
    );
    const locked = await startClientStack({ gateway: { trustedDocumentsPath: manifest } });
    try {
      const client = new ApolloClient({
        link: ApolloLink.from([
          new PersistedQueryLink({ generateHash: () => hash, useGETForHashedQueries: true }),
          new HttpLink({ uri: GATEWAY_URL, fetch: locked.fetch }),
        ]),
        cache: new InMemoryCache(),
      });
      const { data }: any = await client.query({ query: REGIONS });
      expect(data?.regions?.nodes).toHaveLength(3);
      expect(locked.seen).toHaveLength(1);

      const other = await locked.fetch(GATEWAY_URL, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ regions(first: 1) { totalCount } }' }),
      });
      expect((await other.json()).errors[0].extensions.code).toBe('CANNOT_SEND_PQ_ID_AND_BODY');
    } finally {
      await locked.close();
    }
  });
});

const DEFERRED = gql`
  query DeferredDashboard {
    regions(first: 2) {
      nodes {
        id
      }
    }
    ... @defer {
      instances(first: 3) {
        totalCount
        nodes {
          id
          label
        }
      }
    }
  }
`;

describe('point 5: @defer with Apollo Client', () => {
  it('delivers the fast part first, then the deferred part, over multipart', async () => {
    stack.forget();
    const client = new ApolloClient({
      link: new HttpLink({ uri: GATEWAY_URL, fetch: stack.fetch, headers: { authorization: `Bearer ${DEMO_TOKEN}` } }),
      cache: new InMemoryCache(),
      incrementalHandler: new Defer20220824Handler(),
    });
    const results: any[] = [];
    await new Promise<void>((resolve, reject) => {
      const sub = client.watchQuery({ query: DEFERRED }).subscribe({
        next: (result) => {
          results.push(result);
          if (result.dataState === 'complete') {
            sub.unsubscribe();
            resolve();
          }
        },
        error: reject,
      });
    });
    const streaming = results.find((r) => r.dataState === 'streaming');
    expect(streaming.data.regions.nodes).toHaveLength(2);
    expect(streaming.data.instances).toBeUndefined();
    const complete = results.at(-1);
    expect(complete.data.instances.nodes).toHaveLength(3);
    expect(complete.data.instances.totalCount).toBe(stack.emulator.store.instances.length);
    expect(stack.seen[0].contentType).toMatch(/^multipart\/mixed/);
  });
});
