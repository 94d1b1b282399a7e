// Timestamps for bench/timeline.ts, recorded inside the gateway's and the emulator's processes from
// diagnostics channels, so that neither's code changes: epoch milliseconds with sub-millisecond
// precision (performance.timeOrigin + performance.now()), comparable across processes on one machine.
import { subscribe } from 'node:diagnostics_channel';

/** When, what happened (see the kinds below), and to which path (without the API's origin and /v4). */
export type TimelineEvent = [at: number, kind: TimelineKind, path: string];
/**
 * - `dispatched`: the gateway handed the request to undici;
 * - `written`: undici wrote it to a socket;
 * - `answered`: the gateway has the whole answer;
 * - `arrived`: the emulator's HTTP server started on it.
 */
export type TimelineKind = 'dispatched' | 'written' | 'answered' | 'arrived';

const clock = () => performance.timeOrigin + performance.now();
const pathOf = (path: string) => path.replace(/^\/v4(?=\/)/, '');

/** A place the events pile up in until `take` hands them over. */
function recorder(): { add: (kind: TimelineKind, path: string) => void; take: () => TimelineEvent[] } {
  let events: TimelineEvent[] = [];
  return {
    add: (kind, path) => events.push([clock(), kind, pathOf(path)]),
    take: () => {
      const taken = events;
      events = [];
      return taken;
    },
  };
}

interface UndiciRequest {
  path: string;
}

/** In the gateway's process: every upstream request through undici (any API, HTTP/1.1 or HTTP/2). */
export function recordUpstreamRequests(): () => TimelineEvent[] {
  const events = recorder();
  subscribe('undici:request:create', (message) => events.add('dispatched', (message as { request: UndiciRequest }).request.path));
  subscribe('undici:client:sendHeaders', (message) => events.add('written', (message as { request: UndiciRequest }).request.path));
  subscribe('undici:request:trailers', (message) => events.add('answered', (message as { request: UndiciRequest }).request.path));
  return events.take;
}

/** In the emulator's process: every request its HTTP server starts on. */
export function recordServerRequests(): () => TimelineEvent[] {
  const events = recorder();
  subscribe('http.server.request.start', (message) => events.add('arrived', (message as { request: { url?: string } }).request.url ?? ''));
  return events.take;
}
