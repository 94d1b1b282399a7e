import type { Tag as TagShape } from 'linode-facts/shapes';
import { builder } from '../builder.js';
import { Domain } from '../domains/domain.js';
import { upstreamCost } from '../kit/cost.js';
import { pathSegment } from '../kit/ids.js';
import { typenameOf } from '../kit/linode-values.js';
import { definePlainList } from '../kit/plain-list.js';
import type { FieldMap } from '../kit/types.js';
import { Instance } from '../linode/instance.js';
import { NodeBalancer } from '../nodebalancers/nodebalancer.js';
import { Volume } from '../volumes/volume.js';

/** The kinds of objects GET /tags/{label} answers with, by Linode's `type`. */
const TAGGABLE = { linode: Instance, domain: Domain, volume: Volume, nodebalancer: NodeBalancer } as const;
type TaggedItem = { type?: string | null; data?: Record<string, unknown> | null };

const TaggedObject = builder.unionType('TaggedObject', {
  description: 'An object carrying a tag: an instance, a domain, a volume or a NodeBalancer.',
  types: () => Object.values(TAGGABLE).map((r) => r.ref),
  resolveType: (value) => typenameOf(value),
});

export const Tag = definePlainList({
  name: 'Tag',
  schema: 'Tag',
  description: "A tag used on the account's resources.",
  operation: 'GET /tags',
  relations: (t): FieldMap => ({
    objects: t.field({
      type: t.listRef(TaggedObject, { nullable: false }),
      nullable: true,
      description: 'The instances, domains, volumes and NodeBalancers carrying the tag, whole (fetched only when selected).',
      extensions: upstreamCost.perParent,
      resolve: async (tag: TagShape, _args, ctx) => {
        const label = String(tag.label);
        if (label === '.' || label === '..') return []; // would name another path
        const items = await ctx.upstream.all<TaggedItem>(`/tags/${pathSegment('tag', label)}`, { operation: 'GET /tags/{tagLabel}' });
        return items.flatMap(({ type, data }) => {
          const resource = type ? TAGGABLE[type as keyof typeof TAGGABLE] : undefined;
          return resource && data ? [resource.fromLinode(data)] : []; // kinds outside this graph are left out
        });
      },
    }),
  }),
});

builder.queryFields((t) => ({
  tags: Tag.rootField(t, 'The tags used on the account (filter instances, volumes and others by `tags`).', '/tags'),
}));
