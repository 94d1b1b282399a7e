// X-Filter evaluated by the gateway, for catalogs held whole (cached) that Linode cannot filter:
// the same JSON the compiler sends Linode (src/rest/xfilter.ts), with Linode's meaning: top-level
// keys and `+and` all hold, `+or` one holds, a value on a list field matches one of its items.
type Item = Record<string, unknown>;

const COMPARE: Record<string, (a: unknown, b: unknown) => boolean> = {
  '+gt': (a, b) => (a as number) > (b as number),
  '+gte': (a, b) => (a as number) >= (b as number),
  '+lt': (a, b) => (a as number) < (b as number),
  '+lte': (a, b) => (a as number) <= (b as number),
  '+neq': (a, b) => a !== b,
  '+contains': (a, b) => typeof a === 'string' && a.toLowerCase().includes(String(b).toLowerCase()),
};

function valueAt(item: Item, dotted: string): unknown {
  return dotted.split('.').reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as Item)[key] : undefined), item);
}

function holds(value: unknown, condition: unknown): boolean {
  // A list field matches when one of its items does (`+neq`: when none equals).
  if (Array.isArray(value)) {
    const neq = condition !== null && typeof condition === 'object' && '+neq' in condition;
    return neq ? value.every((v) => holds(v, condition)) : value.some((v) => holds(v, condition));
  }
  if (condition === null || typeof condition !== 'object') return value === condition;
  return Object.entries(condition).every(([operator, operand]) => COMPARE[operator]?.(value, operand) ?? false);
}

export function matchesXFilter(item: Item, filter: Record<string, unknown>): boolean {
  return Object.entries(filter).every(([key, condition]) => {
    if (key === '+order_by' || key === '+order') return true;
    if (key === '+and') return (condition as Array<Record<string, unknown>>).every((f) => matchesXFilter(item, f));
    if (key === '+or') return (condition as Array<Record<string, unknown>>).some((f) => matchesXFilter(item, f));
    return holds(valueAt(item, key), condition);
  });
}

/** The items the filter keeps, in its `+order_by`/`+order` (stable; otherwise as given). */
export function applyXFilter<T extends Item>(items: T[], filter: Record<string, unknown>): T[] {
  const kept = items.filter((item) => matchesXFilter(item, filter));
  const by = filter['+order_by'];
  if (typeof by !== 'string') return kept;
  const sign = filter['+order'] === 'desc' ? -1 : 1;
  return kept
    .map((item, index) => ({ item, index, key: valueAt(item, by) as string | number }))
    .sort((a, b) => (a.key < b.key ? -sign : a.key > b.key ? sign : a.index - b.index))
    .map((entry) => entry.item);
}
