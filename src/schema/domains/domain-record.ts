import { defineChildResource } from '../kit/child-resource.js';
import { referenceField } from '../kit/relation.js';
import type { FieldMap } from '../kit/types.js';
import { Domain } from './domain.js';

export const DomainRecord = defineChildResource({
  name: 'DomainRecord',
  schema: 'DomainRecord',
  description: 'One DNS record of a domain.',
  path: (domainId) => `/domains/${domainId}/records`,
  operation: 'GET /domains/{id}/records',
  parentKey: 'domain_id',
  relations: (t): FieldMap => ({
    domain: referenceField(t, Domain, 'domain_id', 'The domain this record belongs to.'),
  }),
});
