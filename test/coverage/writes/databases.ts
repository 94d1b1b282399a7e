// Write cases for Managed Databases: MySQL and PostgreSQL clusters, their backups, credentials
// and patches. Actions run on a seeded active cluster; the new ones are only updated and deleted
// once they are active (a provisioning cluster refuses deletion, as Linode's does).
import type { Emulator } from 'linode-emulator';
import type { WriteCase } from './types.js';

type Engine = 'mysql' | 'postgresql';
const clusters = (e: Emulator, engine: Engine) => e.store.collections[`/databases/${engine}/instances`] ?? [];
const active = (e: Emulator, engine: Engine) => clusters(e, engine).find((d) => d.status === 'active')!;
const backups = (e: Emulator, engine: Engine) =>
  e.store.collections[`/databases/${engine}/instances/${String(active(e, engine).id)}/backups`] ?? [];
const created = (e: Emulator, engine: Engine) => {
  const db = clusters(e, engine).find((d) => d.label === `coverage-${engine}`)!;
  db.status = 'active'; // as it is once provisioned
  return db;
};

function engineCases(engine: Engine, type: string, version: string): WriteCase[] {
  const payload = 'database { __typename id label status } userErrors { field message }';
  return [
    {
      mutation: `create${type}`,
      document: `mutation($region: String!) { create${type}(input: { label: "coverage-${engine}", engine: "${engine}/${version}", type: "g6-nanode-1", region: $region, clusterSize: 1 }) { ${payload} } }`,
      variables: (e) => ({ region: String(active(e, engine).region) }),
      returns: 'database',
    },
    {
      mutation: `update${type}`,
      document: `mutation($id: ID!) { update${type}(id: $id, input: { allowList: ["203.0.113.0/24"] }) { ${payload} } }`,
      variables: (e) => ({ id: created(e, engine).id }),
      returns: 'database',
    },
    {
      mutation: `create${type}Backup`,
      document: `mutation($id: ID!) { create${type}Backup(id: $id, input: { label: "coverage-snap" }) { ${payload} } }`,
      variables: (e) => ({ id: active(e, engine).id }),
      returns: 'database',
    },
    {
      mutation: `delete${type}Backup`,
      document: `mutation($instanceId: ID!, $id: ID!) { delete${type}Backup(instanceId: $instanceId, id: $id) { deletedId userErrors { field message } } }`,
      variables: (e) => ({ instanceId: active(e, engine).id, id: backups(e, engine).find((b) => b.label === 'coverage-snap')!.id }),
      returns: 'deletedId',
    },
    {
      mutation: `reset${type}Credentials`,
      document: `mutation($id: ID!) { reset${type}Credentials(id: $id) { ${payload} } }`,
      variables: (e) => ({ id: active(e, engine).id }),
      returns: 'database',
    },
    {
      mutation: `patch${type}`,
      document: `mutation($id: ID!) { patch${type}(id: $id) { ${payload} } }`,
      variables: (e) => ({ id: active(e, engine).id }),
      returns: 'database',
    },
    {
      mutation: `restore${type}Backup`,
      document: `mutation($id: ID!, $backupId: ID!) { restore${type}Backup(id: $id, backupId: $backupId) { ${payload} } }`,
      variables: (e) => ({ id: active(e, engine).id, backupId: backups(e, engine)[0].id }),
      returns: 'database',
    },
    {
      mutation: `delete${type}`,
      document: `mutation($id: ID!) { delete${type}(id: $id) { deletedId userErrors { field message } } }`,
      variables: (e) => ({ id: created(e, engine).id }),
      returns: 'deletedId',
    },
  ];
}

export const cases: WriteCase[] = [
  ...engineCases('mysql', 'MySQLDatabase', '8.0.35'),
  ...engineCases('postgresql', 'PostgreSQLDatabase', '16.2'),
];
