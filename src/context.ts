// What every resolver receives: the caller's token (never logged), the upstream session for this
// request, and lazily created DataLoaders that live only as long as the request.
import type { UpstreamSession } from './loaders/upstream-session.js';
import type { DriftReporter } from './observability/drift.js';
import type { EventPollers } from './resolvers/event-pollers.js';
import type { MonitorMetrics } from './rest/monitor-metrics.js';
import type { FilterLimits } from './rest/xfilter.js';

export interface GatewayContext {
  /** The caller's Linode token, or null when the request carries none. */
  token: string | null;
  upstream: UpstreamSession;
  /** Per-request loaders created on first use (see src/loaders/index.ts). */
  loaders: Map<string, unknown>;
  /** Where enum values and keys the schema does not know are reported (src/observability/drift.ts). */
  drift?: DriftReporter;
  /** Estimated upstream requests of the operation and the budget (src/security/cost.ts). */
  cost?: { estimated: number; budget: number };
  /** Bounds on every filter compiled for this request (MAX_FILTER_CONDITIONS, MAX_FILTER_BYTES). */
  filterLimits: FilterLimits;
  /** The gateway's live subscriptions: one events poller per token, capped per token and per address. */
  events: EventPollers;
  /** The caller's address (the socket's, or X-Forwarded-For's behind TRUSTED_PROXIES); `unknown` when there is none. */
  clientAddress: string;
  /** Metrics reads from the metrics host (MONITOR_API_URL), with their service tokens. */
  monitor?: MonitorMetrics;
}

/** A loader that lives for one request: created on first use, then reused. */
export function requestLoader<T>(ctx: GatewayContext, key: string, create: () => T): T {
  let loader = ctx.loaders.get(key) as T | undefined;
  if (!loader) {
    loader = create();
    ctx.loaders.set(key, loader);
  }
  return loader;
}
