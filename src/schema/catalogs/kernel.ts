import { defineResource } from '../kit/resource.js';

const HOUR = 60 * 60 * 1000;

export const Kernel = defineResource({
  name: 'Kernel',
  schema: 'Kernel',
  description: 'A kernel an instance configuration can boot. A public catalog.',
  path: '/linode/kernels',
  idKind: 'slug',
  root: { one: 'kernel', many: 'kernels' },
  catalog: { scope: 'public', ttlMs: HOUR },
});
