import { defineChildResource } from '../kit/child-resource.js';
import { Domain } from './domain.js';
import { relation } from '../kit/relation.js';

export const DomainRecord = defineChildResource({
  name: 'DomainRecord',
  schema: 'DomainRecord',
  description: 'One DNS record of a domain.',
  path: (domainId) => `/domains/${domainId}/records`,
  operation: 'GET /domains/{id}/records',
  parentKey: 'domain_id',
  relations: (t) => ({
    domain: relation(t, Domain, (r) => r.domain_id, 'The domain this record belongs to.'),
  }),
});
