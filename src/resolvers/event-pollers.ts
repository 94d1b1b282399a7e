// Account events for every live subscription, from one poller per token. Linode has no push
// API, so the gateway asks `GET /account/events` every EVENT_POLL_MS with the token; however many
// subscriptions a token has, that is one request per interval: each poll asks for events newer
// than the last seen and for those still under way (Linode updates an event in place from
// `started` to `finished`), and each subscriber keeps what its own filter matches (the compiled
// X-Filter, applied in process with Linode's meaning). A rate limit or an upstream failure pauses
// the poller (Retry-After, or doubling up to a minute); any other failure ends its subscriptions.
// EventStreams are capped per token and per client address before any request is made.
import { GraphQLError } from 'graphql';
import type { Page, UpstreamSession } from '../loaders/upstream-session.js';
import { LinodeApiError } from '../rest/errors.js';
import { limitError } from '../security/errors.js';
import { EventStream, type EventRecord, type SubscribeOptions } from './event-stream.js';

export type { SubscribeOptions } from './event-stream.js';

const UNDER_WAY = new Set(['scheduled', 'started']);
/** Events still under way whose changes are followed; older ones are let go. */
const MAX_FOLLOWED = 50;
const MAX_PAUSE_MS = 60_000;

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
}

/** The poller of one token: its subscribers, where news starts, the events under way. */
class TokenPoller {
  readonly subscribers = new Set<EventStream>();
  private readonly stop = new AbortController();
  private lastId: number | undefined;
  private readonly followed = new Map<number, string>(); // id -> status last seen
  private readonly session: UpstreamSession;

  constructor(
    token: string,
    private readonly options: EventPollerOptions,
    private readonly onIdle: () => void,
  ) {
    this.session = options.session(token, this.stop.signal);
  }

  add(subscription: EventStream): void {
    this.subscribers.add(subscription);
    // Joining a running poller: news starts after what it has already seen.
    if (this.lastId !== undefined) subscription.startId = this.lastId;
    if (this.subscribers.size === 1 && this.lastId === undefined) void this.run();
  }

  remove(subscription: EventStream): void {
    this.subscribers.delete(subscription);
    if (this.subscribers.size === 0) {
      this.stop.abort();
      this.onIdle();
    }
  }

  private async run(): Promise<void> {
    try {
      // Where "new" starts: the newest event now.
      const latest = await this.session.get<Page<EventRecord>>('/account/events', {
        operation: 'GET /account/events',
        fresh: true,
        query: { page: 1, page_size: 25 },
        filter: { '+order_by': 'id', '+order': 'desc' },
      });
      this.lastId = Number(latest.data[0]?.id ?? 0);
      for (const subscriber of this.subscribers) subscriber.startId = this.lastId;
      await this.loop();
    } catch (error) {
      if (!this.stop.signal.aborted) this.endAll(error);
    }
  }

  private async loop(): Promise<void> {
    const wait = this.options.wait ?? realWait;
    let waitMs = this.options.pollMs;
    while (!(await wait(waitMs, this.stop.signal))) {
      let page: Page<EventRecord>;
      try {
        page = await this.poll();
        waitMs = this.options.pollMs;
      } catch (error) {
        const pauseMs = transientPause(error, waitMs);
        if (pauseMs === undefined) throw error;
        waitMs = pauseMs;
        continue;
      }
      this.deliver(page.data);
    }
  }

  private poll(): Promise<Page<EventRecord>> {
    const watched = [...this.followed.keys()].map((id) => ({ id }));
    return this.session.get<Page<EventRecord>>('/account/events', {
      operation: 'GET /account/events',
      fresh: true,
      query: { page: 1, page_size: 100 },
      filter: { '+or': [{ id: { '+gt': this.lastId ?? 0 } }, ...watched], '+order_by': 'id', '+order': 'asc' },
    });
  }

  private deliver(events: EventRecord[]): void {
    for (const event of events) {
      const id = Number(event.id);
      this.lastId = Math.max(this.lastId ?? 0, id);
      const status = String(event.status);
      if (this.followed.get(id) === status) continue;
      if (UNDER_WAY.has(status) && this.followed.size < MAX_FOLLOWED) this.followed.set(id, status);
      else this.followed.delete(id);
      for (const subscriber of this.subscribers) if (subscriber.wants(event)) subscriber.push({ ...event });
    }
  }

  /** Stops polling and ends every subscription. */
  close(): void {
    for (const subscriber of [...this.subscribers]) void subscriber.return();
    this.stop.abort();
    this.onIdle();
  }

  /** A failure that is not worth retrying: the poller stops and its subscriptions end with the error. */
  private endAll(error: unknown): void {
    this.stop.abort();
    this.onIdle();
    for (const subscriber of [...this.subscribers]) subscriber.fail(error);
  }
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

  private startPoller(key: string, token: string): TokenPoller {
    const poller: TokenPoller = new TokenPoller(token, this.options, () => {
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
