// OAuth clients of the account. A client's secret is shown when it is made and when it is reset,
// never again (the store keeps the redaction marker). Their ids are not integers, so no events
// are recorded (the Event schema needs one), as for users.
import { schemaFact } from 'linode-facts/spec';
import { REDACTED } from '../data/seed-helpers.js';
import type { JsonObject } from '../types.js';
import { ok, type Handler, type HandlerContext } from './context.js';
import { collectionPlace } from './places.js';
import { createHandler, findItemOf, type WriteRules } from './writes.js';

const URL_LIKE = /^https?:\/\/[^\s/]+(\/\S*)?$/;

export const oauthClientRules: WriteRules = {
  place: collectionPlace('/account/oauth-clients'),
  check: (ctx, errors) => {
    const { redirect_uri } = ctx.body;
    if (typeof redirect_uri === 'string' && !URL_LIKE.test(redirect_uri)) errors.add('redirect_uri', 'redirect_uri must be a valid URL');
  },
  initial: (ctx) => ({ id: ctx.state.rng.hex(20), status: 'active', secret: REDACTED, thumbnail_url: null }),
};

const newSecret = (ctx: HandlerContext) => ctx.state.rng.hex(64);
const createClientItem = createHandler(oauthClientRules, () => schemaFact('OAuthClient'));

export const createOAuthClient: Handler = (ctx) => {
  const created = createClientItem(ctx);
  return 'body' in created ? ok({ ...(created.body as JsonObject), secret: newSecret(ctx) }) : created;
};

export const resetOAuthClientSecret: Handler = (ctx) => ok({ ...findItemOf(ctx, oauthClientRules), secret: newSecret(ctx) });
