// Account events for every live subscription, from one poller per token. Linode has no push
// API, so the gateway asks `GET /account/events` every EVENT_POLL_MS with the token; however many
// subscriptions a token has, that is one request per interval: each poll asks for events newer
// than the last seen and for those still under way (Linode updates an event in place from
// `started` to `finished`), and each subscriber keeps what its own filter matches (the compiled
// X-Filter, applied in process with Linode's meaning). A rate limit or an upstream failure pauses
// the poller (Retry-After, or doubling up to a minute); any other failure ends its subscriptions.
// EventStreams are capped per token and per client address before any request is made.
//
// The same poller keeps the token's cache fresh (TOKEN_CACHE): while the token is active (a request
// within TOKEN_ACTIVE_MS), it records in the token's shared freshness state (src/rest/freshness-store.ts)
// where its polls stand and what each event makes stale (src/rest/event-scopes.ts). Replicas share
// that state through Redis: without subscribers of its own, a replica polls only when it holds the
// token's lease for the interval, so one replica polls per token; with subscribers it polls
// anyway (its subscribers need the events), and the state takes the furthest progress.
import { GraphQLError } from 'graphql';
import type { Page, UpstreamSession } from '../loaders/upstream-session.js';
import { LinodeApiError } from '../rest/errors.js';
import { DROP_ALL, eventMarkers } from '../rest/event-scopes.js';
import type { FreshnessStore } from '../rest/freshness-store.js';
import { limitError } from '../security/errors.js';
import { EventStream, type EventRecord, type SubscribeOptions } from './event-stream.js';

export type { SubscribeOptions } from './event-stream.js';

const UNDER_WAY = new Set(['scheduled', 'started']);
/** Events still under way whose changes are followed; older ones are let go. */
const MAX_FOLLOWED = 50;
const MAX_PAUSE_MS = 60_000;
/** A poll answers at most this many events; a full page means there may be more (all is dropped then). */
const POLL_PAGE = 100;
/**
 * The first poll of a token takes the newest event as where news starts; the events of its page
 * created this recently (the clocks of Linode and the gateway may differ this much) may postdate
 * answers the token's first requests cached meanwhile, so what they name is dropped.
 */
const BASELINE_MARGIN_MS = 60_000;

/** Waits `ms`; resolves true when `signal` aborts first. Injected so tests drive the polls. */
export type Wait = (ms: number, signal: AbortSignal) => Promise<boolean>;

export const realWait: Wait = (ms, signal) => {
  if (signal.aborted) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', stop);
      resolve(false);
    }, ms);
    const stop = () => {
      clearTimeout(timer);
      resolve(true);
    };
    signal.addEventListener('abort', stop, { once: true });
  });
};

export interface EventPollerOptions {
  pollMs: number;
  maxPerToken: number;
  maxPerAddress: number;
  /** A session for the poller's own requests, under the token (no budget: it serves everyone of that token). */
  session(token: string, signal: AbortSignal): UpstreamSession;
  /** The keyed hash naming a token (never the token itself). */
  tokenKey(token: string): string;
  wait?: Wait;
  /** Keeps tokens' caches fresh (TOKEN_CACHE): where polls stand and what events dropped, shared by replicas. */
  freshness?: {
    store: FreshnessStore;
    /** The token's events cannot be read (401, 403...): its cache is not used for a while. */
    unavailable(tokenKey: string): void;
    now?: () => number;
  };
}

/** The poller of one token: its subscribers, where news starts, the events under way. */
class TokenPoller {
  readonly subscribers = new Set<EventStream>();
  private readonly stop = new AbortController();
  private lastId: number | undefined;
  private followed = new Map<number, string>(); // id -> status last seen
  private readonly session: UpstreamSession;
  /** Polls for the token's cache until then (epoch ms); 0: only for subscribers. */
  private activeUntil = 0;
  private running = false;
  private polling: Promise<void> | undefined;
  private readonly now: () => number;

  constructor(
    token: string,
    private readonly key: string,
    private readonly options: EventPollerOptions,
    private readonly onIdle: () => void,
  ) {
    this.session = options.session(token, this.stop.signal);
    this.now = options.freshness?.now ?? Date.now;
  }

  add(subscription: EventStream): void {
    this.subscribers.add(subscription);
    // Joining a running poller: news starts after what it has already seen.
    if (this.lastId !== undefined) subscription.startId = this.lastId;
    this.start();
  }

  remove(subscription: EventStream): void {
    this.subscribers.delete(subscription);
    if (this.subscribers.size === 0 && this.now() >= this.activeUntil) this.end();
  }

  /** Polls for the token's cache until `until` too. */
  keepActive(until: number): void {
    this.activeUntil = Math.max(this.activeUntil, until);
    this.start();
  }

