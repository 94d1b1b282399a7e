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

export const catalogHandlers: Record<string, Handler> = {
  getRegions: (ctx) => list(ctx.state.store.regions),
  getRegion: (ctx) => ok(byId(ctx.state.store.regions, ctx.params.regionId)),
  getLinodeTypes: (ctx) => list(ctx.state.store.types),
  getLinodeType: (ctx) => ok(byId(ctx.state.store.types, ctx.params.typeId)),
  getKernels: (ctx) => list(ctx.state.store.kernels),
  getKernel: (ctx) => ok(byId(ctx.state.store.kernels, ctx.params.kernelId)),
  getImages: (ctx) => list(visibleImages(ctx)),
  getImage: (ctx) => ok(byId(visibleImages(ctx), ctx.params.imageId)),
};
