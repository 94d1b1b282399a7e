import { defineResource, PUBLIC_CATALOG } from '../kit/resource.js';

export const DatabaseType = defineResource({
  name: 'DatabaseType',
  schema: 'DatabaseType',
  description: 'A plan for a managed database. A public catalog.',
  path: '/databases/types',
  idKind: 'slug',
  root: { one: 'databaseType', many: 'databaseTypes' },
  catalog: PUBLIC_CATALOG,
});
