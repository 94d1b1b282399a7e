// A NodeBalancer's stats: a day of 5-minute points (Linode sends `[ms, value]` pairs, not the
// spec's plain numbers); one younger than a day has none yet, which Linode says with a 400. And
// NodeBalancer children (with a firewall device and a database backup) loaded by global id.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ emulator: { rateLimits: false } });
});
afterAll(() => stack.close());

describe('NodeBalancer stats', () => {
  it('a seeded NodeBalancer has a day of points in each series', async () => {
    const { data, errors } = await stack.gql(
      '{ nodeBalancers(first: 1) { nodes { stats { title connections { time value } trafficIn { value } trafficOut { value } } } } }',
    );
    expect(errors).toBeUndefined();
    const stats = data.nodeBalancers.nodes[0].stats;
    expect(stats.connections).toHaveLength(288);
    expect(stats.trafficIn).toHaveLength(288);
    expect(stats.connections[0].time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.000)?Z$/);
  });

  it('a new one has none yet: null, with an error saying why, the rest of the answer intact', async () => {
    const created = await stack.gql(
      'mutation { createNodeBalancer(input: { region: "us-east", label: "fresh-nb" }) { nodeBalancer { id } userErrors { message } } }',
    );
    const id = created.data.createNodeBalancer.nodeBalancer.id;
    const { data, errors } = await stack.gql(`{ nodeBalancer(id: ${id}) { label stats { title } } }`);
    expect(data.nodeBalancer).toEqual({ label: 'fresh-nb', stats: null });
    expect(errors?.[0].message).toMatch(/Stats are unavailable/);
  });
});

describe('children by global id', () => {
  it('a port, a backend, a firewall device and a database backup each load with their own GET', async () => {
    const { data } = await stack.gql(`{
      nodeBalancers(first: 1) { nodes { configs(first: 1) { nodes { globalId nodes(first: 1) { nodes { globalId } } } } } }
      firewalls(first: 1) { nodes { devices(first: 1) { nodes { globalId } } } }
      mysqlDatabases(first: 1) { nodes { backups(first: 1) { nodes { globalId } } } } }`);
    const config = data.nodeBalancers.nodes[0].configs.nodes[0];
    const ids = [
      config.globalId,
      config.nodes.nodes[0].globalId,
      data.firewalls.nodes[0].devices.nodes[0].globalId,
      data.mysqlDatabases.nodes[0].backups.nodes[0].globalId,
    ];
    stack.emulator.clearLog();
    const answer = await stack.gql('query($ids: [ID!]!) { nodes(ids: $ids) { __typename } }', { variables: { ids } });
    expect(answer.errors).toBeUndefined();
    expect(answer.data.nodes.map((n: { __typename: string }) => n.__typename)).toEqual([
      'NodeBalancerConfig',
      'NodeBalancerNode',
      'FirewallDevice',
      'MySQLDatabaseBackup',
    ]);
    expect(stack.emulator.log.map((e) => e.operationId)).toEqual(
      expect.arrayContaining(['getNodeBalancerConfig', 'getNodeBalancerNode', 'getFirewallDevice', 'getDatabasesMySQLInstanceBackup']),
    );
    expect(stack.emulator.log).toHaveLength(4);
  });
});
