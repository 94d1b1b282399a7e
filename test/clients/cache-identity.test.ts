// Issue 12, point 1: prices of different Linode types read back from Apollo's and urql's
// normalised caches equal the server's answer. Prices per region name their region (`regionId`)
// instead of borrowing its `id`, and the generated cache config embeds them in their type.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { Client, fetchExchange } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import { createCache } from '../../examples/apollo/client.js';
import { createUrqlClient } from '../../examples/urql/client.js';
import { GATEWAY_URL, startClientStack, type ClientStack } from './support.js';

const PRICES = gql`
  query Prices {
    linodeTypes(first: 100) {
      nodes {
        id
        price {
          hourly
          monthly
        }
        regionPrices {
          regionId
          hourly
          monthly
        }
        addons {
          backups {
            price {
              hourly
              monthly
            }
            regionPrices {
              regionId
              hourly
              monthly
            }
          }
        }
      }
    }
  }
`;

let stack: ClientStack;
let server: any;
beforeAll(async () => {
  stack = await startClientStack();
  // The server's answer, read without any client cache.
  const response = await stack.fetch(GATEWAY_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: PRICES.loc?.source.body }),
  });
  server = (await response.json()).data;
});
afterAll(() => stack.close());

/** A client's data without the `__typename`s it adds to every selection. */
const withoutTypenames = (value: unknown): any => JSON.parse(JSON.stringify(value, (key, v) => (key === '__typename' ? undefined : v)));

type Price = { regionId: string; hourly: number; monthly: number };
const regionPricesOf = (data: any): Price[] =>
  data.linodeTypes.nodes.flatMap((t: any) => [...(t.regionPrices ?? []), ...(t.addons?.backups?.regionPrices ?? [])]);

/** Prices read back that differ from the server's, position by position. */
function differing(read: any): number {
  const expected = regionPricesOf(server);
  const actual = regionPricesOf(withoutTypenames(read));
  return expected.filter((price, i) => JSON.stringify(price) !== JSON.stringify(actual[i])).length;
}

describe('prices read back from normalised caches', () => {
  it('the catalog has region prices that differ between types for the same region (what a merged cache would lose)', () => {
    const prices = regionPricesOf(server);
    expect(prices.length).toBeGreaterThan(10);
    const byRegion = new Map<string, Set<number>>();
    for (const p of prices) byRegion.set(p.regionId, (byRegion.get(p.regionId) ?? new Set()).add(p.monthly));
    expect([...byRegion.values()].some((monthly) => monthly.size > 1)).toBe(true);
  });

  it('Apollo Client: every price read from InMemoryCache equals the server answer', async () => {
    const client = new ApolloClient({ link: new HttpLink({ uri: GATEWAY_URL, fetch: stack.fetch }), cache: createCache() });
    const { data } = await client.query({ query: PRICES });
    expect(withoutTypenames(data)).toEqual(server);
    expect(withoutTypenames(client.cache.readQuery({ query: PRICES }))).toEqual(server);
    expect(differing(client.cache.readQuery({ query: PRICES }))).toBe(0);
  });

  it('Apollo Client: a cache keyed by the region (the old ids) would mix the prices up, so the check above can fail', async () => {
    const keyedByRegion = new InMemoryCache({
      typePolicies: { LinodeTypeRegionPrice: { keyFields: ['regionId'] }, LinodeTypeAddonsBackupsRegionPrice: { keyFields: ['regionId'] } },
    });
    const client = new ApolloClient({ link: new HttpLink({ uri: GATEWAY_URL, fetch: stack.fetch }), cache: keyedByRegion });
    await client.query({ query: PRICES });
    expect(differing(keyedByRegion.readQuery({ query: PRICES }))).toBeGreaterThan(0);
  });

  it('urql graphcache: every price read from the cache equals the server answer, without a warning', async () => {
    const messages: string[] = [];
    const client = createUrqlClient({
      url: GATEWAY_URL,
      fetch: stack.fetch,
      onCacheMessage: (severity, m) => severity !== 'debug' && messages.push(`${severity}: ${m}`),
    });
    const fetched = await client.query(PRICES, {}).toPromise();
    expect(fetched.error).toBeUndefined();
    expect(withoutTypenames(fetched.data)).toEqual(server);
    stack.forget();
    const cached = await client.query(PRICES, {}, { requestPolicy: 'cache-only' }).toPromise();
    expect(stack.seen).toHaveLength(0); // read from the cache alone
    expect(withoutTypenames(cached.data)).toEqual(server);
    expect(differing(cached.data)).toBe(0);
    expect(messages).toEqual([]);
  });

  it('urql graphcache: keyed by the region, the prices would mix up', async () => {
    const client = new Client({
      url: GATEWAY_URL,
      fetch: stack.fetch,
      exchanges: [
        cacheExchange({
          keys: {
            LinodeTypeRegionPrice: (p) => p.regionId as string,
            LinodeTypeAddonsBackupsRegionPrice: (p) => p.regionId as string,
            LinodeTypePrice: () => null,
            LinodeTypeAddons: () => null,
            LinodeTypeAddonsBackups: () => null,
            LinodeTypeAddonsBackupsPrice: () => null,
            LinodeTypeConnection: () => null,
          },
          logger: () => undefined,
        }),
        fetchExchange,
      ],
    });
    await client.query(PRICES, {}).toPromise();
    const cached = await client.query(PRICES, {}, { requestPolicy: 'cache-only' }).toPromise();
    expect(differing(cached.data)).toBeGreaterThan(0);
  });
});
