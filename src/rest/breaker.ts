// When Linode is down for everyone, requests should fail at once instead of piling up behind
// timeouts. After `threshold` consecutive upstream failures (5xx, timeouts, network errors; never
// a 4xx, which is the caller's problem and shows the upstream is up) within `windowMs` of each
// other, the circuit opens: calls fail fast with UPSTREAM_UNAVAILABLE. After `cooldownMs` one
// probe goes through; any answer from Linode (a success or a 4xx) closes the circuit.
import type { LinodeClient, LinodeRequest, LinodeResponse } from './client.js';
import { LinodeApiError } from './errors.js';

export interface BreakerOptions {
  threshold?: number;
  cooldownMs?: number;
  /** Failures further apart than this are not consecutive: the count starts again. */
  windowMs?: number;
  now?: () => number;
}

export type UpstreamClient = Pick<LinodeClient, 'request'>;

function isUpstreamFailure(error: unknown): boolean {
  if (!(error instanceof LinodeApiError)) return false;
  if (error.code === 'UPSTREAM_UNAVAILABLE') return !/cancel/i.test(error.message);
  return error.code === 'UPSTREAM_ERROR' && (error.status === undefined || error.status >= 500);
}

export class CircuitBreaker implements UpstreamClient {
  private failures = 0;
  private lastFailureAt = 0;
  private openedAt: number | undefined;
  private probing = false;
  private readonly threshold: number;
  private readonly cooldownMs: number;
  private readonly windowMs: number;
  private readonly now: () => number;

  constructor(
    private readonly client: UpstreamClient,
    options: BreakerOptions = {},
  ) {
    this.threshold = options.threshold ?? 5;
    this.cooldownMs = options.cooldownMs ?? 10_000;
    this.windowMs = options.windowMs ?? 60_000;
    this.now = options.now ?? Date.now;
  }

  get state(): 'closed' | 'open' | 'half-open' {
    if (this.openedAt === undefined) return 'closed';
    return this.now() - this.openedAt >= this.cooldownMs ? 'half-open' : 'open';
  }

  async request<T>(req: LinodeRequest): Promise<LinodeResponse<T>> {
    const state = this.state;
    const probe = state === 'half-open' && !this.probing;
    if (state === 'open' || (state === 'half-open' && !probe)) {
      const retryAfter = Math.max(1, Math.ceil(((this.openedAt ?? 0) + this.cooldownMs - this.now()) / 1000));
      throw new LinodeApiError({
        code: 'UPSTREAM_UNAVAILABLE',
        operation: req.operation ?? `${req.method} ${req.path}`,
        retryAfter,
        message: `The Linode API is failing; requests are paused for up to ${retryAfter} s (circuit breaker open).`,
      });
    }
    if (probe) this.probing = true;
    try {
      const response = await this.client.request<T>(req);
      this.failures = 0;
      this.openedAt = undefined;
      return response;
    } catch (error) {
      if (isUpstreamFailure(error)) {
        const now = this.now();
        this.failures = now - this.lastFailureAt > this.windowMs ? 1 : this.failures + 1;
        this.lastFailureAt = now;
        if (probe || this.failures >= this.threshold) this.openedAt = now;
      } else if (error instanceof LinodeApiError && error.status !== undefined) {
        // Linode answered (a 4xx, a 429): it is up, so earlier failures are no longer consecutive.
        this.failures = 0;
        this.openedAt = undefined;
      }
      throw error;
    } finally {
      if (probe) this.probing = false;
    }
  }
}
