import { defineResource, PUBLIC_CATALOG } from '../kit/resource.js';

export const Kernel = defineResource({
  name: 'Kernel',
  schema: 'Kernel',
  description: 'A kernel an instance configuration can boot. A public catalog.',
  path: '/linode/kernels',
  idKind: 'qualified',
  root: { one: 'kernel', many: 'kernels' },
  catalog: PUBLIC_CATALOG,
});
