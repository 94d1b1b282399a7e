import { builder } from '../builder.js';
import { definePlainList } from '../kit/plain-list.js';

export const Tag = definePlainList({
  name: 'Tag',
  schema: 'Tag',
  description: "A tag used on the account's resources.",
  operation: 'GET /tags',
});

builder.queryFields((t) => ({
  tags: Tag.rootField(t, 'The tags used on the account (filter instances, volumes and others by `tags`).', '/tags'),
}));
