import type { LinodeRecord } from '../kit/fact-fields.js';
import { entityUnion, type EntityRef } from '../kit/entity.js';
import { defineResource } from '../kit/resource.js';
import { Domain } from '../domains/domain.js';
import { Instance } from '../linode/instance.js';
import { NodeBalancer } from '../nodebalancers/nodebalancer.js';
import { Volume } from '../volumes/volume.js';

const entityField = entityUnion('EventEntity', 'What an event is about, when it is a resource of this graph.', () => ({
  linode: Instance,
  volume: Volume,
  domain: Domain,
  nodebalancer: NodeBalancer,
}));

export const Event = defineResource({
  name: 'Event',
  schema: 'Event',
  description: 'Something that happened on the account: a boot, a volume attached, a domain created.',
  path: '/account/events',
  idKind: 'int',
  root: { one: 'event', many: 'events' },
  omit: ['entity', 'secondary_entity'],
  relations: (t) => ({
    entityType: t.string({ nullable: true, description: 'Linode\'s type of the entity (`linode`, `volume`, `ticket`, ...).', resolve: (e: LinodeRecord) => (e.entity as EntityRef)?.type ?? null }),
    entityLabel: t.string({ nullable: true, description: 'The entity\'s label when the event happened.', resolve: (e: LinodeRecord) => (e.entity as EntityRef)?.label ?? null }),
    entity: entityField(t, (e) => e.entity as EntityRef, 'The resource the event is about (null for types outside this graph, or deleted since), loaded only when selected and batched.'),
    secondaryEntity: entityField(t, (e) => e.secondary_entity as EntityRef, 'A second resource involved, such as the instance a volume was attached to.'),
  }),
});
