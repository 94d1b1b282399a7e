import { defineResource } from '../kit/resource.js';

const HOUR = 60 * 60 * 1000;

export const LinodeType = defineResource({
  name: 'LinodeType',
  schema: 'LinodeType',
  description: 'A plan for an instance: its memory, CPUs, disk, transfer and price. A public catalog.',
  path: '/linode/types',
  idKind: 'slug',
  root: { one: 'linodeType', many: 'linodeTypes' },
  catalog: { scope: 'public', ttlMs: HOUR },
});
