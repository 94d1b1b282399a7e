// urql 6 with graphcache for the gateway: the generated keys (objects without an id are embedded
// in their parent), relayPagination resolvers on every connection and possibleTypes
// (`npm run client-config`). urql's defaults are kept: short queries go out as GETs, which the
// gateway answers without a CSRF header; subscriptions go over fetch (server-sent events).
import { Client, fetchExchange, gql, type TypedDocumentNode } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import { keys, resolvers } from '../../src/clients/urql.generated.js';
import { possibleTypes } from '../../src/clients/possible-types.generated.js';

export interface UrqlGatewayOptions {
  url: string;
  token?: string;
  /** graphcache's warnings and errors (it reports objects it cannot key, unknown fragments...). */
  onCacheMessage?: (severity: 'debug' | 'error' | 'warn', message: string) => void;
  fetch?: typeof fetch;
}

export function createUrqlClient(options: UrqlGatewayOptions): Client {
  return new Client({
    url: options.url,
    exchanges: [cacheExchange({ keys, resolvers, possibleTypes, logger: options.onCacheMessage }), fetchExchange],
    fetchOptions: (): RequestInit => ({ headers: options.token ? { authorization: `Bearer ${options.token}` } : {} }),
    fetchSubscriptions: true,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}

interface InstanceRow {
  id: string;
  label: string | null;
  status: string | null;
  region: { id: string; label: string | null } | null;
  alerts: { cpu: number | null; io: number | null } | null;
}

interface InstancesData {
  instances: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: InstanceRow[] } | null;
}

export const INSTANCES: TypedDocumentNode<InstancesData, { first: number; after?: string | null }> = gql`
  query UrqlInstances($first: Int!, $after: String) {
    instances(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        label
        status
        region {
          id
          label
        }
        alerts {
          cpu
          io
        }
      }
    }
  }
`;

/** The first `pages` pages of instances; relayPagination concatenates them in the cache. */
export async function instancePages(client: Client, first: number, pages: number): Promise<InstanceRow[]> {
  let after: string | null = null;
  let rows: InstanceRow[] = [];
  for (let i = 0; i < pages; i += 1) {
    const variables: { first: number; after: string | null } = { first, after };
    const { data, error } = await client.query(INSTANCES, variables).toPromise();
    if (error) throw error;
    const page: InstancesData['instances'] | undefined = data?.instances;
    if (!page) break;
    rows = page.nodes; // the cache's merged list: every page so far
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor ?? null;
  }
  return rows;
}
