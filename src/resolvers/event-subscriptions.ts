// Root Subscription fields: account events as they happen. Linode has no push API, so the
// gateway polls `GET /account/events` for the subscriber, with the subscriber's token, every
// EVENT_POLL_MS: one request per poll asks for events newer than the last seen ones and for
// those still under way (Linode updates an event in place from `started` to `finished`). A rate
// limit or an upstream failure pauses the polling (Retry-After, or doubling up to a minute)
// instead of ending the subscription.
import type { GatewayContext } from '../context.js';
import { Event } from '../schema/account/event.js';
import { builder } from '../schema/builder.js';
import type { LinodeRecord } from '../schema/kit/fact-fields.js';
import { compileListArgs, forgetLoaded, tagType, type ListArgs } from '../schema/kit/resource.js';
import type { Page } from '../loaders/session.js';
import { LinodeApiError } from '../rest/errors.js';

const UNDER_WAY = new Set(['scheduled', 'started']);
/** Events still under way whose changes are followed; older ones are let go. */
const MAX_FOLLOWED = 50;

builder.subscriptionFields((t) => ({
  events: t.field({
    type: Event.ref,
    description: 'Each new account event, and each change of status of an event under way (`started` -> `finished`), as Linode reports it. Only events that happen after subscribing; `filter` narrows them.',
    args: { filter: t.arg({ type: Event.filter?.filter, required: false }) },
    subscribe: (_root: unknown, args: ListArgs, ctx: GatewayContext) => watchEvents(ctx, compileListArgs(Event.filter, args, ctx.filterLimits)),
    resolve: (event: LinodeRecord) => event,
  } as never),
}));

async function* watchEvents(ctx: GatewayContext, filter: Record<string, unknown> | undefined): AsyncGenerator<LinodeRecord> {
  const narrowing = filter ? withoutOrder(filter) : {};
  const poll = (condition: Record<string, unknown>) =>
    ctx.upstream.get<Page<LinodeRecord>>('/account/events', {
      operation: 'GET /account/events',
      fresh: true,
      query: { page: 1, page_size: 100 },
      filter: { '+and': Object.keys(narrowing).length > 0 ? [condition, narrowing] : [condition], '+order_by': 'id', '+order': 'asc' },
    });
  // Where "new" starts: the newest event now (whatever the filter).
  const latest = await ctx.upstream.get<Page<LinodeRecord>>('/account/events', {
    operation: 'GET /account/events',
    fresh: true,
    query: { page: 1, page_size: 25 },
    filter: { '+order_by': 'id', '+order': 'desc' },
  });
  let lastId = Number(latest.data[0]?.id ?? 0);
  const followed = new Map<number, string>(); // id -> status last delivered

  let waitMs = ctx.eventPollMs;
  while (!(await pause(waitMs, ctx.upstream.signal))) {
    const watched = [...followed.keys()].map((id) => ({ id }));
    let page: Page<LinodeRecord>;
    try {
      page = await poll({ '+or': [{ id: { '+gt': lastId } }, ...watched] });
      waitMs = ctx.eventPollMs;
    } catch (error) {
      // A rate limit or an upstream hiccup pauses the subscription; anything else ends it.
      const pauseMs = transientPause(error, waitMs);
      if (pauseMs === undefined) throw error;
      waitMs = pauseMs;
      continue;
    }
    forgetLoaded(ctx); // the events' entities are read as they are now, not as at an earlier delivery
    for (const event of page.data) {
      const id = Number(event.id);
      lastId = Math.max(lastId, id);
      const status = String(event.status);
      if (followed.get(id) === status) continue;
      if (UNDER_WAY.has(status) && followed.size < MAX_FOLLOWED) followed.set(id, status);
      else followed.delete(id);
      yield tagType(event, 'Event');
    }
  }
}

const MAX_PAUSE_MS = 60_000;

/** How long to wait after a failed poll that is worth retrying (doubling, bounded), else undefined. */
function transientPause(error: unknown, lastWaitMs: number): number | undefined {
  if (!(error instanceof LinodeApiError)) return undefined;
  if (error.code === 'RATE_LIMITED') return Math.min(MAX_PAUSE_MS, Math.max(lastWaitMs, (error.retryAfter ?? 1) * 1000));
  if (error.code === 'UPSTREAM_ERROR' || error.code === 'UPSTREAM_UNAVAILABLE') return Math.min(MAX_PAUSE_MS, lastWaitMs * 2);
  return undefined;
}

/** The caller's filter without ordering (the poll orders by id). */
function withoutOrder(filter: Record<string, unknown>): Record<string, unknown> {
  const { '+order_by': _by, '+order': _order, ...rest } = filter;
  return rest;
}

/** Waits `ms`; true when the subscriber went away first. */
function pause(ms: number, signal?: AbortSignal): Promise<boolean> {
  if (signal?.aborted) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', stop);
      resolve(false);
    }, ms);
    const stop = () => {
      clearTimeout(timer);
      resolve(true);
    };
    signal?.addEventListener('abort', stop, { once: true });
  });
}
