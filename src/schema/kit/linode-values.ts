// Linode objects as the gateway holds them: read key by key (a key may be absent or anything),
// marked with their GraphQL type, widened with a key the gateway knows, checked for drift.
import type { GatewayContext } from '../../context.js';

/** The value under `key` of a Linode object; undefined for anything else. */
export function valueAt(record: unknown, key: string): unknown {
  return typeof record === 'object' && record !== null ? Reflect.get(record, key) : undefined;
}

/**
 * Linode's JSON as the shape its facts generate (linode-facts/shapes), where the code that read it
 * is not generic. Nothing checks an answer against its shape: a shape promises only what the facts
 * do (every key optional and nullable, enums open), and fields read every value as unknown.
 */
export function asShape<Shape>(json: Record<string, unknown>): Shape {
  return json as Shape;
}

/** Marks a Linode object with its GraphQL type, for the Node interface and unions. */
export function tagType<T extends object>(item: T, typename: string): T {
  if (!('__typename' in item)) Object.defineProperty(item, '__typename', { value: typename, enumerable: false });
  return item;
}

/** The GraphQL type a Linode object was marked with (tagType). */
export function typenameOf(value: unknown): string | undefined {
  const typename = valueAt(value, '__typename');
  return typeof typename === 'string' ? typename : undefined;
}

/**
 * A copy of a Linode object with a key the gateway knows (a child's parent id), unless Linode sent
 * that key itself (its value, even null, is what the field shows). Not enumerable, so it is never
 * mistaken for a key Linode sent. A copy, never the object itself: that may be cached, and is
 * marked with its GraphQL type later (tagType). The key is defined on the empty
 * copy first: copies of one shape share V8's hidden classes, where redefining a property after
 * the copy would leave each copy a slow object of its own.
 */
export function withGatewayKey<T extends object, K extends string, V>(record: T, key: K, value: V): T & Record<K, V> {
  if (key in record) return { ...record } as T & Record<K, V>;
  const copy = Object.defineProperty({}, key, { value, enumerable: false }) as Record<K, V>;
  return Object.assign(copy, record);
}

/** Objects already checked for unknown keys (each is checked once, by the first field resolved). */
const audited = new WeakSet<object>();

/** Reports the keys of `record` that no fact of its type names: the API moved on. */
export function audit(record: unknown, typeName: string, known: ReadonlySet<string>, ctx: GatewayContext): void {
  if (!ctx.drift || typeof record !== 'object' || record === null || audited.has(record)) return;
  audited.add(record);
  for (const key of Object.keys(record)) if (!known.has(key)) ctx.drift.unknownField(typeName, key);
}
