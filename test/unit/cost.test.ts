import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.js';
import { declaredResources } from '../../src/schema/kit/resource.js';
import { estimateCost, type CostRules } from '../../src/security/cost.js';
import { contractDir } from '../support/contract.js';

const rules: CostRules = {
  catalogTypes: new Set(declaredResources.filter((r) => r.config.catalog).map((r) => r.config.name)),
  perParent: new Set(['Instance.ips', 'Query.account', 'Query.profile']),
};
const cost = (query: string, variables: Record<string, unknown> = {}, operationName?: string) => estimateCost(schema, parse(query), rules, variables, operationName);

describe('estimated upstream requests', () => {
  it('Dashboard for 50 instances: 1 list + 4 catalogs + 50 disks + 50 configs + 50 volumes = 155 (it makes 106)', () => {
    const dashboard = readFileSync(new URL('instances.graphql', contractDir), 'utf8');
    expect(cost(dashboard, { first: 50 }, 'Dashboard')).toBe(155);
  });

  it.each([
    ['{ regions { totalCount } }', 1],
    ['{ instances(first: 10) { nodes { id label } } }', 1],
    ['{ instances(first: 10) { edges { node { disks { totalCount } } } } }', 11],
    ['{ instances(first: 10) { nodes { region { id } type { id } } regions { totalCount } } }', 3],
    ['{ volumes(first: 250) { nodes { instance { id } } } }', 4],
    ['{ instances(first: 3) { nodes { disks(first: 5) { nodes { instance { ips { ipv4 { public { address } } } } } } } } }', 1 + 3 + 1 + 15],
    ['{ a: instance(id: 1) { id } b: instance(id: 2) { id } }', 2],
    ['{ account { email } profile { username } }', 2],
    ['{ __schema { types { name } } }', 0],
    ['mutation { bootInstance(id: 1) { userErrors { message } } }', 1],
  ])('%s -> %i', (query, expected) => expect(cost(query)).toBe(expected));

  it('follows variables, defaults and fragments', () => {
    expect(cost('query($n: Int) { instances(first: $n) { nodes { disks { totalCount } } } }', { n: 7 })).toBe(8);
    expect(cost('query($n: Int = 4) { instances(first: $n) { nodes { ...F } } } fragment F on Instance { disks { totalCount } }')).toBe(5);
    expect(cost('{ instances(first: 2) { nodes { ... on Instance { configs { totalCount } } } } }')).toBe(3);
  });
});
