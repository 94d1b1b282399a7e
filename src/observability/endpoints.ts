// Operational endpoints, answered before GraphQL handling:
//   /healthz  the process is up and serving HTTP (liveness): always 200 while it answers;
//   /readyz   ready for traffic (readiness): 503 once shutdown has begun, so load balancers drain;
//   /metrics  Prometheus text format from the gateway's own registry (when METRICS is on).
import type { Plugin } from 'graphql-yoga';
import type { GatewayMetrics } from './metrics.js';

export class Readiness {
  private reason: string | undefined;
  get ready(): boolean {
    return this.reason === undefined;
  }
  /** Stop reporting ready (shutdown has begun); the reason appears in /readyz. */
  drain(reason = 'shutting down'): void {
    this.reason ??= reason;
  }
  get status(): { status: 'ready' } | { status: 'unavailable'; reason: string } {
    return this.reason === undefined ? { status: 'ready' } : { status: 'unavailable', reason: this.reason };
  }
}

export function useOperationalEndpoints(readiness: Readiness, metrics: GatewayMetrics | undefined): Plugin {
  return {
    async onRequest(payload) {
      const { url, request, fetchAPI } = payload;
      const path = url.pathname;
      if (path !== '/healthz' && path !== '/readyz' && path !== '/metrics') return;
      const noStore = { 'cache-control': 'no-store' };
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        return payload.endResponse(new fetchAPI.Response(null, { status: 405, headers: { allow: 'GET, HEAD', ...noStore } }));
      }
      const json = (status: number, body: unknown) =>
        payload.endResponse(
          new fetchAPI.Response(request.method === 'HEAD' ? null : JSON.stringify(body), {
            status,
            headers: { 'content-type': 'application/json; charset=utf-8', ...noStore },
          }),
        );
      if (path === '/healthz') return json(200, { status: 'ok' });
      if (path === '/readyz') return json(readiness.ready ? 200 : 503, readiness.status);
      if (!metrics) return payload.endResponse(new fetchAPI.Response('Not found', { status: 404, headers: noStore }));
      const text = await metrics.registry.metrics();
      return payload.endResponse(
        new fetchAPI.Response(request.method === 'HEAD' ? null : text, {
          status: 200,
          headers: { 'content-type': metrics.registry.contentType, ...noStore },
        }),
      );
    },
  };
}
