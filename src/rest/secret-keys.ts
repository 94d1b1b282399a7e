// Keys of Linode answers that are secrets although Linode sends them with ordinary reads: they are
// taken out of every answer that may be kept (memoised in the request, cached in memory or Redis),
// and the fields that show them read Linode afresh (`fresh` GETs are never kept).
type Item = Record<string, unknown>;

/** By path: the keys to take out of the object at that path, or of each item of its list. */
const SECRET_KEYS: Array<{ path: RegExp; keys: readonly string[] }> = [
  // Whoever holds them can report data as the client, or install its agent.
  { path: /^\/longview\/clients(\/\d+)?$/, keys: ['api_key', 'install_code'] },
];

export function secretKeysAt(path: string): readonly string[] | undefined {
  return SECRET_KEYS.find((rule) => rule.path.test(path))?.keys;
}

/** A copy of a Linode answer (an object, a page, or a whole list) without `keys`. */
export function withoutKeys<T>(answer: T, keys: readonly string[]): T {
  const strip = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
    if (!keys.some((key) => key in value)) return value;
    const copy: Item = { ...(value as Item) };
    for (const key of keys) delete copy[key];
    return copy;
  };
  if (Array.isArray(answer)) return answer.map(strip) as T;
  const page = answer as { data?: unknown };
  if (typeof page === 'object' && page !== null && Array.isArray(page.data)) return { ...page, data: page.data.map(strip) } as T;
  return strip(answer) as T;
}
