// Regions, Linode types, kernels and images.
import { notFound } from '../errors.js';
import type { JsonObject } from '../types.js';
import { list, ok, type Handler, type HandlerContext } from './context.js';

function byId(items: JsonObject[], id: string | undefined): JsonObject {
  const found = items.find((i) => i.id === id);
  if (!found) throw notFound();
  return found;
}

/** Anonymous callers see only public images. */
const visibleImages = (ctx: HandlerContext) => ctx.state.store.images.filter((i) => i.is_public || !ctx.anonymous);

/** `private/12` -> 12. */
const privateNumber = (image: JsonObject) => Number(String(image.id).slice('private/'.length));

/**
 * The list as Linode orders it: the account's own images first, oldest id first, then the public
 * ones (linodego's recorded TestImages_List: `private/84470` ... `private/113323`, then
 * `linode/almalinux10` ...).
 */
function listedImages(ctx: HandlerContext): JsonObject[] {
  const visible = visibleImages(ctx);
  const own = visible.filter((i) => !i.is_public).sort((a, b) => privateNumber(a) - privateNumber(b));
  return [...own, ...visible.filter((i) => i.is_public)];
}

export const catalogHandlers: Record<string, Handler> = {
  getRegions: (ctx) => list(ctx.state.store.regions),
  getRegion: (ctx) => ok(byId(ctx.state.store.regions, ctx.params.regionId)),
  getLinodeTypes: (ctx) => list(ctx.state.store.types),
  getLinodeType: (ctx) => ok(byId(ctx.state.store.types, ctx.params.typeId)),
  getKernels: (ctx) => list(ctx.state.store.kernels),
  getKernel: (ctx) => ok(byId(ctx.state.store.kernels, ctx.params.kernelId)),
  getImages: (ctx) => list(listedImages(ctx)),
  getImage: (ctx) => ok(byId(visibleImages(ctx), ctx.params.imageId)),
};
