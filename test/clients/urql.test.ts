// urql 6 with graphcache 9, with its defaults (issue 12, point 2: short queries go out as GETs and
// the gateway answers them without a CSRF header; mutations are POSTs) and the generated keys,
// resolvers and possibleTypes (point 6: no warning on an instances page full of id-less objects).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, fetchExchange, gql } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import { createUrqlClient, instancePages } from '../../examples/urql/client.js';
import { DEMO_TOKEN, GATEWAY_URL, startClientStack, until, type ClientStack } from './support.js';

let stack: ClientStack;
beforeAll(async () => {
  stack = await startClientStack({ emulator: { rateLimits: false } });
});
afterAll(() => stack.close());

// An instances page as a dashboard shows it: many objects without an id of their own.
const INSTANCES_PAGE = gql`
  query UrqlDashboard {
    instances(first: 20) {
      nodes {
        id
        label
        alerts {
          cpu
          io
          networkIn
        }
        specs {
          disk
          memory
          vcpus
        }
        backups {
          enabled
          schedule {
            day
            window
          }
        }
        region {
          id
          label
        }
        type {
          id
          regionPrices {
            regionId
            monthly
          }
        }
        disks {
          nodes {
            id
            size
          }
        }
      }
    }
  }
`;

describe('point 2: urql defaults', () => {
  it('sends queries as GETs without a CSRF header and gets data; mutations go as POSTs', async () => {
    stack.forget();
    const client = createUrqlClient({ url: GATEWAY_URL, token: DEMO_TOKEN, fetch: stack.fetch });
    const result = await client
      .query(
        gql`
          {
            regions(first: 2) {
              nodes {
                id
              }
            }
          }
        `,
        {},
      )
      .toPromise();
    expect(result.error).toBeUndefined();
    expect(result.data.regions.nodes).toHaveLength(2);
    expect(stack.seen[0]).toMatchObject({ method: 'GET', status: 200 });
    expect(stack.seen[0].headers.has('x-graphql-csrf')).toBe(false);

    stack.forget();
    const instance: any = stack.emulator.store.instances[1];
    const mutation = await client
      .mutation(
        gql`
          mutation ($id: ID!) {
            updateInstance(id: $id, input: { label: "urql-renamed" }) {
              instance {
                id
                label
              }
            }
          }
        `,
        {
          id: String(instance.id),
        },
      )
      .toPromise();
    expect(mutation.error).toBeUndefined();
    expect(stack.seen[0].method).toBe('POST');
  });
});

describe('point 6: graphcache with the generated config', () => {
  it('an instances page reads back from the cache without a single warning', async () => {
    const warnings: string[] = [];
    const client = createUrqlClient({
      url: GATEWAY_URL,
      token: DEMO_TOKEN,
      fetch: stack.fetch,
      onCacheMessage: (severity, message) => severity !== 'debug' && warnings.push(message),
    });
    const fetched = await client.query(INSTANCES_PAGE, {}).toPromise();
    expect(fetched.error).toBeUndefined();
    const cached = await client.query(INSTANCES_PAGE, {}, { requestPolicy: 'cache-only' }).toPromise();
    expect(cached.data).toEqual(fetched.data);
    expect(warnings).toEqual([]);
  });

  it('without keys, graphcache warns about every id-less object (what the generated keys prevent)', async () => {
    const warnings: string[] = [];
    const client = new Client({
      url: GATEWAY_URL,
      fetch: stack.fetch,
      fetchOptions: { headers: { authorization: `Bearer ${DEMO_TOKEN}` } },
      exchanges: [cacheExchange({ logger: (severity, message) => severity === 'warn' && warnings.push(message) }), fetchExchange],
    });
    await client.query(INSTANCES_PAGE, {}).toPromise();
    expect(warnings.length).toBeGreaterThan(20);
  });

  it('relayPagination concatenates pages in the cache', async () => {
    const client = createUrqlClient({ url: GATEWAY_URL, token: DEMO_TOKEN, fetch: stack.fetch });
    const rows = await instancePages(client, 7, 3);
    expect(rows).toHaveLength(21);
    expect(new Set(rows.map((r) => r.id)).size).toBe(21);
  });

  it('subscriptions over fetch (fetchSubscriptions) get account events', async () => {
    const client = createUrqlClient({ url: GATEWAY_URL, token: DEMO_TOKEN, fetch: stack.fetch });
    const events: any[] = [];
    const subscription = client
      .subscription(
        gql`
          subscription {
            events(filter: { action: { eq: "linode_boot" } }) {
              id
              action
            }
          }
        `,
        {},
      )
      .subscribe((result) => void events.push(result));
    await until('the poller to start', () => stack.emulator.log.some((e) => e.path === '/v4/account/events'));
    await until('the poller to wait for its next poll', () => stack.pollerWait.sleeping === 1);
    const instance: any = stack.emulator.store.instances.find((i: any) => i.status === 'offline');
    await client
      .mutation(
        gql`
          mutation ($id: ID!) {
            bootInstance(id: $id) {
              instance {
                id
              }
            }
          }
        `,
        { id: String(instance.id) },
      )
      .toPromise();
    stack.pollerWait.tick(); // the next poll
    await until('the boot event', () => events.length > 0);
    expect(events[0].data.events.action).toBe('LINODE_BOOT');
    subscription.unsubscribe();
  });
});
