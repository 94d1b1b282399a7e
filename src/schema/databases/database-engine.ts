import { defineResource, PUBLIC_CATALOG } from '../kit/resource.js';

export const DatabaseEngine = defineResource({
  name: 'DatabaseEngine',
  schema: 'DatabaseEngine',
  description: 'A database engine and version managed databases can run. A public catalog.',
  path: '/databases/engines',
  idKind: 'qualified',
  root: { one: 'databaseEngine', many: 'databaseEngines' },
  catalog: PUBLIC_CATALOG,
});
