// Where the items of each writable collection live, for the generic writes (writes.ts).
import { collectionPath, COLLECTIONS } from '../data/collections.js';
import { notFound } from '../errors.js';
import type { DomainRecord, InstanceRecord } from '../records.js';
import type { EmulatorStore, JsonObject } from '../types.js';
import { findInstance, type HandlerContext } from './context.js';
import type { Place } from './writes.js';

const paramNames = (template: string) => [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);

/** The items of a collection of data/collections.ts under the request's parents, and the nearest parent. */
export function collectionPlace(template: string): (ctx: HandlerContext) => Place {
  const parentMatch = /^(.*)\/\{([^}]+)\}\/[^/{}]+$/.exec(template);
  return (ctx: HandlerContext): Place => {
    const { store } = ctx.state;
    let parent: JsonObject | undefined;
    if (parentMatch) {
      const [, parentTemplate, param] = parentMatch;
      const key = COLLECTIONS[parentTemplate]?.key ?? 'id';
      parent = placeItems(store, parentTemplate, ctx.params)?.find((i) => String(i[key]) === ctx.params[param]);
      if (!parent) throw notFound();
    }
    const path = collectionPath(template, ...paramNames(template).map((p) => ctx.params[p]));
    return { items: (store.collections[path] ??= []), parent, all: () => allOf(store, template) };
  };
}

/** The place of a collection under a parent (`/vpcs/{vpcId}/subnets`): its parent is always there. */
export function childPlace(template: string): (ctx: HandlerContext) => Place<JsonObject> {
  const place = collectionPlace(template);
  return (ctx) => {
    const { items, parent, all } = place(ctx);
    if (!parent) throw new Error(`${template} is not a collection under a parent`);
    return { items, parent, all };
  };
}

/** Every item of collection `template`, under any parent. */
function allOf(store: EmulatorStore, template: string): JsonObject[] {
  const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);
  return Object.entries(store.collections).flatMap(([path, items]) => (pattern.test(path) ? items : []));
}

function placeItems(store: EmulatorStore, template: string, params: Record<string, string>): JsonObject[] | undefined {
  const parentMatch = /^(.*)\/\{([^}]+)\}\/[^/{}]+$/.exec(template);
  if (parentMatch) {
    const [, parentTemplate, param] = parentMatch;
    if (!placeItems(store, parentTemplate, params)?.some((i) => String(i.id) === params[param])) return undefined;
  }
  return store.collections[collectionPath(template, ...paramNames(template).map((p) => params[p]))];
}

/** Removes a child collection of a deleted item, and the collections below it. */
export function dropCollections(store: EmulatorStore, prefix: string): void {
  for (const key of Object.keys(store.collections)) if (key.startsWith(`${prefix}/`)) delete store.collections[key];
}

export function findDomain(ctx: HandlerContext): DomainRecord {
  const domain = ctx.state.store.domains.find((d) => d.id === Number(ctx.params.domainId));
  if (!domain) throw notFound();
  return domain;
}

export const domainsPlace = (ctx: HandlerContext): Place => ({ items: ctx.state.store.domains, parent: undefined });
export const imagesPlace = (ctx: HandlerContext): Place => ({ items: ctx.state.store.images, parent: undefined });

export function recordsPlace(ctx: HandlerContext): Place<DomainRecord> {
  const domain = findDomain(ctx);
  const { recordsByDomain } = ctx.state.store;
  return { items: (recordsByDomain[domain.id] ??= []), parent: domain, all: () => Object.values(recordsByDomain).flat() };
}

export function disksPlace(ctx: HandlerContext): Place<InstanceRecord> {
  const instance = findInstance(ctx);
  const { disksByInstance } = ctx.state.store;
  return { items: (disksByInstance[instance.id] ??= []), parent: instance, all: () => Object.values(disksByInstance).flat() };
}

export function configsPlace(ctx: HandlerContext): Place<InstanceRecord> {
  const instance = findInstance(ctx);
  const { configsByInstance } = ctx.state.store;
  return { items: (configsByInstance[instance.id] ??= []), parent: instance, all: () => Object.values(configsByInstance).flat() };
}
