// One GraphQL request's view of the Linode API: the caller's token, in-request memoisation of
// every GET (nothing is requested twice), the cross-request caches (src/loaders/shared-reads.ts),
// GETs shared with concurrent requests (src/loaders/single-flight.ts), the token's concurrency cap
// (src/loaders/token-concurrency.ts), the operation's budget, and the counters reported in the
// response extensions.
import { setMaxListeners } from 'node:events';
import pLimit from 'p-limit';
import type { UpstreamClient } from '../rest/breaker.js';
import type { RateLimitState } from '../rest/client.js';
import type { ResponseCache } from '../rest/cache.js';
import { LinodeApiError } from '../rest/errors.js';
import { MAX_PAGE_SIZE, planPages, sliceWindow } from '../rest/page-plan.js';
import { operationLabel } from '../rest/request-url.js';
import { secretKeysAt, withoutKeys } from '../rest/secret-keys.js';
import type { UpstreamBudget } from '../security/budget.js';
import { SharedReads, type CacheRule, type ReadLog, type TokenCacheAccess, type TokenCheck } from './shared-reads.js';
import type { FreshnessView } from './token-freshness.js';
import { tightestWindow, type RemainingBudget } from './rate-limit-admission.js';
import type { RateLimits } from './rate-limit-book.js';
import type { SingleFlight } from './single-flight.js';
import type { TokenConcurrency } from './token-concurrency.js';

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
  /** Always ask Linode (a poll): neither memoised nor cached nor shared with other requests. */
  fresh?: boolean;
  /** Send no token (a public read, shared by everyone). */
  anonymous?: boolean;
  /**
   * Started ahead of need (a lookup's children, src/schema/kit/prefetch.ts; an account-wide list,
   * src/loaders/catalog-prefetch.ts): not among the reads a batch of ids waits for (whenQuiet),
   * since nothing it answers adds to a batch before the fields that need it run.
   */
  lookahead?: boolean;
  /** The answer is bytes (an image): read as a BinaryAnswer (src/rest/client.ts); use with `fresh`. */
  binary?: boolean;
}

/** A GET of a whole list read under its own cache rule: its pages are not cached one by one. */
type InnerGet = GetOptions & { uncached?: boolean };

export interface SessionOptions {
  /** Upstream requests this GraphQL request may have in flight at once; unbounded without one. */
  concurrency?: number;
  /** The cap per token across its requests (shared by the gateway's sessions). */
  tokenConcurrency?: TokenConcurrency;
  /** GETs in flight shared with concurrent requests (same token, or anonymous). */
  singleFlight?: SingleFlight;
  /** The caller's request: when it goes away, upstream calls still pending are abandoned. */
  signal?: AbortSignal;
  /** Requests this operation may send (src/security/budget.ts); unlimited without one. */
  budget?: UpstreamBudget;
  /** When cached private data needs the token checked again; never without one. */
  tokenCheck?: TokenCheck;
  /** Every GET of the token cached across requests and kept fresh by its events (TOKEN_CACHE). */
  tokenCache?: TokenCacheAccess;
  /** Read no cache (the caller asked for fresh data: `Cache-Control: no-cache`); what is read is stored. */
  freshReads?: boolean;
  /** Each response's rate-limit headers, by operation (the token's budget, src/loaders/rate-limit-book.ts). */
  onRateLimit?: (operation: string, state: RateLimitState) => void;
}