  /** A poll that starts now, or the one under way. */
  pollNow(): Promise<void> {
    this.polling ??= this.pollOnce().finally(() => (this.polling = undefined));
    return this.polling;
  }

  private start(): void {
    if (this.running || this.stop.signal.aborted) return;
    this.running = true;
    void this.run();
  }

  private get wanted(): boolean {
    return this.subscribers.size > 0 || this.now() < this.activeUntil;
  }

  private end(): void {
    this.stop.abort();
    this.onIdle();
  }

  private async run(): Promise<void> {
    try {
      await this.pollNow(); // where news starts (or, for the cache, catching up with the token's state)
      await this.loop();
    } catch (error) {
      if (!this.stop.signal.aborted) this.endAll(error);
    }
  }

  private async loop(): Promise<void> {
    const wait = this.options.wait ?? realWait;
    let waitMs = this.options.pollMs;
    while (!(await wait(waitMs, this.stop.signal))) {
      if (!this.wanted) return this.end();
      // Polling only for the cache: one replica per interval, the one holding the lease.
      const freshness = this.options.freshness;
      // The lease outlives the interval a little: its holder renews it at its next poll.
      if (this.subscribers.size === 0 && freshness && !(await freshness.store.lease(this.key, waitMs + 2_000))) continue;
      try {
        await this.pollNow();
        waitMs = this.options.pollMs;
      } catch (error) {
        const pauseMs = transientPause(error, waitMs);
        if (pauseMs === undefined) throw error;
        waitMs = pauseMs;
      }
    }
  }

  private async pollOnce(): Promise<void> {
    const freshness = this.options.freshness;
    if (freshness && this.subscribers.size === 0) {
      // Another replica may have polled since: go on from where the token's state stands.
      const shared = await freshness.store.read(this.key);
      if (shared.lastEventId !== undefined && shared.lastEventId > (this.lastId ?? -1)) {
        this.lastId = shared.lastEventId;
        this.followed = new Map(Object.entries(shared.followed).map(([id, status]) => [Number(id), status]));
      }
    }
    const polledAt = this.now();
    let changed: EventRecord[];
    let news: EventRecord[] = [];
    let complete = true;
    if (this.lastId === undefined) {
      changed = await this.baseline(polledAt);
    } else {
      const page = await this.poll();
      complete = page.data.length < POLL_PAGE;
      changed = news = this.news(page.data);
    }
    // What the events make stale is dropped before anyone hears of them.
    if (freshness) {
      const drops = complete ? [...new Set(changed.flatMap(eventMarkers))] : [DROP_ALL];
      await freshness.store.record(this.key, {
        polledAt,
        lastEventId: this.lastId ?? 0,
        followed: Object.fromEntries(this.followed),
        drops,
      });
    }
    this.deliver(news);
  }

  /** Where "new" starts: the newest event now. Returns the events of the page recent enough to matter to the cache. */
  private async baseline(polledAt: number): Promise<EventRecord[]> {
    const latest = await this.session.get<Page<EventRecord>>('/account/events', {
      operation: 'GET /account/events',
      fresh: true,
      query: { page: 1, page_size: 25 },
      filter: { '+order_by': 'id', '+order': 'desc' },
    });
    this.lastId = Number(latest.data[0]?.id ?? 0);
    for (const subscriber of this.subscribers) subscriber.startId = this.lastId;
    const recent: EventRecord[] = [];
    for (const event of latest.data) {
      const status = String(event.status);
      if (UNDER_WAY.has(status) && this.followed.size < MAX_FOLLOWED) this.followed.set(Number(event.id), status);
      if (UNDER_WAY.has(status) || polledAt - linodeTime(event.created) < BASELINE_MARGIN_MS) recent.push(event);
    }
    return recent;
  }

  private poll(): Promise<Page<EventRecord>> {
    const watched = [...this.followed.keys()].map((id) => ({ id }));
    return this.session.get<Page<EventRecord>>('/account/events', {
      operation: 'GET /account/events',
      fresh: true,
      query: { page: 1, page_size: POLL_PAGE },
      filter: { '+or': [{ id: { '+gt': this.lastId ?? 0 } }, ...watched], '+order_by': 'id', '+order': 'asc' },
    });
  }

  /** The events that are news (new, or a new status); follows those still under way. */
  private news(events: EventRecord[]): EventRecord[] {
    const news: EventRecord[] = [];
    for (const event of events) {
      const id = Number(event.id);
      this.lastId = Math.max(this.lastId ?? 0, id);
      const status = String(event.status);
      if (this.followed.get(id) === status) continue;
      news.push(event);
      if (UNDER_WAY.has(status) && this.followed.size < MAX_FOLLOWED) this.followed.set(id, status);
      else this.followed.delete(id);
    }
    return news;
  }

  /** Hands news to each subscriber whose filter keeps it. */
  private deliver(news: EventRecord[]): void {
    for (const event of news) for (const subscriber of this.subscribers) if (subscriber.wants(event)) subscriber.push({ ...event });
  }

