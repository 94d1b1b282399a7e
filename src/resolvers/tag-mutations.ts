// Root Mutation fields for tags: create one (and put it on objects), delete one from everything.
import { Tag } from '../schema/account/tag.js';
import { defineMutations } from '../schema/kit/mutations.js';

defineMutations({
  createTag: {
    op: 'POST /tags',
    description: 'Creates a tag, and puts it on the given instances, domains, volumes and NodeBalancers.',
    returns: { field: 'tag', object: { name: 'Tag', ref: Tag.ref } },
  },
  deleteTag: {
    op: 'DELETE /tags/{tagLabel}',
    id: 'tagLabel',
    description: 'Deletes a tag and takes it off every object carrying it.',
    returns: 'deleted',
  },
});
