// Upstream URLs are the configured base URL plus a checked path: the schema validates ids before
// they reach a path, and this is the second line of defence against path tricks.

export class UnsafePathError extends Error {
  constructor(reason: string) {
    // The path itself is left out: it may carry caller input.
    super(`Refusing to call the Linode API with an unsafe path: ${reason}`);
    this.name = 'UnsafePathError';
  }
}

const UNSAFE: Array<[RegExp, string]> = [
  // eslint-disable-next-line no-control-regex -- control characters are exactly what it refuses
  [/[\u0000-\u001f\u007f\s]/u, 'control character or whitespace'],
  [/[?#\\]/, "'?', '#' or '\\'"],
  // Encoded '/', '.', '\', '%' and NUL would let a server decode its way out of the segment.
  [/%(2f|2e|5c|25|00)/i, 'encoded separator'],
  [/\/\//, 'empty segment'],
  [/\.\./, "'..'"],
  [/(^|\/)\.(\/|$)/, "'.' segment"],
];

export function assertSafePath(path: string): void {
  if (typeof path !== 'string' || !path.startsWith('/')) throw new UnsafePathError("it must start with '/'");
  for (const [pattern, reason] of UNSAFE) if (pattern.test(path)) throw new UnsafePathError(reason);
}

/** The base URL without a trailing slash, checked once at start-up. */
export function normaliseBaseUrl(baseUrl: string): string {
  const url = new URL(baseUrl);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`The Linode API URL must be http(s), got ${url.protocol}`);
  if (url.search || url.hash || url.username || url.password)
    throw new Error('The Linode API URL must not carry a query, fragment or credentials');
  return url.href.replace(/\/+$/, '');
}

export function buildUrl(base: string, path: string, query?: Record<string, string | number | undefined>): string {
  assertSafePath(path);
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined) params.append(key, String(value));
  const search = params.toString();
  return `${base}${path}${search ? `?${search}` : ''}`;
}

/** A low-cardinality label for a concrete path: numeric segments become `{id}`. */
export function operationLabel(method: string, path: string): string {
  return `${method} ${path.replace(/\/\d+(?=\/|$)/g, '/{id}')}`;
}
