import type { LinodeRecord } from '../kit/fact-fields.js';
import { defineResource } from '../kit/resource.js';
import { DomainRecord } from './domain-record.js';

export const Domain = defineResource({
  name: 'Domain',
  schema: 'Domain',
  description: "A DNS zone managed by Linode's name servers.",
  path: '/domains',
  idKind: 'int',
  root: { one: 'domain', many: 'domains' },
  relations: (t) => ({
    records: DomainRecord.field(t, "The zone's DNS records.", (d: LinodeRecord) => d.id as number),
  }),
});
