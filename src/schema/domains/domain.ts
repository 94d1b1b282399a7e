import { builder } from '../builder.js';
import { upstreamCost } from '../kit/cost.js';
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

builder.objectField(Domain.ref, 'zoneFile', (t) =>
  t.stringList({
    nullable: { list: true, items: true },
    description: 'The zone file as Linode last rendered it for its name servers, one line per item.',
    extensions: upstreamCost.perParent,
    resolve: async (d, _args, ctx) =>
      (await ctx.upstream.get<DomainZoneFile>(`/domains/${d.id}/zone-file`, { operation: 'GET /domains/{id}/zone-file' })).zone_file ??
      null,
  }),
);

/** What `GET /domains/{id}/zone-file` answers. */
interface DomainZoneFile {
  zone_file?: Array<string | null> | null;
}
