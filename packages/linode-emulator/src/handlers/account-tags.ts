// Tags: created on their own or on objects, deleted from everything. A tag made without objects
// still exists (GET /tags lists it), so created labels are kept beside the objects' tags.
import { badRequest, FieldErrors, notFound } from '../errors.js';
import { asList, asString, stringsIn } from '../json.js';
import type { EmulatorStore, JsonObject } from '../types.js';
import { ok, type Handler } from './context.js';
import { checkFields } from './validate.js';

/** Labels created through POST /tags, as `{label}` objects. */
export const CREATED_TAGS = '/tags';

/** The objects POST /tags may tag, by its body field. */
function taggableBy(store: EmulatorStore): Record<string, JsonObject[]> {
  return {
    linodes: store.instances,
    domains: store.domains,
    volumes: store.volumes,
    nodebalancers: store.collections['/nodebalancers'] ?? [],
  };
}

/** Every object carrying tags: the taggable ones and the top-level collections (firewalls, clusters...). */
function tagged(store: EmulatorStore): JsonObject[] {
  const topLevel = Object.entries(store.collections).filter(([path]) => !/\/\d+(\/|$)/.test(path) && path !== CREATED_TAGS);
  return [...Object.values(taggableBy(store)).flat(), ...topLevel.flatMap(([, items]) => items)];
}

export const createTag: Handler = (ctx) => {
  const { store } = ctx.state;
  const errors = new FieldErrors();
  checkFields(errors, ctx.op.request, ctx.body);
  const label = asString(ctx.body.label) ?? '';
  const exists =
    (store.collections[CREATED_TAGS] ?? []).some((t) => t.label === label) || tagged(store).some((i) => stringsIn(i.tags).includes(label));
  if (exists) errors.add('label', 'A tag with this label already exists');
  const targets: JsonObject[] = [];
  for (const [field, items] of Object.entries(taggableBy(store)))
    asList(ctx.body[field]).forEach((id, i) => {
      const item = items.find((o) => o.id === id);
      if (item) targets.push(item);
      else errors.add(`${field}[${i}]`, `${field.slice(0, -1)} ${String(id)} not found`);
    });
  errors.throwIfAny();
  (store.collections[CREATED_TAGS] ??= []).push({ label });
  for (const item of targets) item.tags = [...stringsIn(item.tags), label].sort();
  return ok({ label });
};

export const deleteTag: Handler = (ctx) => {
  const { store } = ctx.state;
  const label = ctx.params.tagLabel;
  const created = store.collections[CREATED_TAGS] ?? [];
  const carriers = tagged(store).filter((i) => stringsIn(i.tags).includes(label));
  if (!created.some((t) => t.label === label) && carriers.length === 0) throw notFound();
  if (label.length === 0) throw badRequest('label is required');
  store.collections[CREATED_TAGS] = created.filter((t) => t.label !== label);
  for (const item of carriers) item.tags = stringsIn(item.tags).filter((t) => t !== label);
  return ok({});
};
