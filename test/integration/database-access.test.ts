// Managed Databases through the gateway: every engine in one connection, the root credentials
// as a secret read fresh each time (never from a cache), a reset that changes them, and Linode's
// refusals as user errors.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;
beforeAll(async () => {
  // The token cache on, as in production: what is not a secret is served from it the second time.
  stack = await startStack({ emulator: { rateLimits: false }, gateway: { tokenCache: true, eventPollMs: 60_000 } });
});
afterAll(() => stack.close());
beforeEach(() => stack.emulator.clearLog());

const dataOf = async (query: string, variables?: Record<string, unknown>) => {
  const { data, errors } = await stack.gql(query, { variables });
  expect(errors, JSON.stringify(errors?.slice(0, 2))).toBeUndefined();
  return data;
};
const gets = (suffix: string) => stack.emulator.log.filter((e) => e.method === 'GET' && e.path.endsWith(suffix)).length;
const clusters = (engine: string) => stack.emulator.store.collections[`/databases/${engine}/instances`] ?? [];

describe('Managed Databases', () => {
  it('lists every engine in one connection, each cluster as its engine type, from one request', async () => {
    const data = await dataOf(
      '{ databases { totalCount nodes { __typename ... on MySQLDatabase { id port } ... on PostgreSQLDatabase { id engineRaw: engine } } } }',
    );
    expect(data.databases.totalCount).toBe(clusters('mysql').length + clusters('postgresql').length);
    const types = new Set(data.databases.nodes.map((n: any) => n.__typename));
    expect(types).toEqual(new Set(['MySQLDatabase', 'PostgreSQLDatabase']));
    expect(data.databases.nodes.find((n: any) => n.__typename === 'MySQLDatabase').port).toBe(3306);
    expect(gets('/databases/instances')).toBe(1);
  });

  it('reads the credentials anew for every request (a secret is never cached), and a reset changes them', async () => {
    const id = clusters('mysql').find((d) => d.status === 'active')!.id;
    const query = `{ mysqlDatabase(id: ${String(id)}) { credentials { username password } ssl { caCertificate } } }`;
    const first = await dataOf(query);
    const again = await dataOf(query);
    expect(first.mysqlDatabase.credentials).toEqual(again.mysqlDatabase.credentials);
    expect(first.mysqlDatabase.credentials.username).toBe('linroot');
    expect(gets('/credentials')).toBe(2);
    expect(gets('/ssl')).toBe(1);
    expect(Buffer.from(first.mysqlDatabase.ssl.caCertificate, 'base64').toString()).toMatch(/^-----BEGIN CERTIFICATE-----/);

    const reset = await dataOf(
      `mutation { resetMySQLDatabaseCredentials(id: ${String(id)}) { database { credentials { password } } userErrors { message } } }`,
    );
    expect(reset.resetMySQLDatabaseCredentials.database.credentials.password).not.toBe(first.mysqlDatabase.credentials.password);
  });

  it("lists a cluster's backups, nightly ones and snapshots, as children of the cluster", async () => {
    const id = clusters('postgresql').find((d) => d.status === 'active')!.id;
    const data = await dataOf(`{ postgresqlDatabase(id: ${String(id)}) { backups { nodes { id type label created } } } }`);
    const backups = data.postgresqlDatabase.backups.nodes;
    expect(backups.length).toBeGreaterThanOrEqual(7);
    expect(backups.filter((b: any) => b.type === 'AUTO').every((b: any) => b.label.startsWith('Scheduled - '))).toBe(true);
  });

  it('a write Linode refuses comes back as user errors: a suspended cluster takes no snapshot, a bad engine names its field', async () => {
    const suspended = clusters('postgresql').find((d) => d.status === 'suspended')!.id;
    const snapshot = await dataOf(
      `mutation { createPostgreSQLDatabaseBackup(id: ${String(suspended)}, input: { label: "now" }) { database { id } userErrors { field message } } }`,
    );
    expect(snapshot.createPostgreSQLDatabaseBackup.database).toBeNull();
    expect(snapshot.createPostgreSQLDatabaseBackup.userErrors[0].message).toMatch(/suspended/);
    const create = await dataOf(
      'mutation { createMySQLDatabase(input: { label: "x-db", engine: "mysql/5.0", type: "g6-nanode-1", region: "us-east" }) { database { id } userErrors { field message } } }',
    );
    expect(create.createMySQLDatabase.userErrors).toContainEqual(expect.objectContaining({ field: ['input', 'engine'] }));
  });
});
