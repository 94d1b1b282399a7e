// Reads of the collections of data/collections.ts: every list and item GET derived from the table,
// plus the lists derived from others (an instance's firewalls and NodeBalancers...).
import type { OperationFact } from 'linode-facts/spec';
import { collectionPath, COLLECTIONS } from '../data/collections.js';
import { notFound } from '../errors.js';
import type { InstanceRecord } from '../records.js';
import type { EmulatorStore, JsonObject } from '../types.js';
import { isDeviceOf } from './collection-links.js';
import { findInstance, list, ok, type Handler, type HandlerContext } from './context.js';

const paramNames = (template: string) => [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);

/** The items of collection `template` under the parents named in `params`; 404 when a parent is missing. */
export function collectionItems(store: EmulatorStore, template: string, params: Record<string, string>): JsonObject[] {
  const items = store.collections[collectionPath(template, ...paramNames(template).map((p) => params[p]))];
  if (!items) throw notFound();
  return items;
}

/** The item of `template` named by `id` (under the parents of `params`), or undefined. */
export function findItem(store: EmulatorStore, template: string, params: Record<string, string>, id: string): JsonObject | undefined {
  const key = COLLECTIONS[template]?.key ?? 'id';
  return collectionItems(store, template, params).find((item) => String(item[key]) === id);
}

/** `/a/{x}/b/{y}` -> [`/a/{x}/b`, `y`] when the parent part is a collection of the table. */
function itemOf(path: string): { template: string; param: string } | undefined {
  const m = /^(.*)\/\{([^}]+)\}$/.exec(path);
  if (!m || !COLLECTIONS[m[1]] || COLLECTIONS[m[1]].noItems) return undefined;
  return { template: m[1], param: m[2] };
}

/** The generic handler of a list or item GET of the table, if `op` is one. */
export function collectionHandler(op: OperationFact): Handler | undefined {
  if (op.method !== 'GET') return undefined;
  if (op.paginated && COLLECTIONS[op.path]) return (ctx) => list(collectionItems(ctx.state.store, op.path, ctx.params));
  const item = itemOf(op.path);
  if (!item) return undefined;
  return (ctx) => {
    const found = findItem(ctx.state.store, item.template, ctx.params, ctx.params[item.param]);
    if (!found) throw notFound();
    return ok(found);
  };
}

/**
 * Whether the object the leading path parameters of `op` name exists, for operations the
 * emulator does not implement on these collections (PUT /networking/firewalls/{id}...);
 * undefined when the path does not start with a collection of the table.
 */
export function parentExists(op: OperationFact, ctx: HandlerContext): boolean | undefined {
  const names = paramNames(op.path);
  for (let n = names.length; n > 0; n -= 1) {
    const end = op.path.indexOf(`{${names[n - 1]}}`) + names[n - 1].length + 2;
    const item = itemOf(op.path.slice(0, end));
    if (!item) continue;
    try {
      return findItem(ctx.state.store, item.template, ctx.params, ctx.params[item.param]) !== undefined;
    } catch {
      return false;
    }
  }
  return undefined;
}

const FIREWALLS = '/networking/firewalls';
const DEVICES = '/networking/firewalls/{firewallId}/devices';
const NODEBALANCERS = '/nodebalancers';

/** Firewalls with a device for the entity. */
function firewallsOf(store: EmulatorStore, type: string, id: unknown): JsonObject[] {
  return (store.collections[FIREWALLS] ?? []).filter((fw) =>
    (store.collections[collectionPath(DEVICES, fw.id)] ?? []).some((d) => isDeviceOf(d, type, id)),
  );
}

/** NodeBalancers with a node on one of the instance's addresses. */
function nodeBalancersOf(store: EmulatorStore, instance: InstanceRecord): JsonObject[] {
  const addresses = new Set(instance.ipv4);
  return (store.collections[NODEBALANCERS] ?? []).filter((nb) =>
    Object.entries(store.collections).some(
      ([path, nodes]) =>
        path.startsWith(`/nodebalancers/${String(nb.id)}/configs/`) &&
        path.endsWith('/nodes') &&
        nodes.some((n) => addresses.has(String(n.address).replace(/:\d+$/, ''))),
    ),
  );
}

/**
 * A GET /databases/instances entry: real ones are the engine's object as it is (port, disk sizes,
 * engine_config... beyond the Database schema) and carry no `instance_uri`.
 */
function databaseEntry(db: JsonObject): JsonObject {
  return { ...db };
}

export const collectionHandlers: Record<string, Handler> = {
  getLinodeFirewalls: (ctx) => list(firewallsOf(ctx.state.store, 'linode', findInstance(ctx).id)),
  getLinodeNodeBalancers: (ctx) => list(nodeBalancersOf(ctx.state.store, findInstance(ctx))),
  getNodeBalancerFirewalls: (ctx) => {
    const nb = findItem(ctx.state.store, NODEBALANCERS, ctx.params, ctx.params.nodeBalancerId);
    if (!nb) throw notFound();
    return list(firewallsOf(ctx.state.store, 'nodebalancer', nb.id));
  },
  getFirewallRules: (ctx) => {
    const firewall = findItem(ctx.state.store, FIREWALLS, ctx.params, ctx.params.firewallId);
    if (!firewall) throw notFound();
    return ok(firewall.rules);
  },
  getDatabasesInstances: (ctx) =>
    list(
      ['mysql', 'postgresql']
        .flatMap((engine) => ctx.state.store.collections[`/databases/${engine}/instances`] ?? [])
        .sort((a, b) => Number(a.id) - Number(b.id))
        .map(databaseEntry),
    ),
};