export class UpstreamSession {
  /** Upstream requests this GraphQL request has sent, retries included (cache hits and memoised calls excluded). */
  requests = 0;
  /** The rate-limit state Linode reported last. */
  rateLimit: RateLimitState | undefined;
  /** Distinct GETs this request needed, by operation (sent, shared or cached): what a rerun would need. */
  readonly needs = new Map<string, number>();
  /** The token's rate-limit windows as known before this request (from the shared book). */
  knownLimits: RateLimits | undefined;
  /** The windows Linode reported during this request, by operation. */
  private readonly seenLimits: RateLimits = new Map();
  private readonly memo = new Map<string, Promise<unknown>>();
  /** Upstream calls of this request on their way, and who waits for there to be none (whenQuiet). */
  private inFlight = 0;
  private readonly quietWaiters: Array<() => void> = [];
  /**
   * Lists (path, filter) seen whole in this request: a first page that was also the last. Any
   * other page of them, of any size, is then cut from it instead of being requested.
   */
  private readonly wholeLists = new Map<string, unknown[]>();
  private readonly limit: ReturnType<typeof pLimit> | undefined;
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
    private readonly options: SessionOptions = {},
  ) {
    this.limit = options.concurrency && Number.isFinite(options.concurrency) ? pLimit(options.concurrency) : undefined;
    this.signal = options.signal ? AbortSignal.any([options.signal, this.done.signal]) : this.done.signal;
    // Every request in flight listens to it (all of an operation's requests go out at once).
    setMaxListeners(0, this.signal);
    this.budget = options.budget;
    this.shared = new SharedReads(
      cache,
      token,
      options.tokenCheck,
      () => this.tokenAccepted,
      () => this.send('GET', '/profile', { operation: 'GET /profile' }),
      options.tokenCache,
    );
    if (options.freshReads) this.shared.freshReads = true;
  }

  /** The tightest rate-limit window among the operations this request used (reported in extensions). */
  remainingBudget(nowMs: number): RemainingBudget | undefined {
    const limits: RateLimits = new Map([...(this.knownLimits ?? []), ...this.seenLimits]);
    return tightestWindow(this.needs.keys(), limits, nowMs);
  }

  /** What this request read through the caches (src/loaders/answer-cache.ts). */
  get readLog(): ReadLog {
    return this.shared.log;
  }

  /** The caller's cache prefix and freshness now; undefined without the token cache. */
  freshnessSnapshot(): Promise<{ prefix: string; view: FreshnessView } | undefined> {
    return this.shared.snapshot();
  }

  /** Resolves once cached private data may be served to this token (one GET /profile per TOKEN_RECHECK_MS). */
  tokenKnownValid(): Promise<void> {
    return this.shared.tokenKnownValid();
  }

  /** Whether this request reads no cache (`Cache-Control: no-cache`, `@fresh`). */
  get readsFresh(): boolean {
    return this.shared.freshReads;
  }

  /** Whether this request has read, or started reading, the whole collection at `path` (`all()`). */
  readsWhole(path: string, options: GetOptions = {}): boolean {
    return this.memo.has(`all:${requestKey(path, options)}`);
  }

  /** Whether this request has read, or started reading, that page (a lookahead, src/loaders/catalog-prefetch.ts). */
  startedPage(path: string, page: number, pageSize: number, options: GetOptions = {}): boolean {
    return this.memo.has(requestKey(path, { ...options, query: { ...options.query, page, page_size: pageSize } }));
  }

  /** Read no cache in this request (the caller asked for fresh data); what it reads is stored. */
  readFresh(): void {
    this.shared.freshReads = true;
  }

  /** The operation's answer is complete: calls still queued are dropped and those in flight cancelled. */
  finish(): void {
    this.done.abort(FINISHED);
  }

  /** Draw from another budget from now on (each delivery of a subscription has its own). */
  useBudget(budget: UpstreamBudget): void {
    this.budget = budget;
  }

  get<T>(path: string, options: InnerGet = {}): Promise<T> {
    if (options.fresh) {
      // Read around every cache (a poll, a secret): the whole answer must not be kept either.
      this.shared.log.complete = false;
      return this.send<T>('GET', path, options);
    }
    const key = requestKey(path, options);
    let pending = this.memo.get(key) as Promise<T> | undefined;
    if (!pending) {
      const operation = options.operation ?? operationLabel('GET', path);
      this.needs.set(operation, (this.needs.get(operation) ?? 0) + 1);
      // Secrets Linode sends with ordinary reads are never kept (src/rest/secret-keys.ts).
      const secrets = secretKeysAt(path);
      const load = async (anonymous: boolean) => {
        const answer = await this.send<T>('GET', path, { ...options, anonymous: anonymous || options.anonymous });
        return secrets ? withoutKeys(answer, secrets) : answer;
      };
      pending = options.uncached ? load(false) : this.shared.read(key, path, options.cache, load);
      this.memo.set(key, pending);
    }
    return pending;
  }

  page<T>(path: string, page: number, pageSize: number, options: InnerGet = {}): Promise<Page<T>> {
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
      // Cached as a whole under the rule (when there is one), not page by page.
      const inner: InnerGet = { ...options, cache: undefined, anonymous: anonymous || options.anonymous, uncached: Boolean(options.cache) };
      const first = await this.page<T>(path, 1, MAX_PAGE_SIZE, inner);
      const rest = await Promise.all(
        Array.from({ length: Math.max(0, first.pages - 1) }, (_, i) => this.page<T>(path, i + 2, MAX_PAGE_SIZE, inner)),
      );
      return [...first.data, ...rest.flatMap((p) => p.data)];
    };
    let pending = this.memo.get(key) as Promise<T[]> | undefined;
    if (!pending) {
      pending = options.cache ? this.shared.read(key, path, options.cache, fetchAll) : fetchAll(false);
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

  /**
   * A POST that only reads (a service token for the metrics host): counted, budgeted and capped like
   * any call, never memoised nor cached, and unlike write() it leaves what was read valid. A whole
   * answer that holds it is not kept.
   */
  postRead<T>(path: string, body: unknown, operation: string): Promise<T> {
    this.shared.log.complete = false;
    return this.send<T>('POST', path, { operation }, body);
  }

  /**
   * One attempt another client sends for this request (the metrics host's): taken from the budget
   * (throws once it is spent), counted in `requests`, and the whole answer is not kept.
   */
  countAttempt(): void {
    this.budget?.take();
    this.requests += 1;
    this.shared.log.complete = false;
  }

  /** Forgets every read of this request, so the next ones ask again (after a write; between subscription deliveries). */
  forgetReads(): void {
    this.memo.clear();
    this.wholeLists.clear();
  }

  /**
   * Resolves once none of this request's upstream calls is in flight, or after `maxWaitMs`: a batch
   * of ids waits here so that the siblings still on their way (one pool's nodes, then another's)
   * add their ids to it instead of sending their own.
   */
  whenQuiet(maxWaitMs: number): Promise<void> {
    if (this.inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, maxWaitMs);
      // The last answer's own ids reach the batch a few promise hops and DataLoader's tick after
      // it lands: one turn of the event loop lets them in (an IPv6 range's instances were a second
      // batch without it).
      const waiter = () => setImmediate(done);
      let resolved = false;
      function done() {
        if (resolved) return;
        resolved = true;
        clearTimeout(timer);
        resolve();
      }
      this.quietWaiters.push(waiter);
    });
  }

  private send<T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, options: GetOptions, body?: unknown): Promise<T> {
    if (options.lookahead) return this.sendCounted<T>(method, path, options, body);
    this.inFlight += 1;
    return this.sendCounted<T>(method, path, options, body).finally(() => {
      this.inFlight -= 1;
      if (this.inFlight === 0) for (const waiter of this.quietWaiters.splice(0)) waiter();
    });
  }

  private sendCounted<T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, options: GetOptions, body?: unknown): Promise<T> {
    const flights = this.options.singleFlight;
    if (method !== 'GET' || !flights || options.fresh) return this.bounded(() => this.sendNow<T>(method, path, options, body));
    const anonymous = Boolean(options.anonymous) || !this.token;
    const key = `${anonymous ? 'anonymous' : this.shared.ownKey()} ${requestKey(path, options)}`;
    const flight = flights.join(key, () => this.bounded(() => this.sendNow<T>(method, path, options, body)));
    if (!flight.joined) return flight.promise;
    // Another request's GET: its answer is this one's too. If that request gave up (went away,
    // or ran out of budget), this one asks on its own.
    return flight.promise.catch((error: unknown) => {
      if (this.signal.aborted || !isTheOthersOwn(error)) throw error;
      return this.bounded(() => this.sendNow<T>(method, path, options, body));
    });
  }

  /** Within this request's cap (when it has one) and the token's: every call it sends, and another host's (metrics). */
  bounded<T>(task: () => Promise<T>): Promise<T> {
    const capped = this.limit ? () => (this.limit as ReturnType<typeof pLimit>)(task) : task;
    const tokens = this.options.tokenConcurrency;
    if (!tokens) return capped();
    return tokens.run(this.token ? this.shared.ownKey() : 'anonymous', capped);
  }

  private async sendNow<T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, options: GetOptions, body?: unknown): Promise<T> {
    const operation = options.operation ?? operationLabel(method, path);
    if (this.signal.aborted) {
      throw new LinodeApiError({ code: 'UPSTREAM_UNAVAILABLE', operation, message: 'The Linode API request was cancelled' });
    }
    const withToken = !options.anonymous && Boolean(this.token);
    const response = await this.client.request<T>({
      method,
      path,
      operation,
      token: withToken ? this.token : null,
      callerKey: withToken ? this.shared.ownKey() : undefined,
      query: options.query,
      filter: options.filter,
      body,
      binary: options.binary,
      signal: this.signal,
      onAttempt: () => {
        this.budget?.take(); // throws, before the attempt goes out, once the budget is spent
        this.requests += 1;
      },
    });
    if (response.rateLimit) {
      this.rateLimit = response.rateLimit;
      if (withToken) {
        this.seenLimits.set(operation, response.rateLimit);
        this.options.onRateLimit?.(operation, response.rateLimit);
      }
    }
    if (withToken) this.tokenAccepted = true;
    return response.data;
  }
}

/** Why calls still pending are dropped: one reason for every request (a DOMException each would capture a stack). */
const FINISHED = new Error('The operation is complete');

/** A failure of the request that sent a shared GET that says nothing about the GET itself. */
function isTheOthersOwn(error: unknown): boolean {
  if (error instanceof LinodeApiError) return error.code === 'UPSTREAM_UNAVAILABLE' && /cancelled/.test(error.message);
  const code = (error as { extensions?: { code?: unknown } } | null)?.extensions?.code;
  return code === 'QUERY_TOO_EXPENSIVE';
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
  let query = '';
  if (options.query) {
    const keys = Object.keys(options.query).sort();
    for (const key of keys) {
      const value = options.query[key];
      if (value !== undefined) query += `${query ? '&' : ''}${key}=${value}`;
    }
  }
  return `${options.anonymous ? 'anonymous:' : ''}${path}?${query}#${options.filter ? JSON.stringify(options.filter) : ''}`;
}
