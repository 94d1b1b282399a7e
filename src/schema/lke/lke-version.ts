import { defineResource } from '../kit/resource.js';

export const LKEVersion = defineResource({
  name: 'LKEVersion',
  schema: 'LKEVersion',
  description: 'A Kubernetes version LKE clusters can run.',
  path: '/lke/versions',
  idKind: 'slug',
  root: { one: 'lkeVersion', many: 'lkeVersions' },
  catalog: { scope: 'private', ttlMs: 5 * 60 * 1000 },
});
