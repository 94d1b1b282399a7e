import { referenceField } from '../kit/relation.js';
import { defineResource, PUBLIC_CATALOG } from '../kit/resource.js';
import type { Field, Fields, IdKey } from '../kit/types.js';

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

/** The `region` relation shared by every regional object, from its region id at `key`. */
export function regionField<Parent, Key extends IdKey<Parent>>(t: Fields<Parent>, key: Key, description = 'Where it lives.'): Field {
  return referenceField(t, Region, key, description);
}
