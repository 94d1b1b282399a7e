import type { BinaryAnswer } from '../../rest/client.js';
import { upstreamCost } from '../kit/cost.js';
import { validId } from '../kit/ids.js';
import { isMissing } from '../kit/relation.js';
import { defineResource } from '../kit/resource.js';
import type { FieldMap } from '../kit/types.js';

export const OAuthClient = defineResource({
  name: 'OAuthClient',
  schema: 'OAuthClient',
  description: 'An OAuth application registered by the account.',
  path: '/account/oauth-clients',
  idKind: 'slug',
  root: { one: 'oauthClient', many: 'oauthClients' },
  // A secret: shown once, by createOAuthClient and resetOAuthClientSecret only.
  omit: ['secret'],
  relations: (t): FieldMap => ({
    thumbnail: t.string({
      nullable: true,
      description: "The application's thumbnail as a `data:image/png;base64,...` URL; null when it has none (fetched only when selected).",
      extensions: upstreamCost.perParent,
      resolve: async (client, _args, ctx) => {
        const id = validId('slug', client.id);
        try {
          // Images stay out of the caches: read each time.
          const image = await ctx.upstream.get<BinaryAnswer>(`/account/oauth-clients/${id}/thumbnail`, {
            operation: 'GET /account/oauth-clients/{clientId}/thumbnail',
            binary: true,
            fresh: true,
          });
          return `data:${image.contentType.split(';')[0] || 'image/png'};base64,${image.base64}`;
        } catch (error) {
          if (isMissing(error)) return null; // Linode answers 404 for a client without a thumbnail
          throw error;
        }
      },
    }),
  }),
});
