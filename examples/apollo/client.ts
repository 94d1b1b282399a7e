// Apollo Client 4 for the gateway, as a frontend would set it up: the generated cache config
// (`npm run client-config`: possibleTypes, typePolicies with relayStylePagination on every
// connection), Automatic Persisted Queries (hashed queries as GETs, which the gateway accepts
// without a CSRF header and lets CDNs cache when they hold only public data), @defer, and
// subscriptions over HTTP multipart (HttpLink speaks it natively: no WebSocket link).
import { createHash } from 'node:crypto';
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { Defer20220824Handler } from '@apollo/client/incremental';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { typePolicies } from '../../src/clients/apollo.generated.js';
import { possibleTypes } from '../../src/clients/possible-types.generated.js';

export interface GatewayClientOptions {
  /** The gateway's GraphQL endpoint, e.g. https://gateway.example.com/graphql. */
  url: string;
  /** A Linode token; without one only public catalogs answer. (With the login flow, use cookies instead.) */
  token?: string;
  /** Send hashes instead of query texts (Apollo's APQ). Default true. */
  persistedQueries?: boolean;
  /** A fetch to use instead of the global one (tests call the gateway in process). */
  fetch?: typeof fetch;
}

/** A SHA-256 in hex: in a browser, use `crypto.subtle.digest` instead of node:crypto. */
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export function createCache(): InMemoryCache {
  return new InMemoryCache({ possibleTypes, typePolicies });
}

export function createGatewayClient(options: GatewayClientOptions): ApolloClient {
  const http = new HttpLink({
    uri: options.url,
    headers: options.token ? { authorization: `Bearer ${options.token}` } : {},
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const link =
    options.persistedQueries === false ? http : ApolloLink.from([new PersistedQueryLink({ sha256, useGETForHashedQueries: true }), http]);
  return new ApolloClient({
    link,
    cache: createCache(),
    // The gateway's @defer answers follow the 2022-08-24 incremental delivery format (graphql-yoga).
    incrementalHandler: new Defer20220824Handler(),
  });
}
