// OAuth clients of the account. A client's secret is shown when it is made and when it is reset,
// never again (the store keeps the redaction marker). Their ids are not integers, so no events
// are recorded (the Event schema needs one), as for users. Their thumbnails are PNG bytes.
import { schemaFact } from 'linode-facts/spec';
import { REDACTED } from '../data/seed-helpers.js';
import { badRequest, notFound } from '../errors.js';
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

// Thumbnails: a PNG sent as the body (image/png), answered as it is.
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const thumbnails = new WeakMap<object, Map<string, Buffer>>();
const thumbnailsOf = (ctx: HandlerContext): Map<string, Buffer> => {
  const store = ctx.state.store;
  let found = thumbnails.get(store);
  if (!found) {
    found = new Map<string, Buffer>();
    thumbnails.set(store, found);
  }
  return found;
};

export const setThumbnail: Handler = (ctx) => {
  const client = findItemOf(ctx, oauthClientRules);
  const image = ctx.upload;
  if (!image || !/^image\/png\b/i.test(image.contentType)) throw badRequest('The thumbnail must be sent as image/png');
  if (!image.bytes.subarray(0, 8).equals(PNG_SIGNATURE)) throw badRequest('The thumbnail is not a PNG image');
  thumbnailsOf(ctx).set(String(client.id), image.bytes);
  client.thumbnail_url = `https://api.linode.com/v4/account/oauth-clients/${String(client.id)}/thumbnail`;
  return ok({});
};

/** A client without a thumbnail answers 404. */
export const getThumbnail: Handler = (ctx) => {
  const client = findItemOf(ctx, oauthClientRules);
  const image = thumbnailsOf(ctx).get(String(client.id));
  if (!image) throw notFound();
  return { body: image, contentType: 'image/png' };
};
