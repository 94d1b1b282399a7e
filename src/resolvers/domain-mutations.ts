// Root Mutation fields for DNS: domains (zones) and their records.
import { DomainRecord } from '../schema/domains/domain-record.js';
import { Domain } from '../schema/domains/domain.js';
import { defineMutations } from '../schema/kit/mutations.js';

const domain = { field: 'domain', resource: Domain };
const record = { field: 'record', child: DomainRecord, parent: (params: Record<string, string>) => params.domainId };

defineMutations({
  createDomain: { op: 'POST /domains', description: 'Creates a DNS zone.', returns: domain },
  updateDomain: { op: 'PUT /domains/{domainId}', id: 'domainId', description: "Changes a DNS zone's settings.", returns: domain },
  deleteDomain: {
    op: 'DELETE /domains/{domainId}',
    id: 'domainId',
    description: 'Deletes a DNS zone and its records.',
    returns: 'deleted',
  },
  cloneDomain: {
    op: 'POST /domains/{domainId}/clone',
    id: 'domainId',
    description: 'Copies a DNS zone and its records under a new name.',
    returns: domain,
  },
  importDomain: {
    op: 'POST /domains/import',
    description: 'Imports a zone from a name server that allows zone transfers (AXFR).',
    returns: domain,
  },
  createDomainRecord: { op: 'POST /domains/{domainId}/records', description: 'Adds a DNS record to a zone.', returns: record },
  updateDomainRecord: {
    op: 'PUT /domains/{domainId}/records/{recordId}',
    id: 'recordId',
    description: 'Changes a DNS record.',
    returns: record,
  },
  deleteDomainRecord: {
    op: 'DELETE /domains/{domainId}/records/{recordId}',
    id: 'recordId',
    description: 'Deletes a DNS record.',
    returns: 'deleted',
  },
});
