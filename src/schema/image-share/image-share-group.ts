// Image share groups (newer than spec 4.176.0). The producer side: a group of the account's
// private images shared with other accounts (its members). The consumer side: tokens for other
// accounts' groups, through which their images are seen. Shared images appear as `shared/<n>`.
import type { ConsumerImageShareGroup, ImageShareGroupMember } from 'linode-facts/shapes';
import { builder } from '../builder.js';
import { Image } from '../catalogs/image.js';
import { connectionField } from '../kit/connection-field.js';
import { upstreamCost } from '../kit/cost.js';
import { factObject } from '../kit/fact-object.js';
import { validId } from '../kit/ids.js';
import { isMissing } from '../kit/relation.js';
import { withGatewayKey } from '../kit/linode-values.js';
import { definePlainList } from '../kit/plain-list.js';
import { defineResource } from '../kit/resource.js';
import type { FieldMap } from '../kit/types.js';

/** An image as a share group shows it (`shared/<n>`). */
export const ShareEntry = definePlainList({
  name: 'ImageShareEntry',
  schema: 'ImageShareEntry',
  description: 'An image as a share group shares it: its own `shared/...` id, label and description.',
  operation: 'GET /images/sharegroups/{id}/images',
});
ShareEntry.relate('image_sharing.shared_by', (t) => ({
  sourceImage: t.field({
    type: Image.ref,
    nullable: true,
    description: 'The private image shared (for a group of this account).',
    resolve: async (s, _args, ctx) => (s.source_image_id ? Image.loadOne(ctx, s.source_image_id).catch(() => null) : null),
  }),
}));

/** A member of a group: an account, named by the uuid of the token it gave (with the group's id). */
export const ShareMember = definePlainList({
  name: 'ImageShareGroupMember',
  schema: 'ImageShareGroupMember',
  description: 'An account a share group shares with, named by the uuid of the token it gave.',
  operation: 'GET /images/sharegroups/{id}/members',
  relations: (t): FieldMap => ({
    sharegroupId: t.id({
      nullable: true,
      description: "The share group's id.",
      resolve: (m) => (m as { sharegroup_id?: number }).sharegroup_id ?? null,
    }),
  }),
});
export const memberOf = (member: ImageShareGroupMember, groupId: string | number) =>
  withGatewayKey(member, 'sharegroup_id', Number(groupId));

const groupPath = (id: string | number) => `/images/sharegroups/${id}`;

export const ImageShareGroup = defineResource({
  name: 'ImageShareGroup',
  schema: 'ImageShareGroup',
  description: "A group of the account's private images, shared with other accounts.",
  path: '/images/sharegroups',
  idKind: 'int',
  root: { one: 'imageShareGroup', many: 'imageShareGroups' },
  relations: (t): FieldMap => ({
    images: ShareEntry.field(t, 'The images the group shares.', (g) => `${groupPath(g.id)}/images`),
    members: ShareMember.field(t, 'The accounts the group shares with.', (g) => `${groupPath(g.id)}/members`, {
      each: (member, g) => memberOf(member, g.id),
    }),
  }),
});

builder.queryField('imageShareGroupMember', (t) =>
  t.field({
    type: ShareMember.ref,
    nullable: true,
    description: 'One member of a share group, by the group and its token uuid; null with a NOT_FOUND error when there is none.',
    extensions: upstreamCost.perParent,
    args: { sharegroupId: t.arg.id({ required: true }), tokenUuid: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const groupId = validId('int', args.sharegroupId, 'sharegroupId');
      const member = await ctx.upstream.get<ImageShareGroupMember>(
        `${groupPath(groupId)}/members/${validId('slug', args.tokenUuid, 'tokenUuid')}`,
        {
          operation: 'GET /images/sharegroups/{id}/members/{id}',
        },
      );
      return memberOf(member, groupId);
    },
  }),
);

// The share groups a private image is in (public images are in none: nothing is asked).
builder.objectField(Image.ref, 'shareGroups', (t) =>
  connectionField(t, ImageShareGroup, {
    description: 'The share groups the image is shared in (private images only).',
    resolve: async (image, args, ctx) =>
      typeof image.id === 'string' && image.id.startsWith('private/')
        ? ImageShareGroup.resolveConnection(ctx, args, `/images/${image.id}/sharegroups`)
        : ImageShareGroup.connectionOver([], args),
  }),
);

/** Another account's group, as a token of this account sees it. */
const ConsumerGroup = factObject({
  name: 'ConsumerImageShareGroup',
  schema: 'ConsumerImageShareGroup',
  description: "Another account's share group, as seen through this account's token.",
});

const tokenPath = (uuid: string | number) => `/images/sharegroups/tokens/${uuid}`;

export const ImageShareGroupToken = defineResource({
  name: 'ImageShareGroupToken',
  schema: 'ImageShareGroupToken',
  description: "This account's token for another account's share group (the token string itself is shown once, on creation).",
  path: '/images/sharegroups/tokens',
  idKind: 'slug',
  idField: 'token_uuid',
  root: { one: 'imageShareGroupToken', many: 'imageShareGroupTokens' },
  relations: (t): FieldMap => ({
    shareGroup: t.field({
      type: ConsumerGroup.ref,
      nullable: true,
      description: 'The group the token is for, once its owner accepted the token (null while pending).',
      extensions: upstreamCost.perParent,
      resolve: (token, _args, ctx) =>
        token.status === 'pending'
          ? null
          : ctx.upstream
              .get<ConsumerImageShareGroup>(`${tokenPath(String(token.token_uuid))}/sharegroup`, {
                operation: 'GET /images/sharegroups/tokens/{id}/sharegroup',
              })
              .catch((error: unknown) => {
                if (isMissing(error)) return null;
                throw error;
              }),
    }),
    images: ShareEntry.field(t, "The group's images the token gives access to.", (token) =>
      token.status === 'pending' ? null : `${tokenPath(String(token.token_uuid))}/sharegroup/images`,
    ),
  }),
});
