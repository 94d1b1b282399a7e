// NodeBalancer reads and actions beyond CRUD: a day of traffic statistics, and rebuilding a
// port's config with its whole set of backends in one request.
import { schemaFact } from 'linode-facts/spec';
import { collectionPath } from '../data/collections.js';
import { hash } from '../data/keyed-rng.js';
import { badRequest, FieldErrors, notFound } from '../errors.js';
import { objectsIn } from '../json.js';
import { parseTime } from '../time.js';
import type { JsonObject } from '../types.js';
import { nowTime, ok, recordEvent, subjectOf, type Handler, type HandlerContext } from './context.js';
import { countNodes, nbConfigRules, nbNodeRules, P } from './networking-writes.js';
import { checkFields } from './validate.js';
import { createItem, findItemOf, mergeWritable } from './writes.js';

const FIVE_MINUTES = 5 * 60_000;
const DAY = 24 * 60 * 60_000;

function findNodeBalancer(ctx: HandlerContext): JsonObject {
  const nb = (ctx.state.store.collections[P.nodebalancers] ?? []).find((n) => String(n.id) === ctx.params.nodeBalancerId);
  if (!nb) throw notFound();
  return nb;
}

/**
 * A day of 5-minute averages as `[ms, value]` pairs (not the plain numbers the spec shows). Linode
 * has none for a NodeBalancer younger than a day: a 400, "Stats are unavailable at this time".
 */
const stats: Handler = (ctx) => {
  const nb = findNodeBalancer(ctx);
  const now = ctx.state.now();
  if (now - parseTime(String(nb.created)) < DAY) throw badRequest('Stats are unavailable at this time');
  const end = Math.floor(now / FIVE_MINUTES) * FIVE_MINUTES;
  const series = (salt: string, scale: number) =>
    Array.from({ length: DAY / FIVE_MINUTES }, (_, n) => {
      const at = end - DAY + n * FIVE_MINUTES;
      const wave = 1 + Math.sin((at / DAY) * 2 * Math.PI);
      return [at, Math.round((wave * scale + (hash(`${salt}/${String(nb.id)}/${at}`) % 100) / 100) * 100) / 100];
    });
  return ok({
    title: `${String(nb.label)} (${String(nb.id)}) - day (5 min avg)`,
    data: { connections: series('conn', 4), traffic: { in: series('in', 900), out: series('out', 2400) } },
  });
};

/** Rebuild: the config's settings, and its backends replaced by `nodes` (kept by id, added without one). */
const rebuild: Handler = (ctx) => {
  const configs = nbConfigRules.place(ctx);
  const config = findItemOf(ctx, nbConfigRules);
  const errors = new FieldErrors();
  checkFields(errors, ctx.op.request, ctx.body);
  if (!Array.isArray(ctx.body.nodes)) errors.add('nodes', 'nodes is required');
  nbConfigRules.check?.(ctx, errors, configs, config);
  const nodeCtx = (body: JsonObject) => ({ ...ctx, body, params: { ...ctx.params, configId: String(config.id) } });
  objectsIn(ctx.body.nodes).forEach((node, i) => {
    const sub = new FieldErrors();
    nbNodeRules.check?.(nodeCtx(node), sub, nbNodeRules.place(nodeCtx(node)));
    for (const e of sub.items) errors.add(`nodes[${i}].${String(e.field)}`, e.reason);
  });
  errors.throwIfAny();
  mergeWritable(config, ctx.body, ctx.op.request, schemaFact('NodeBalancerConfig'));
  const path = collectionPath(P.nodes, ctx.params.nodeBalancerId, config.id);
  const before = ctx.state.store.collections[path] ?? [];
  const place = { items: [] as JsonObject[], parent: config, all: () => before };
  for (const spec of objectsIn(ctx.body.nodes)) {
    const kept = before.find((n) => spec.id !== undefined && n.id === spec.id);
    if (kept) {
      mergeWritable(kept, spec, ctx.op.request?.fields?.nodes?.items, schemaFact('NodeBalancerNode'));
      place.items.push(kept);
    } else
      place.items.push(createItem(nodeCtx(spec), nbNodeRules, place, schemaFact('NodeBalancerNode'), ctx.op.request?.fields?.nodes?.items));
  }
  ctx.state.store.collections[path] = place.items;
  countNodes(place);
  const nb = findNodeBalancer(ctx);
  recordEvent(ctx.state, 'nodebalancer_config_update', subjectOf(nb), 'nodebalancer', 'finished', `/v4/nodebalancers/${String(nb.id)}`);
  nb.updated = nowTime(ctx.state);
  return ok(config);
};

export const nodeBalancerHandlers: Record<string, Handler> = {
  rebuildNodeBalancerConfig: rebuild,
};

/** The stats operation has no operationId in the spec: served by path. */
export const NODEBALANCER_STATS = { path: '/nodebalancers/{nodeBalancerId}/stats', handler: stats };
