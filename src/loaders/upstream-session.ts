// One GraphQL request's view of the Linode API: the caller's token, in-request memoisation of
// every GET (nothing is requested twice), bounded concurrency, the cross-request cache for
// catalogs (src/loaders/shared-reads.ts), the operation's budget, and the counters reported in
// the response extensions.
import pLimit from 'p-limit';
import type { UpstreamClient } from '../rest/breaker.js';
import type { RateLimitState } from '../rest/client.js';
import type { ResponseCache } from '../rest/cache.js';
import { LinodeApiError } from '../rest/errors.js';
import { MAX_PAGE_SIZE, planPages, sliceWindow } from '../rest/page-plan.js';
import { operationLabel } from '../rest/request-url.js';
import type { UpstreamBudget } from '../security/budget.js';
import { SharedReads, type CacheRule, type TokenCheck } from './shared-reads.js';

export interface Page<T> {
  data: T[];
  page: number;
  pages: number;
  results: number;
}

export interface GetOptions {
  query?: Record<string, string | number | undefined>;
  filter?: Record<string, unknown>;
  /** Operation label for logs and metrics, e.g. `GET /linode/instances/{id}/disks`. */
  operation?: string;
  /** Share the answer across requests: `public` for everyone, `private` per token. */
  cache?: CacheRule;
  /** Always ask Linode (a poll): neither memoised nor cached. */
  fresh?: boolean;
  /** Send no token (a public read, shared by everyone). */
  anonymous?: boolean;
}

export interface SessionOptions {
  /** Upstream requests in flight at once. Default 8. */
  concurrency?: number;
  /** The caller's request: when it goes away, upstream calls still pending are abandoned. */
  signal?: AbortSignal;
  /** Requests this operation may send (src/security/budget.ts); unlimited without one. */
  budget?: UpstreamBudget;
  /** When cached private data needs the token checked again; never without one. */
  tokenCheck?: TokenCheck;
}

export class UpstreamSession {
  /** Upstream requests this GraphQL request has sent, retries included (cache hits and memoised calls excluded). */
  requests = 0;
  /** The rate-limit state Linode reported last. */
  rateLimit: RateLimitState | undefined;
  private readonly memo = new Map<string, Promise<unknown>>();
  /**
   * Lists (path, filter) seen whole in this request: a first page that was also the last. Any
   * other page of them, of any size, is then cut from it instead of being requested.
   */
  private readonly wholeLists = new Map<string, unknown[]>();
  private readonly limit: ReturnType<typeof pLimit>;
  private readonly shared: SharedReads;
  private readonly done = new AbortController();
  /** Aborted when the caller goes away or the operation is done: nothing is sent after that. */
  readonly signal: AbortSignal;
  private budget: UpstreamBudget | undefined;
  /** Linode answered a request with this token in this session (so it is valid now). */
  private tokenAccepted = false;

  constructor(
    private readonly client: UpstreamClient,
    readonly token: string | null,
    cache: ResponseCache,
    options: SessionOptions = {},
  ) {
    this.limit = pLimit(options.concurrency ?? 8);
    this.signal = options.signal ? AbortSignal.any([options.signal, this.done.signal]) : this.done.signal;
    this.budget = options.budget;
    this.shared = new SharedReads(
      cache,
      token,
      options.tokenCheck,
      () => this.tokenAccepted,
      () => this.send('GET', '/profile', { operation: 'GET /profile' }),
    );
  }

  /** The operation's answer is complete: calls still queued are dropped and those in flight cancelled. */
  finish(): void {
    this.done.abort();
  }

  /** Draw from another budget from now on (each delivery of a subscription has its own). */
  useBudget(budget: UpstreamBudget): void {
    this.budget = budget;
  }

  get<T>(path: string, options: GetOptions = {}): Promise<T> {
    if (options.fresh) return this.send<T>('GET', path, options);
    const key = requestKey(path, options);
    let pending = this.memo.get(key) as Promise<T> | undefined;
    if (!pending) {
      pending = this.shared.read(key, path, options.cache, (anonymous) =>
        this.send<T>('GET', path, { ...options, anonymous: anonymous || options.anonymous }),
      );
      this.memo.set(key, pending);
    }
    return pending;
  }

