import { defineResource } from '../kit/resource.js';
import type { FieldMap } from '../kit/types.js';
import { DomainRecord } from './domain-record.js';

export const Domain = defineResource({
  name: 'Domain',
  schema: 'Domain',
  description: "A DNS zone managed by Linode's name servers.",
  path: '/domains',
  idKind: 'int',
  root: { one: 'domain', many: 'domains' },
  relations: (t): FieldMap => ({
    records: DomainRecord.field(t, "The zone's DNS records.", (d) => d.id),
    record: DomainRecord.lookupField(t, 'One DNS record of the zone, by its id.', (d) => d.id),
  }),
});
