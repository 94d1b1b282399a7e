// One subscriber's stream of account events (src/resolvers/event-pollers.ts feeds it): the events
// its filter keeps that it has not read yet, or how it ended. It releases its place (the caps'
// counts, the poller's subscriber list) exactly once: when it is returned, fails, or its caller
// goes away, whether or not it was ever read.
import { matchesXFilter } from '../rest/local-filter.js';

export type EventRecord = Record<string, unknown>;

/** Deliveries waiting for a slow subscriber; past this the oldest are dropped. */
const MAX_QUEUED = 500;

export interface SubscribeOptions {
  token: string | null;
  address: string;
  /** The subscriber's X-Filter, without ordering; undefined keeps every event. */
  filter?: Record<string, unknown>;
  /** The subscriber went away. */
  signal: AbortSignal;
  /** Before each delivery (the subscriber reads entities afresh, with a new budget). */
  beforeDelivery?: () => void;
}

/** The stream graphql-js reads (an async iterator written out, so that `return()` always releases its place). */
export class EventStream implements AsyncIterableIterator<EventRecord> {
  private readonly queue: EventRecord[] = [];
  private waiting: ((result: IteratorResult<EventRecord>) => void) | undefined;
  private failWaiting: ((error: unknown) => void) | undefined;
  private failure: unknown;
  private ended = false;
  /** Events up to this id happened before it subscribed. */
  startId = Number.POSITIVE_INFINITY;

  constructor(
    readonly options: SubscribeOptions,
    private readonly release: (stream: EventStream) => void,
  ) {
    options.signal.addEventListener('abort', () => void this.return(), { once: true });
  }

  /** Whether an event is news to this subscriber. */
  wants(event: EventRecord): boolean {
    return Number(event.id) > this.startId && (!this.options.filter || matchesXFilter(event, this.options.filter));
  }

  push(event: EventRecord): void {
    if (this.ended) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.clearWaiting();
      this.options.beforeDelivery?.();
      resolve({ value: event, done: false });
      return;
    }
    this.queue.push(event);
    if (this.queue.length > MAX_QUEUED) this.queue.shift();
  }

  fail(error: unknown): void {
    if (this.ended) return;
    this.failure = error;
    if (this.failWaiting) {
      const reject = this.failWaiting;
      this.finish();
      reject(error);
    }
  }

  next(): Promise<IteratorResult<EventRecord>> {
    const event = this.queue.shift();
    if (event) {
      this.options.beforeDelivery?.();
      return Promise.resolve({ value: event, done: false });
    }
    if (this.failure !== undefined) {
      const error = this.failure;
      this.finish();
      return Promise.reject(toError(error));
    }
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => {
      this.waiting = resolve;
      this.failWaiting = reject;
    });
  }

  return(): Promise<IteratorResult<EventRecord>> {
    const resolve = this.waiting;
    this.finish();
    resolve?.({ value: undefined, done: true });
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error: unknown): Promise<IteratorResult<EventRecord>> {
    void this.return();
    return Promise.reject(toError(error));
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private clearWaiting(): void {
    this.waiting = undefined;
    this.failWaiting = undefined;
  }

  private finish(): void {
    if (this.ended) return;
    this.ended = true;
    this.queue.length = 0;
    this.clearWaiting();
    this.release(this);
  }
}

/** What a stream rejects with: an Error, whatever it was given. */
function toError(reason: unknown): Error {
  return reason instanceof Error ? reason : new Error(typeof reason === 'string' ? reason : JSON.stringify(reason));
}
