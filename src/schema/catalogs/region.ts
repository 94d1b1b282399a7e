import { defineResource } from '../kit/resource.js';

const HOUR = 60 * 60 * 1000;

export const Region = defineResource({
  name: 'Region',
  schema: 'Region',
  description: 'A Linode data center location. A public catalog: no token needed.',
  path: '/regions',
  idKind: 'slug',
  root: { one: 'region', many: 'regions' },
  catalog: { scope: 'public', ttlMs: HOUR },
});