  page<T>(path: string, page: number, pageSize: number, options: GetOptions = {}): Promise<Page<T>> {
    const listKey = requestKey(path, options);
    const whole = this.wholeLists.get(listKey) as T[] | undefined;
    if (whole) return Promise.resolve(pageOf(whole, page, pageSize));
    return this.get<Page<T>>(path, { ...options, query: { ...options.query, page, page_size: pageSize } }).then((result) => {
      if (result.page === 1 && result.pages === 1) this.wholeLists.set(listKey, result.data);
      return result;
    });
  }

  /** Items [offset, offset+limit) of a collection in the fewest requests, plus the total. */
  async window<T>(path: string, offset: number, limit: number, options: GetOptions = {}): Promise<{ items: T[]; total: number }> {
    const plan = planPages(offset, limit);
    const pages = await Promise.all(plan.requests.map((r) => this.page<T>(path, r.page, r.pageSize, options)));
    return {
      items: sliceWindow(
        plan,
        pages.map((p) => p.data),
        offset,
        limit,
      ),
      total: pages[0]?.results ?? 0,
    };
  }

  /** A whole collection: the first page tells how many more to fetch, those go out in parallel. */
  async all<T>(path: string, options: GetOptions = {}): Promise<T[]> {
    const key = `all:${requestKey(path, options)}`;
    const fetchAll = async (anonymous: boolean): Promise<T[]> => {
      const inner = { ...options, cache: undefined, anonymous: anonymous || options.anonymous };
      const first = await this.page<T>(path, 1, MAX_PAGE_SIZE, inner);
      const rest = await Promise.all(
        Array.from({ length: Math.max(0, first.pages - 1) }, (_, i) => this.page<T>(path, i + 2, MAX_PAGE_SIZE, inner)),
      );
      return [...first.data, ...rest.flatMap((p) => p.data)];
    };
    let pending = this.memo.get(key) as Promise<T[]> | undefined;
    if (!pending) {
      pending = this.shared.read(key, path, options.cache, fetchAll);
      this.memo.set(key, pending);
    }
    return pending;
  }

  /**
   * A write. Never memoised, never cached, never retried after an ambiguous failure (the client's
   * rule). Afterwards nothing read before is reused: not in this request, nor from the caller's
   * private cache entries (even a failed write may have changed something).
   */
  async write<T>(method: 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown, operation?: string): Promise<T> {
    try {
      return await this.send<T>(method, path, { operation }, body);
    } finally {
      this.forgetReads();
      await this.shared.newGeneration();
    }
  }

  /** Forgets every read of this request, so the next ones ask again (after a write; between subscription deliveries). */
  forgetReads(): void {
    this.memo.clear();
    this.wholeLists.clear();
  }

  private send<T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, options: GetOptions, body?: unknown): Promise<T> {
    return this.limit(async () => {
      if (this.signal.aborted) {
        throw new LinodeApiError({
          code: 'UPSTREAM_UNAVAILABLE',
          operation: options.operation ?? operationLabel(method, path),
          message: 'The Linode API request was cancelled',
        });
      }
      const response = await this.client.request<T>({
        method,
        path,
        operation: options.operation,
        token: options.anonymous ? null : this.token,
        query: options.query,
        filter: options.filter,
        body,
        signal: this.signal,
        onAttempt: () => {
          this.budget?.take(); // throws, before the attempt goes out, once the budget is spent
          this.requests += 1;
        },
      });
      if (response.rateLimit) this.rateLimit = response.rateLimit;
      if (!options.anonymous && this.token) this.tokenAccepted = true;
      return response.data;
    });
  }
}

function pageOf<T>(items: T[], page: number, pageSize: number): Page<T> {
  return {
    data: items.slice((page - 1) * pageSize, page * pageSize),
    page,
    pages: Math.max(1, Math.ceil(items.length / pageSize)),
    results: items.length,
  };
}

function requestKey(path: string, options: GetOptions): string {
  const query = options.query
    ? Object.entries(options.query)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => `${k}=${v}`)
        .join('&')
    : '';
  return `${options.anonymous ? 'anonymous:' : ''}${path}?${query}#${options.filter ? JSON.stringify(options.filter) : ''}`;
}
