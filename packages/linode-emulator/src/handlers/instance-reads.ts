// Reads of instances and their children.
import { notFound } from '../errors.js';
import type { JsonObject } from '../types.js';
import { findInstance, list, ok, type Handler } from './context.js';

function child(items: JsonObject[] | undefined, id: string | undefined): JsonObject {
  const found = items?.find((i) => i.id === Number(id));
  if (!found) throw notFound();
  return found;
}

export const instanceReadHandlers: Record<string, Handler> = {
  getLinodeInstances: (ctx) => list(ctx.state.store.instances),
  getLinodeInstance: (ctx) => ok(findInstance(ctx)),
  getLinodeDisks: (ctx) => list(ctx.state.store.disksByInstance[findInstance(ctx).id] ?? []),
  getLinodeDisk: (ctx) => ok(child(ctx.state.store.disksByInstance[findInstance(ctx).id], ctx.params.diskId)),
  getLinodeConfigs: (ctx) => list(ctx.state.store.configsByInstance[findInstance(ctx).id] ?? []),
  getLinodeConfig: (ctx) => ok(child(ctx.state.store.configsByInstance[findInstance(ctx).id], ctx.params.configId)),
  getLinodeVolumes: (ctx) => {
    const id = findInstance(ctx).id;
    return list(ctx.state.store.volumes.filter((v) => v.linode_id === id));
  },
  getBackups: (ctx) => ok(ctx.state.store.backupsByInstance[findInstance(ctx).id]),
  getLinodeIPs: (ctx) => ok(ctx.state.store.ipsByInstance[findInstance(ctx).id]),
};
