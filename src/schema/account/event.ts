import type { LinodeRecord } from '../kit/fact-fields.js';
import { builder } from '../builder.js';
import { defineResource } from '../kit/resource.js';
import { Domain } from '../domains/domain.js';
import { Instance } from '../linode/instance.js';
import { Volume } from '../volumes/volume.js';

// Linode entity types that are nodes of this graph, by the `entity.type` Linode reports.
const entityTypes = { linode: Instance, volume: Volume, domain: Domain } as const;

const EventEntity = builder.unionType('EventEntity', {
  description: 'What an event is about, when it is a resource of this graph (null otherwise; see `entityType`).',
  types: [Instance.ref, Volume.ref, Domain.ref],
  resolveType: (value: LinodeRecord) => value.__typename as string,
});

type Entity = { id: number | string; type: keyof typeof entityTypes | string; label: string } | null;

export const Event = defineResource({
  name: 'Event',
  schema: 'Event',
  description: 'Something that happened on the account: a boot, a volume attached, a domain created.',
  path: '/account/events',
  idKind: 'int',
  root: { one: 'event', many: 'events' },
  omit: ['entity', 'secondary_entity'],
  relations: (t) => ({
    entityType: t.string({ nullable: true, description: 'Linode\'s type of the entity (`linode`, `volume`, `ticket`, ...).', resolve: (e: LinodeRecord) => (e.entity as Entity)?.type ?? null }),
    entityLabel: t.string({ nullable: true, description: 'The entity\'s label when the event happened.', resolve: (e: LinodeRecord) => (e.entity as Entity)?.label ?? null }),
    entity: t.field({
      type: EventEntity,
      nullable: true,
      description: 'The resource the event is about, loaded only when selected (batched with every other event of the query).',
      resolve: (e: LinodeRecord, _args: unknown, ctx: Parameters<typeof Instance.loadOne>[0]) => {
        const entity = e.entity as Entity;
        const resource = entity ? entityTypes[entity.type as keyof typeof entityTypes] : undefined;
        // A deleted resource is a normal thing for an old event to point at: null, not an error.
        return resource && entity ? resource.loadOne(ctx, entity.id).catch(() => null) : null;
      },
    }),
  }),
});
