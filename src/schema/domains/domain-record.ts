import { defineChildResource } from '../kit/child-resource.js';
import { Domain } from './domain.js';

export const DomainRecord = defineChildResource({
  name: 'DomainRecord',
  schema: 'DomainRecord',
  description: 'One DNS record of a domain.',
  path: (domainId) => `/domains/${domainId}/records`,
  operation: 'GET /domains/{id}/records',
  parentKey: 'domain_id',
  relations: (t) => ({
    domain: t.field({ type: Domain.ref, nullable: true, description: 'The domain this record belongs to.', resolve: (r: { domain_id: number }) => r.domain_id }),
  }),
});
