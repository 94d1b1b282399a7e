// Image share groups (today's API). Producer side: groups of this account's private images,
// their shared entries (`shared/<n>`) and members (named by the token uuid a consumer gave).
// Consumer side: tokens for other accounts' groups; the secret token string is shown once, on
// creation; a token sees its group and images once the producer has accepted it (`active`).
import { shareEntry, SHARE } from '../data/today/image-share.js';
import { uuid } from '../data/fill.js';
import { badRequest, FieldErrors, notFound } from '../errors.js';
import type { JsonObject } from '../types.js';
import { list, nowTime, ok, type Handler, type HandlerContext } from '../handlers/context.js';
import { checkFields } from '../handlers/validate.js';
import { createHandler, deleteHandler, updateHandler, type WriteRules } from '../handlers/writes.js';
import { todaySchemas } from './operations.js';

const items = (ctx: HandlerContext, path: string): JsonObject[] => (ctx.state.store.today[path] ??= []);

function group(ctx: HandlerContext): JsonObject {
  const found = items(ctx, SHARE.groups).find((g) => String(g.id) === ctx.params.sharegroupId);
  if (!found) throw notFound();
  return found;
}

function byKey(ctx: HandlerContext, path: string, key: string, value: string): JsonObject {
  const found = items(ctx, path).find((i) => String(i[key]) === value);
  if (!found) throw notFound();
  return found;
}

/** The next `shared/<n>` number, above every entry's. */
function nextShared(ctx: HandlerContext): number {
  const all = Object.entries(ctx.state.store.today)
    .filter(([path]) => path.endsWith('/images') && path.startsWith('/images/sharegroups/'))
    .flatMap(([, entries]) => entries.map((e) => Number(String(e.id).split('/')[1])));
  return Math.max(7_000, ...all) + ctx.state.rng.int(1, 20);
}

/** The body's `images` as entries of `target`: each a private image of the account. */
function entriesFrom(ctx: HandlerContext, target: JsonObject, errors: FieldErrors): JsonObject[] {
  const given = Array.isArray(ctx.body.images) ? (ctx.body.images as JsonObject[]) : [];
  const at = nowTime(ctx.state);
  return given.flatMap((wanted, n) => {
    const image = ctx.state.store.images.find((i) => i.id === wanted.id && !i.is_public);
    if (!image) {
      errors.add(`images[${n}].id`, 'Only private images of the account can be shared');
      return [];
    }
    const extra = {
      ...(typeof wanted.label === 'string' ? { label: wanted.label } : {}),
      ...(typeof wanted.description === 'string' ? { description: wanted.description } : {}),
    };
    return [shareEntry(image, nextShared(ctx) + n, target, at, extra)];
  });
}

const counts = (ctx: HandlerContext, g: JsonObject) => {
  g.images_count = items(ctx, SHARE.images(String(g.id))).length;
  g.members_count = items(ctx, SHARE.members(String(g.id))).length;
};

const groupRules: WriteRules = {
  place: (ctx) => ({ items: items(ctx, SHARE.groups), parent: undefined }),
  idKind: 'shareGroup',
  check(ctx, errors) {
    if (ctx.op.method === 'POST') entriesFrom(ctx, { id: 0 }, errors);
  },
  initial: (ctx) => ({ uuid: uuid(ctx.state.rng), is_suspended: false, images_count: 0, members_count: 0, updated: null, expiry: null }),
  created(ctx, item) {
    items(ctx, SHARE.images(String(item.id))).push(...entriesFrom(ctx, item, new FieldErrors()));
    items(ctx, SHARE.members(String(item.id)));
    counts(ctx, item);
  },
  deleted(ctx, item) {
    delete ctx.state.store.today[SHARE.images(String(item.id))];
    delete ctx.state.store.today[SHARE.members(String(item.id))];
  },
};

const tokenRules: WriteRules = {
  place: (ctx) => ({ items: items(ctx, SHARE.tokens), parent: undefined }),
  key: 'token_uuid',
  check(ctx, errors) {
    const wanted = ctx.body.valid_for_sharegroup_uuid;
    if (typeof wanted === 'string' && items(ctx, SHARE.groups).some((g) => g.uuid === wanted))
      errors.add('valid_for_sharegroup_uuid', "A token is for another account's share group");
  },
  initial: (ctx) => ({
    token_uuid: uuid(ctx.state.rng),
    status: 'pending',
    updated: null,
    expiry: null,
    sharegroup_uuid: null,
    sharegroup_label: null,
  }),
};

/** The other account's group a token is active for. */
function consumedGroup(ctx: HandlerContext): JsonObject {
  const token = byKey(ctx, SHARE.tokens, 'token_uuid', ctx.params.tokenUuid);
  const found = items(ctx, SHARE.consumed).find((g) => g.uuid === token.sharegroup_uuid);
  if (token.status !== 'active' || !found) throw notFound();
  return found;
}

