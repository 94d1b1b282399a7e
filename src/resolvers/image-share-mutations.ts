// Root Mutation fields for image share groups: the groups, their images and members (producer
// side), and this account's tokens for other accounts' groups (consumer side).
import type { ImageShareGroupTokenCreated } from 'linode-facts/shapes';
import { builder } from '../schema/builder.js';
import { ImageShareGroup, ImageShareGroupToken, memberOf, ShareEntry, ShareMember } from '../schema/image-share/image-share-group.js';
import { defineMutations } from '../schema/kit/mutations.js';
import { tagType } from '../schema/kit/linode-values.js';

const group = { field: 'imageShareGroup', resource: ImageShareGroup };
const entry = {
  field: 'image',
  child: { config: { name: 'ImageShareEntry' }, ref: ShareEntry.ref, adopt: (answer: Record<string, unknown>) => answer },
  parent: (p: Record<string, string>) => p.sharegroupId,
};
const member = {
  field: 'member',
  child: {
    config: { name: 'ImageShareGroupMember' },
    ref: ShareMember.ref,
    adopt: (answer: Record<string, unknown>, groupId: string | number) => memberOf(answer, groupId),
  },
  parent: (p: Record<string, string>) => p.sharegroupId,
};

// A secret: the token string, shown by Linode once, in this answer (mutations are never cached).
const CreatedToken = builder.objectRef<ImageShareGroupTokenCreated>('CreatedImageShareGroupToken').implement({
  description: "A new token for another account's share group, with the token string itself.",
  fields: (t) => ({
    token: t.string({
      nullable: true,
      description: "Returns a secret: the token string to give the group's owner, shown only in this answer.",
      resolve: (created) => created.token ?? null,
    }),
    imageShareGroupToken: t.field({
      type: ImageShareGroupToken.ref,
      nullable: true,
      description: 'The token as this account keeps it (without the token string).',
      resolve: ({ token: _secret, ...kept }) => {
        void _secret;
        return tagType(kept, 'ImageShareGroupToken');
      },
    }),
  }),
});

defineMutations({
  createImageShareGroup: {
    op: 'POST /images/sharegroups',
    description: 'Creates a share group, optionally with private images to share.',
    input: 'The group: label, description and images.',
    returns: group,
  },
  updateImageShareGroup: {
    op: 'PUT /images/sharegroups/{sharegroupId}',
    id: 'sharegroupId',
    description: "Changes a share group's label or description.",
    input: 'Changes to the share group.',
    returns: group,
  },
  deleteImageShareGroup: {
    op: 'DELETE /images/sharegroups/{sharegroupId}',
    id: 'sharegroupId',
    description: 'Deletes a share group (its members lose access to its images).',
    returns: 'deleted',
  },
  // Linode answers a page of the images added: the group is read again when selected.
  addImageShareGroupImages: {
    op: 'POST /images/sharegroups/{sharegroupId}/images',
    id: 'sharegroupId',
    description: 'Shares more private images in a group.',
    input: 'The private images to share, with the label and description members see.',
    returns: { ...group, reload: true },
  },
  updateImageShareGroupImage: {
    op: 'PUT /images/sharegroups/{sharegroupId}/images/{imageId}',
    description: 'Changes the label or description members see of a shared image.',
    input: 'Changes to the shared image.',
    returns: entry,
  },
  removeImageShareGroupImage: {
    op: 'DELETE /images/sharegroups/{sharegroupId}/images/{imageId}',
    id: 'imageId',
    description: 'Stops sharing an image in a group.',
    returns: 'deleted',
  },
  addImageShareGroupMember: {
    op: 'POST /images/sharegroups/{sharegroupId}/members',
    description: 'Adds an account to a share group, with the token it gave.',
    input: "The account's token and a label for it.",
    returns: member,
  },
  updateImageShareGroupMember: {
    op: 'PUT /images/sharegroups/{sharegroupId}/members/{tokenUuid}',
    description: "Changes a member's label.",
    input: 'The new label.',
    returns: member,
  },
  removeImageShareGroupMember: {
    op: 'DELETE /images/sharegroups/{sharegroupId}/members/{tokenUuid}',
    id: 'tokenUuid',
    description: 'Removes an account from a share group.',
    returns: 'deleted',
  },
  createImageShareGroupToken: {
    op: 'POST /images/sharegroups/tokens',
    description: "Creates a token for another account's share group: give its secret string to the group's owner.",
    input: "The group's uuid and a label.",
    returns: {
      field: 'created',
      child: { config: { name: 'CreatedImageShareGroupToken' }, ref: CreatedToken, adopt: (answer) => answer },
      parent: () => '',
    },
  },
  updateImageShareGroupToken: {
    op: 'PUT /images/sharegroups/tokens/{tokenUuid}',
    id: 'tokenUuid',
    description: "Changes a token's label.",
    input: 'The new label.',
    returns: { field: 'imageShareGroupToken', resource: ImageShareGroupToken },
  },
  deleteImageShareGroupToken: {
    op: 'DELETE /images/sharegroups/tokens/{tokenUuid}',
    id: 'tokenUuid',
    description: "Deletes a token (access to the other account's group ends).",
    returns: 'deleted',
  },
});
