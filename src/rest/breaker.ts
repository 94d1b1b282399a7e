// When Linode is down, requests should fail at once instead of piling up behind timeouts; but one
// caller's failures on its own objects (a 500 on its instance, again and again) must stop nobody,
// that caller included. So there are two circuits, scoped by who they stop:
//   - each caller's own (a caller is a token, by its keyed hash; anonymous is one caller): it
//     counts that caller's failures on collections (`/linode/instances`, `/regions`), never on a
//     path under one object (`/linode/instances/{id}`, `.../{id}/disks`: that object may be what
//     fails), and after `threshold` consecutive ones it opens, for that caller only;
//   - the gateway-wide one: it counts every failure, and opens only when `threshold` consecutive
//     failures (no success from anyone in between) come from at least `minCallers` distinct
//     callers, the sign that Linode itself is failing; then it stops everyone.
// Upstream failures are 5xx, timeouts and network errors; never a 4xx or a 429, which show that
// Linode is up. Failures further apart than `windowMs` are not consecutive. An open circuit fails
// fast with UPSTREAM_UNAVAILABLE; after `cooldownMs` one probe goes through, and any answer from
// Linode (a success or a 4xx) closes it.
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { LinodeClient, LinodeRequest, LinodeResponse } from './client.js';
import { LinodeApiError } from './errors.js';
import { operationLabel } from './request-url.js';

export interface BreakerOptions {
  threshold?: number;
  cooldownMs?: number;
  /** Failures further apart than this are not consecutive: the count starts again. */
  windowMs?: number;
  /** Distinct callers among the consecutive failures that open the gateway-wide circuit. */
  minCallers?: number;
  /** Names the caller of a request (a keyed hash of its token; never the token itself). */
  callerOf?: (token: string | null | undefined) => string;
  /** Callers whose circuits are remembered (least recently used ones are forgotten). */
  maxCallers?: number;
  now?: () => number;
}

export type UpstreamClient = Pick<LinodeClient, 'request'>;
export type BreakerState = 'closed' | 'open' | 'half-open';

/** A path under one object (its operation label names an id): its failures may be that object's. */
function isObjectPath(operation: string): boolean {
  return operation.includes('{');
}

function isUpstreamFailure(error: unknown): boolean {
  if (!(error instanceof LinodeApiError)) return false;
  if (error.code === 'UPSTREAM_UNAVAILABLE') return !/cancel/i.test(error.message);
  return error.code === 'UPSTREAM_ERROR' && (error.status === undefined || error.status >= 500);
}

/** One circuit's state machine: consecutive failures (and by whom), open since, one probe at a time. */
class Circuit {
  private failures = 0;
  private readonly callers = new Set<string>();
  private lastFailureAt = 0;
  private openedAt: number | undefined;
  probing = false;

  constructor(
    private readonly settings: Required<Pick<BreakerOptions, 'threshold' | 'cooldownMs' | 'windowMs'>> & { minCallers: number },
    private readonly now: () => number,
  ) {}

  get state(): BreakerState {
    if (this.openedAt === undefined) return 'closed';
    return this.now() - this.openedAt >= this.settings.cooldownMs ? 'half-open' : 'open';
  }

  /** Seconds until a probe may go through. */
  get retryAfter(): number {
    return Math.max(1, Math.ceil(((this.openedAt ?? 0) + this.settings.cooldownMs - this.now()) / 1000));
  }

  /** Linode answered: it is up, so earlier failures are no longer consecutive. */
  answered(): void {
    this.failures = 0;
    this.callers.clear();
    this.openedAt = undefined;
  }

  failed(caller: string, probe: boolean): void {
    const now = this.now();
    if (now - this.lastFailureAt > this.settings.windowMs) {
      this.failures = 0;
      this.callers.clear();
    }
    this.failures += 1;
    this.callers.add(caller);
    this.lastFailureAt = now;
    if (probe || (this.failures >= this.settings.threshold && this.callers.size >= this.settings.minCallers)) this.openedAt = now;
  }
}

export class CircuitBreaker implements UpstreamClient {
  private readonly wide: Circuit;
  private readonly perCaller: LRUCache<string, Circuit>;
  private readonly newCallerCircuit: () => Circuit;
  private readonly callerOf: (token: string | null | undefined) => string;

  constructor(
    private readonly client: UpstreamClient,
    options: BreakerOptions = {},
  ) {
    const now = options.now ?? Date.now;
    const settings = { threshold: options.threshold ?? 5, cooldownMs: options.cooldownMs ?? 10_000, windowMs: options.windowMs ?? 60_000 };
    this.wide = new Circuit({ ...settings, minCallers: options.minCallers ?? 3 }, now);
    this.newCallerCircuit = () => new Circuit({ ...settings, minCallers: 1 }, now);
    this.perCaller = new LRUCache({ max: options.maxCallers ?? 10_000 });
    this.callerOf = options.callerOf ?? ((token) => (token ? createHash('sha256').update(token).digest('base64url') : 'anonymous'));
  }

  /** The gateway-wide circuit. */
  get state(): BreakerState {
    return this.wide.state;
  }

  /** The circuit a caller meets: the gateway-wide one when open, else its own. */
  stateFor(token?: string | null): BreakerState {
    if (this.wide.state !== 'closed') return this.wide.state;
    return this.perCaller.get(this.callerOf(token))?.state ?? 'closed';
  }

  async request<T>(req: LinodeRequest): Promise<LinodeResponse<T>> {
    const caller = req.token ? (req.callerKey ?? this.callerOf(req.token)) : this.callerOf(req.token);
    const own = this.perCaller.get(caller) ?? this.newCallerCircuit();
    this.perCaller.set(caller, own);
    const operation = req.operation ?? operationLabel(req.method, req.path);
    const wideProbe = this.admit(this.wide, operation, 'The Linode API is failing');
    const ownProbe = !wideProbe && this.admit(own, operation, "Linode keeps failing this token's requests");
    const probing = wideProbe ? this.wide : ownProbe ? own : undefined;
    if (probing) probing.probing = true;
    try {
      const response = await this.client.request<T>(req);
      this.wide.answered();
      own.answered();
      return response;
    } catch (error) {
      if (isUpstreamFailure(error)) {
        this.wide.failed(caller, wideProbe);
        if (ownProbe || !isObjectPath(operation)) own.failed(caller, ownProbe);
      } else if (error instanceof LinodeApiError && error.status !== undefined) {
        this.wide.answered();
        own.answered();
      }
      throw error;
    } finally {
      if (probing) probing.probing = false;
    }
  }

  /** Throws when the circuit stops this request; true when the request is the circuit's probe. */
  private admit(circuit: Circuit, operation: string, what: string): boolean {
    const state = circuit.state;
    if (state === 'closed') return false;
    if (state === 'half-open' && !circuit.probing) return true;
    const retryAfter = circuit.retryAfter;
    throw new LinodeApiError({
      code: 'UPSTREAM_UNAVAILABLE',
      operation,
      retryAfter,
      message: `${what}; requests are paused for up to ${retryAfter} s (circuit breaker open).`,
    });
  }
}
