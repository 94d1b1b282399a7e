// When Linode is down for everyone, requests should fail at once instead of piling up behind
// timeouts. After `threshold` consecutive upstream failures (5xx, timeouts, network errors; never
// a 4xx, which is the caller's problem) the circuit opens: calls fail fast with
// UPSTREAM_UNAVAILABLE. After `cooldownMs` one probe goes through; its success closes the circuit.
import type { LinodeClient, LinodeRequest, LinodeResponse } from './client.js';
import { LinodeApiError } from './errors.js';

export interface BreakerOptions {
  threshold?: number;
  cooldownMs?: number;
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
  private openedAt: number | undefined;
  private probing = false;
  private readonly threshold: number;
  private readonly cooldownMs: number;
  private readonly now: () => number;

  constructor(
    private readonly client: UpstreamClient,
    options: BreakerOptions = {},
  ) {
    this.threshold = options.threshold ?? 5;
    this.cooldownMs = options.cooldownMs ?? 10_000;
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
        this.failures += 1;
        if (probe || this.failures >= this.threshold) this.openedAt = this.now();
      } else if (probe) {
        // The upstream answered (a 4xx): it is up.
        this.failures = 0;
        this.openedAt = undefined;
      }
      throw error;
    } finally {
      if (probe) this.probing = false;
    }
  }
}
