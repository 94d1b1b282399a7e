// Metrics reads (ACLP): `POST /monitor/services/{serviceType}/metrics` on the metrics host
// (MONITOR_API_URL), authorised by a service token that api.linode.com issues to the caller's token
// for those entities (`POST /monitor/services/{serviceType}/token`). The caller's Linode token goes
// to api.linode.com only and the service token to the metrics host only. A service token is reused
// while it lives (src/rest/monitor-tokens.ts), to a caller Linode accepted within TOKEN_RECHECK_MS;
// one the metrics host refuses (401) is replaced once and the read sent once more.
import type { MonitorEntityMetrics } from 'linode-facts/shapes';
import type { UpstreamClient } from './breaker.js';
import { LinodeApiError } from './errors.js';
import { MonitorTokens } from './monitor-tokens.js';

export const METRICS_OPERATION = 'POST /monitor/services/{serviceType}/metrics';
const TOKEN_OPERATION = 'POST /monitor/services/{serviceType}/token';

/** What a read needs of the caller's request (its UpstreamSession). */
export interface MonitorCaller {
  readonly token: string | null;
  readonly signal: AbortSignal;
  /** A POST to api.linode.com with the caller's token that changes nothing. */
  postRead<T>(path: string, body: unknown, operation: string): Promise<T>;
  /** Counts an attempt sent to another host in the request's upstream requests and budget. */
  countAttempt(): void;
  /** Resolves once Linode is known to accept the caller's token (TOKEN_RECHECK_MS). */
  tokenKnownValid(): Promise<void>;
  /** Runs `task` within the caller's concurrency caps (the request's and its token's). */
  bounded<T>(task: () => Promise<T>): Promise<T>;
}

/** A metrics request body (Linode's snake_case JSON) with its entity ids. */
export type MetricsBody = Record<string, unknown> & { entity_ids: Array<string | number> };

export interface MonitorMetricsOptions {
  /** The metrics host's client (base URL MONITOR_API_URL). */
  client: UpstreamClient;
  /** The keyed hash naming a caller (never its token). */
  tokenKey: (token: string) => string;
  /** How long a caller stays known valid after Linode accepted its token. */
  recheckMs: number;
  now: () => number;
}

export class MonitorMetrics {
  private readonly tokens: MonitorTokens;

  constructor(private readonly options: MonitorMetricsOptions) {
    this.tokens = new MonitorTokens(options.now);
  }

  async read(caller: MonitorCaller, serviceType: string, request: MetricsBody): Promise<MonitorEntityMetrics> {
    if (!caller.token) {
      throw new LinodeApiError({ code: 'UNAUTHENTICATED', operation: METRICS_OPERATION, message: 'Reading metrics needs a Linode token' });
    }
    const callerKey = this.options.tokenKey(caller.token);
    // The token is bound to its entities: the same set, in one order, names the same token.
    const entityIds = [...new Set(request.entity_ids)].sort((a, b) => String(a).localeCompare(String(b), 'en', { numeric: true }));
    const body = { ...request, entity_ids: entityIds };
    const key = MonitorTokens.key(callerKey, serviceType, entityIds);
    const issue = async () => {
      const answer = await caller.postRead<{ token?: unknown }>(
        `/monitor/services/${serviceType}/token`,
        { entity_ids: entityIds },
        TOKEN_OPERATION,
      );
      if (typeof answer.token !== 'string' || answer.token === '') {
        throw new LinodeApiError({
          code: 'UPSTREAM_ERROR',
          operation: TOKEN_OPERATION,
          message: 'Linode answered without a service token',
        });
      }
      return answer.token;
    };

    const held = await this.heldToken(caller, key);
    if (!held) return this.post(caller, callerKey, serviceType, body, (await this.tokens.renew(key, issue)).token);
    try {
      return await this.post(caller, callerKey, serviceType, body, held);
    } catch (error) {
      if (!(error instanceof LinodeApiError && error.status === 401)) throw error;
      this.tokens.drop(key, held);
      return this.post(caller, callerKey, serviceType, body, (await this.tokens.renew(key, issue)).token);
    }
  }

  /** A token held for `key`, if the caller's own token is still one Linode accepts. */
  private async heldToken(caller: MonitorCaller, key: string): Promise<string | undefined> {
    const held = this.tokens.get(key);
    if (!held) return undefined;
    if (this.options.now() - held.checkedAt >= this.options.recheckMs) {
      try {
        await caller.tokenKnownValid();
      } catch (error) {
        this.tokens.drop(key, held.token); // a revoked caller keeps nothing it was given
        throw error;
      }
      this.tokens.checked(key);
    }
    return held.token;
  }

  private async post(
    caller: MonitorCaller,
    callerKey: string,
    serviceType: string,
    body: MetricsBody,
    serviceToken: string,
  ): Promise<MonitorEntityMetrics> {
    const response = await caller.bounded(() =>
      this.options.client.request<MonitorEntityMetrics>({
        method: 'POST',
        path: `/monitor/services/${serviceType}/metrics`,
        operation: METRICS_OPERATION,
        token: serviceToken,
        callerKey,
        body,
        signal: caller.signal,
        onAttempt: () => caller.countAttempt(),
      }),
    );
    return response.data;
  }
}
