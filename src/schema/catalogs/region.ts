import { defineResource, PUBLIC_CATALOG } from '../kit/resource.js';
import { relation } from '../kit/relation.js';

export const Region = defineResource({
  name: 'Region',
  schema: 'Region',
  description: 'A Linode data center location. A public catalog: no token needed.',
  path: '/regions',
  idKind: 'slug',
  root: { one: 'region', many: 'regions' },
  catalog: PUBLIC_CATALOG,
  // Linode filters no region field; the gateway filters its cached copy of the whole catalog.
  localFilter: ['id', 'label', 'country', 'status', 'capabilities'],
});

/** The `region` relation shared by every regional resource (replaces Linode's region id). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function regionField(t: any, description = 'Where it lives.', key = 'region') {
  return relation(t, Region, (item) => item[key], description);
}
