// Reads of instances and their children.
import { notFound } from '../errors.js';
import type { InstanceIps } from '../records.js';
import type { JsonObject } from '../types.js';
import { findInstance, list, ok, type Handler, type HandlerContext } from './context.js';

function child(items: JsonObject[] | undefined, id: string | undefined): JsonObject {
  const found = items?.find((i) => i.id === Number(id));
  if (!found) throw notFound();
  return found;
}

const configOf = (ctx: HandlerContext) => child(ctx.state.store.configsByInstance[findInstance(ctx).id], ctx.params.configId);
const interfacesOf = (config: JsonObject): JsonObject[] => (Array.isArray(config.interfaces) ? (config.interfaces as JsonObject[]) : []);

/** Every address of an instance's IPs answer that has a read of its own (IPv4, SLAAC and link-local IPv6). */
export function instanceAddresses(ips: InstanceIps | undefined): JsonObject[] {
  if (!ips) return [];
  const { ipv4, ipv6 } = ips;
  return [...ipv4.public, ...ipv4.private, ...ipv4.shared, ...ipv4.reserved, ipv6.slaac, ipv6.link_local];
}

/** A backup of an instance: automatic, or the snapshot taken or being taken. */
function findBackup(ctx: HandlerContext): JsonObject {
  const backups = ctx.state.store.backupsByInstance[findInstance(ctx).id];
  const all = [...(backups?.automatic ?? []), backups?.snapshot.current, backups?.snapshot.in_progress];
  const found = all.find((b) => b?.id === Number(ctx.params.backupId));
  if (!found) throw notFound();
  return found;
}

export const instanceReadHandlers: Record<string, Handler> = {
  getLinodeInstances: (ctx) => list(ctx.state.store.instances),
  getLinodeInstance: (ctx) => ok(findInstance(ctx)),
  getLinodeDisks: (ctx) => list(ctx.state.store.disksByInstance[findInstance(ctx).id] ?? []),
  getLinodeDisk: (ctx) => ok(child(ctx.state.store.disksByInstance[findInstance(ctx).id], ctx.params.diskId)),
  getLinodeConfigs: (ctx) => list(ctx.state.store.configsByInstance[findInstance(ctx).id] ?? []),
  getLinodeConfig: (ctx) => ok(configOf(ctx)),
  // A plain array, not a page: Linode answers the interfaces of a config in their order.
  getLinodeConfigInterfaces: (ctx) => ok(interfacesOf(configOf(ctx))),
  getLinodeConfigInterface: (ctx) => ok(child(interfacesOf(configOf(ctx)), ctx.params.interfaceId)),
  getLinodeVolumes: (ctx) => {
    const id = findInstance(ctx).id;
    return list(ctx.state.store.volumes.filter((v) => v.linode_id === id));
  },
  getBackups: (ctx) => ok(ctx.state.store.backupsByInstance[findInstance(ctx).id]),
  getBackup: (ctx) => ok(findBackup(ctx)),
  getLinodeIPs: (ctx) => ok(ctx.state.store.ipsByInstance[findInstance(ctx).id]),
  getLinodeIP: (ctx) => {
    const address = instanceAddresses(ctx.state.store.ipsByInstance[findInstance(ctx).id]).find((a) => a.address === ctx.params.address);
    if (!address) throw notFound();
    return ok(address);
  },
};
