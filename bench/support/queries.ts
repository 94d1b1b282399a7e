// The benchmark's GraphQL documents and the least upstream requests each can take.
import { readFileSync } from 'node:fs';

const contract = readFileSync(new URL('../../test/contract/documents/instances.graphql', import.meta.url), 'utf8');

export interface BenchQuery {
  name: string;
  body: string;
}

export const dashboard = (first = 50): BenchQuery => ({
  name: `Dashboard(${first})`,
  body: JSON.stringify({ query: contract, operationName: 'Dashboard', variables: { first } }),
});

export const filtered: BenchQuery = {
  name: 'filtered list',
  body: JSON.stringify({ query: contract, operationName: 'Filtered', variables: { region: 'us-east' } }),
};

export const singleLookup = (id: number): BenchQuery => ({
  name: 'single lookup',
  body: JSON.stringify({ query: contract, operationName: 'OneInstance', variables: { id } }),
});

/** Firewalls, the devices behind each, each device's instance (with its region and volumes) or NodeBalancer. */
export const deep: BenchQuery = {
  name: 'deep cross-domain',
  body: JSON.stringify({
    query: `{ firewalls(first: 10) { nodes { label rules { inboundPolicy } devices(first: 25) { nodes { entity { __typename
      ... on Instance { label status region { label } volumes { nodes { label } } }
      ... on NodeBalancer { label region { label } } } } } } } }`,
  }),
};

export const regions: BenchQuery = { name: 'regions', body: JSON.stringify({ query: '{ regions(first: 25) { nodes { id label } } }' }) };

interface DeepAnswer {
  data?: { firewalls?: { nodes: Array<{ devices?: { nodes: Array<{ entity?: { __typename: string } | null }> } | null }> } | null };
}

/**
 * The least upstream requests of the deep query, from its answer: the firewall list, one device
 * list per firewall (no batch endpoint), one `+or` list of the instances, one of the NodeBalancers,
 * the account's volume list; regions come from the cached catalog.
 */
export function deepLowerBound(answer: unknown): number {
  const firewalls = (answer as DeepAnswer).data?.firewalls?.nodes ?? [];
  const kinds = new Set(firewalls.flatMap((f) => (f.devices?.nodes ?? []).map((d) => d.entity?.__typename)));
  return 1 + firewalls.length + (kinds.has('Instance') ? 2 : 0) + (kinds.has('NodeBalancer') ? 1 : 0);
}