  /** Stops polling and ends every subscription. */
  close(): void {
    for (const subscriber of [...this.subscribers]) void subscriber.return();
    this.end();
  }

  /** A failure that is not worth retrying: the poller stops and its subscriptions end with the error. */
  private endAll(error: unknown): void {
    this.end();
    this.options.freshness?.unavailable(this.key);
    for (const subscriber of [...this.subscribers]) subscriber.fail(error);
  }
}

/** Linode's timestamps carry no zone: UTC. NaN reads as long ago. */
function linodeTime(value: unknown): number {
  if (typeof value !== 'string') return 0;
  const at = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`);
  return Number.isNaN(at) ? 0 : at;
}

/** Every live subscription of the gateway: pollers by token, counts by token and by address. */
export class EventPollers {
  private readonly pollers = new Map<string, TokenPoller>();
  private readonly perToken = new Map<string, number>();
  private readonly perAddress = new Map<string, number>();

  constructor(private readonly options: EventPollerOptions) {}

  /** Live subscriptions in all. */
  get size(): number {
    let total = 0;
    for (const poller of this.pollers.values()) total += poller.subscribers.size;
    return total;
  }

  /** Ends every subscription and stops every poller (the gateway is closing). */
  close(): void {
    for (const poller of [...this.pollers.values()]) poller.close();
  }

  /** A subscriber's stream of events, or an error (no token, a cap reached) before any request. */
  subscribe(options: SubscribeOptions): AsyncIterableIterator<EventRecord> {
    if (!options.token) {
      throw new GraphQLError("EventStreams need a Linode token: events belong to the token's account.", {
        extensions: { code: 'UNAUTHENTICATED' },
      });
    }
    const key = this.options.tokenKey(options.token);
    if ((this.perToken.get(key) ?? 0) >= this.options.maxPerToken) {
      throw limitError(
        'TOO_MANY_SUBSCRIPTIONS',
        `This token already has ${this.options.maxPerToken} live subscriptions; the limit is ${this.options.maxPerToken} (MAX_SUBSCRIPTIONS_PER_TOKEN). Close one, or watch several kinds of events with one filter.`,
        { limit: 'token', maximum: this.options.maxPerToken },
      );
    }
    if ((this.perAddress.get(options.address) ?? 0) >= this.options.maxPerAddress) {
      throw limitError(
        'TOO_MANY_SUBSCRIPTIONS',
        `This client address already has ${this.options.maxPerAddress} live subscriptions; the limit is ${this.options.maxPerAddress} (MAX_SUBSCRIPTIONS_PER_ADDRESS). Close one first.`,
        { limit: 'address', maximum: this.options.maxPerAddress },
      );
    }
    increment(this.perToken, key, 1);
    increment(this.perAddress, options.address, 1);
    const poller = this.pollers.get(key) ?? this.startPoller(key, options.token);
    const subscription = new EventStream(options, (ended) => {
      increment(this.perToken, key, -1);
      increment(this.perAddress, options.address, -1);
      poller.remove(ended);
    });
    poller.add(subscription);
    if (options.signal.aborted) void subscription.return();
    return subscription;
  }

  /** Keeps the token's poller running until `until` (epoch ms) for its cache, starting it if needed. */
  keepActive(token: string, until: number): void {
    const key = this.options.tokenKey(token);
    (this.pollers.get(key) ?? this.startPoller(key, token)).keepActive(until);
  }

  /** Resolves after a poll of the token's events that starts now (or is under way); rejects when it fails. */
  pollNow(token: string): Promise<void> {
    const key = this.options.tokenKey(token);
    return (this.pollers.get(key) ?? this.startPoller(key, token)).pollNow();
  }

  private startPoller(key: string, token: string): TokenPoller {
    const poller: TokenPoller = new TokenPoller(token, key, this.options, () => {
      if (this.pollers.get(key) === poller) this.pollers.delete(key);
    });
    this.pollers.set(key, poller);
    return poller;
  }
}

function increment(counts: Map<string, number>, key: string, by: number): void {
  const next = (counts.get(key) ?? 0) + by;
  if (next <= 0) counts.delete(key);
  else counts.set(key, next);
}

/** How long to wait after a failed poll that is worth retrying (doubling, bounded), else undefined. */
function transientPause(error: unknown, lastWaitMs: number): number | undefined {
  if (!(error instanceof LinodeApiError)) return undefined;
  if (error.code === 'RATE_LIMITED') return Math.min(MAX_PAUSE_MS, Math.max(lastWaitMs, (error.retryAfter ?? 1) * 1000));
  if (error.code === 'UPSTREAM_ERROR' || error.code === 'UPSTREAM_UNAVAILABLE') return Math.min(MAX_PAUSE_MS, lastWaitMs * 2);
  return undefined;
}
