import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.js';
import { estimateCost, gatewayCostRules } from '../../src/security/cost.js';
import { contractDir } from '../support/contract.js';

const rules = gatewayCostRules();
const cost = (query: string, variables: Record<string, unknown> = {}, operationName?: string) =>
  estimateCost(schema, parse(query), rules, variables, operationName);

describe('estimated upstream requests', () => {
  it('Dashboard for 50 instances: 1 list + 4 catalogs + 50 disks + 50 configs + 1 volume list = 106 (what it makes)', () => {
    const dashboard = readFileSync(new URL('instances.graphql', contractDir), 'utf8');
    expect(cost(dashboard, { first: 50 }, 'Dashboard')).toBe(106);
  });

  it.each([
    ['{ regions { totalCount } }', 1],
    ['{ instances(first: 10) { nodes { id label } } }', 1],
    ['{ instances(first: 10) { edges { node { disks { totalCount } } } } }', 11],
    ['{ instances(first: 10) { nodes { region { id } type { id } } regions { totalCount } } }', 3],
    ['{ volumes(first: 250) { nodes { instance { id } } } }', 4],
    // An instance's volumes come from the account's volume list, for many instances at once.
    ['{ instances(first: 250) { nodes { volumes { totalCount } } } }', 1 + 3],
    // Filtered, each instance's own volume list is asked for.
    ['{ instances(first: 50) { nodes { volumes(filter: { label: { eq: "a" } }) { totalCount } } } }', 1 + 50],
    // An absent variable takes its default (an explicit null would not: see hostile-limits.test.ts).
    ['query($n: Int = 1) { instances(first: $n) { nodes { disks { totalCount } } } }', 1 + 1],
    // Ids are costed by type: disks one request each, instances one per 100.
    [
      `{ nodes(ids: ["${Buffer.from('Disk:1/2').toString('base64')}", "${Buffer.from('Disk:1/3').toString('base64')}", "${Buffer.from('Instance:1').toString('base64')}"]) { __typename } }`,
      3,
    ],
    [
      '{ instances(first: 3) { nodes { disks(first: 5) { nodes { instance { ips { ipv4 { public { address } } } } } } } } }',
      1 + 3 + 1 + 15,
    ],
    ['{ a: instance(id: 1) { id } b: instance(id: 2) { id } }', 2],
    ['{ account { email } profile { username } }', 2],
    ['{ __schema { types { name } } }', 0],
    ['mutation { bootInstance(id: 1) { userErrors { message } } }', 1],
    ['{ lkeClusters(first: 5) { nodes { apiEndpoints } } }', 1 + 5],
    // An IPv6 range's instances: its own GET each, then each range's instances loaded on their own.
    ['{ ipv6Ranges(first: 5) { nodes { instances { id } } } }', 1 + 5 + 5],
    // An entity union loads each member type on its own: one load per parent at most, one per member type (22) at most.
    ['{ events(first: 5) { nodes { entity { __typename } } } }', 1 + 5],
    ['{ events(first: 100) { nodes { entity { __typename } secondaryEntity { __typename } } } }', 1 + 22 + 22],
    // A firewall device is an instance or a NodeBalancer: two loads at most, whatever the number of devices.
    ['{ firewalls(first: 5) { nodes { devices(first: 5) { nodes { entity { __typename } } } } } }', 1 + 5 + 2],
    // A subscription costs what one poll and its event's relations do.
    ['subscription { events { id entity { ... on Instance { label } } } }', 2],
  ])('%s -> %i', (query, expected) => expect(cost(query)).toBe(expected));

  it('follows variables, defaults and fragments', () => {
    expect(cost('query($n: Int) { instances(first: $n) { nodes { disks { totalCount } } } }', { n: 7 })).toBe(8);
    expect(cost('query($n: Int = 4) { instances(first: $n) { nodes { ...F } } } fragment F on Instance { disks { totalCount } }')).toBe(5);
    expect(cost('{ instances(first: 2) { nodes { ... on Instance { configs { totalCount } } } } }')).toBe(3);
  });
});