export const imageShareHandlers: Record<string, Handler> = {
  getImageShareGroups: (ctx) => list(items(ctx, SHARE.groups)),
  getImageShareGroup: (ctx) => ok(group(ctx)),
  createImageShareGroup: createHandler(groupRules, () => todaySchemas.ImageShareGroup),
  updateImageShareGroup: updateHandler(groupRules, () => todaySchemas.ImageShareGroup),
  deleteImageShareGroup: deleteHandler(groupRules),
  getImageShareGroupsByImage: (ctx) => {
    const image = ctx.state.store.images.find((i) => i.id === ctx.params.imageId);
    if (!image) throw notFound();
    if (image.is_public) throw badRequest('Only private images are shared');
    return list(
      items(ctx, SHARE.groups).filter((g) =>
        items(ctx, SHARE.images(String(g.id))).some(
          (e) =>
            (e.image_sharing as JsonObject).shared_by &&
            ((e.image_sharing as JsonObject).shared_by as JsonObject).source_image_id === image.id,
        ),
      ),
    );
  },
  getImageShareGroupImages: (ctx) => list(items(ctx, SHARE.images(String(group(ctx).id)))),
  addImageShareGroupImages: (ctx) => {
    const g = group(ctx);
    const errors = new FieldErrors();
    checkFields(errors, ctx.op.request, ctx.body);
    const added = entriesFrom(ctx, g, errors);
    errors.throwIfAny();
    items(ctx, SHARE.images(String(g.id))).push(...added);
    counts(ctx, g);
    return ok({ data: added, page: 1, pages: 1, results: added.length });
  },
  updateImageShareGroupImage: (ctx) => {
    const entry = byKey(ctx, SHARE.images(String(group(ctx).id)), 'id', ctx.params.imageId);
    const errors = new FieldErrors();
    checkFields(errors, ctx.op.request, ctx.body);
    errors.throwIfAny();
    for (const key of ['label', 'description']) if (typeof ctx.body[key] === 'string') entry[key] = ctx.body[key];
    entry.updated = nowTime(ctx.state);
    return ok(entry);
  },
  removeImageShareGroupImage: (ctx) => {
    const g = group(ctx);
    const entries = items(ctx, SHARE.images(String(g.id)));
    entries.splice(entries.indexOf(byKey(ctx, SHARE.images(String(g.id)), 'id', ctx.params.imageId)), 1);
    counts(ctx, g);
    return ok({});
  },
  getImageShareGroupMembers: (ctx) => list(items(ctx, SHARE.members(String(group(ctx).id)))),
  getImageShareGroupMember: (ctx) => ok(byKey(ctx, SHARE.members(String(group(ctx).id)), 'token_uuid', ctx.params.tokenUuid)),
  addImageShareGroupMember: (ctx) => {
    const g = group(ctx);
    const errors = new FieldErrors();
    checkFields(errors, ctx.op.request, ctx.body);
    errors.throwIfAny();
    const at = nowTime(ctx.state);
    // The consumer's token is a secret: the group keeps only a uuid for it.
    const member = { token_uuid: uuid(ctx.state.rng), status: 'active', label: ctx.body.label, created: at, updated: null, expiry: null };
    items(ctx, SHARE.members(String(g.id))).push(member);
    counts(ctx, g);
    return ok(member);
  },
  updateImageShareGroupMember: (ctx) => {
    const member = byKey(ctx, SHARE.members(String(group(ctx).id)), 'token_uuid', ctx.params.tokenUuid);
    const errors = new FieldErrors();
    checkFields(errors, ctx.op.request, ctx.body);
    errors.throwIfAny();
    member.label = ctx.body.label;
    member.updated = nowTime(ctx.state);
    return ok(member);
  },
  removeImageShareGroupMember: (ctx) => {
    const g = group(ctx);
    const members = items(ctx, SHARE.members(String(g.id)));
    members.splice(members.indexOf(byKey(ctx, SHARE.members(String(g.id)), 'token_uuid', ctx.params.tokenUuid)), 1);
    counts(ctx, g);
    return ok({});
  },
  getImageShareGroupTokens: (ctx) => list(items(ctx, SHARE.tokens)),
  getImageShareGroupToken: (ctx) => ok(byKey(ctx, SHARE.tokens, 'token_uuid', ctx.params.tokenUuid)),
  createImageShareGroupToken: (ctx) => {
    const answer = createHandler(tokenRules, () => todaySchemas.ImageShareGroupToken)(ctx) as { body: JsonObject };
    // The token itself: in this answer only.
    return ok({ token: `${ctx.state.rng.hex(32)}${ctx.state.rng.hex(32)}`, ...answer.body });
  },
  updateImageShareGroupToken: updateHandler(tokenRules, () => todaySchemas.ImageShareGroupToken),
  deleteImageShareGroupToken: deleteHandler(tokenRules),
  getImageShareGroupByToken: (ctx) => ok(consumedGroup(ctx)),
  getImageShareGroupImagesByToken: (ctx) => list(items(ctx, SHARE.consumedImages(String(consumedGroup(ctx).uuid)))),
};
