// Subscriptions over server-sent events, driven by the test: the event pollers wait on
// `manualWait()` (a poll happens when the test calls `tick()`, never on a timer), and the stream
// is read in the background.
import { DEMO_TOKEN } from 'linode-emulator';
import { expect } from 'vitest';
import type { Gateway } from '../../src/gateway.js';
import type { Wait } from '../../src/resolvers/event-pollers.js';
import { until } from './turns.js';

export interface ManualWait {
  /** The pollers' wait (GatewayOptions.eventWait). */
  wait: Wait;
  /** Pollers waiting now. */
  readonly sleeping: number;
  /** Every wait asked for (ms), in order. */
  readonly asked: number[];
  /** Ends every wait: each waiting poller polls once. Returns how many were waiting. */
  tick(): number;
}

/** The pollers' wait, released by `tick()` or by the poller's own signal (it stops). */
export function manualWait(): ManualWait {
  const sleepers = new Set<(aborted: boolean) => void>();
  const asked: number[] = [];
  const wait: Wait = (ms, signal) =>
    new Promise((resolve) => {
      if (signal.aborted) return resolve(true);
      asked.push(ms);
      const stop = () => wake(true);
      const wake = (aborted: boolean) => {
        sleepers.delete(wake);
        signal.removeEventListener('abort', stop);
        resolve(aborted);
      };
      sleepers.add(wake);
      signal.addEventListener('abort', stop, { once: true });
    });
  return {
    wait,
    get sleeping() {
      return sleepers.size;
    },
    asked,
    tick: () => {
      const woken = [...sleepers];
      woken.forEach((wake) => wake(false));
      return woken.length;
    },
  };
}

export interface EventSubscription {
  /** The HTTP status of the stream's answer. */
  status: number;
  /** Payloads delivered so far (`event: next`), oldest first. */
  delivered: any[];
  /** The stream has ended (closed by either side). */
  readonly ended: boolean;
  /** The next payload: waits (event loop turns) until one is delivered or the stream ends. */
  next(): Promise<any>;
  close(): void;
}

/** Opens a subscription over server-sent events (POST, accept: text/event-stream) and reads it in the background. */
export async function subscribe(
  gateway: Pick<Gateway, 'yoga'>,
  query: string,
  options: { token?: string | null; headers?: Record<string, string> } = {},
): Promise<EventSubscription> {
  const token = options.token === undefined ? DEMO_TOKEN : options.token;
  const abort = new AbortController();
  const response = await gateway.yoga.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'text/event-stream',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query }),
    signal: abort.signal,
  });
  expect(response.headers.get('content-type')).toContain('text/event-stream');
  const delivered: any[] = [];
  let ended = false;
  void (async () => {
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const message = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = message.split('\n').find((line) => line.startsWith('data:'));
          if (message.startsWith('event: next') && data) delivered.push(JSON.parse(data.slice(5)));
        }
      }
    } catch {
      // closed by the test
    }
    ended = true;
  })();
  return {
    status: response.status,
    delivered,
    get ended() {
      return ended;
    },
    async next() {
      await until(() => delivered.length > 0 || ended);
      return delivered.shift();
    },
    close: () => abort.abort(),
  };
}
