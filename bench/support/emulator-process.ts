// The emulator in a process of its own (bench/support/emulator-child.ts), so that benchmarks and
// CPU profiles of the gateway measure the gateway alone.
import { DEMO_TOKEN } from 'linode-emulator';
import { Agent, fetch } from 'undici';
import { startChild } from './child-process.js';
import type { TimelineEvent } from './timeline-events.js';

export interface EmulatorProcess {
  url: string;
  /** Added latency per upstream request, from now on. */
  setLatency(ms: number): Promise<void>;
  /** Requests the emulator received since the last call (and forgets them). */
  takeRequestCount(): Promise<number>;
  /** CPU time the emulator process has used so far (ms). */
  cpuMs(): Promise<number>;
  /** When each request arrived since the last call (with BENCH_TIMELINE set when it started; else none). */
  arrivals(): Promise<TimelineEvent[]>;
  /** Changes an instance's label straight through the REST API, as another Linode client would. */
  relabel(instanceId: number, label: string): Promise<void>;
  close(): Promise<void>;
}

export async function startEmulatorProcess(
  options: { latencyMs?: number; instances?: number; rateLimits?: boolean; tls?: { key: string; cert: string } } = {},
): Promise<EmulatorProcess> {
  const child = await startChild(new URL('./emulator-child.ts', import.meta.url), {
    BENCH_LATENCY_MS: String(options.latencyMs ?? 0),
    BENCH_INSTANCES: String(options.instances ?? 120),
    BENCH_RATE_LIMITS: String(options.rateLimits ?? false),
    ...(options.tls ? { BENCH_TLS: JSON.stringify(options.tls) } : {}),
  });
  const url = String(child.ready.url);
  // Trusts the emulator's own certificate when it serves HTTPS.
  const dispatcher = new Agent(options.tls ? { connect: { ca: options.tls.cert } } : {});
  return {
    url,
    setLatency: async (ms) => void (await child.ask({ latency: ms })),
    takeRequestCount: async () => Number((await child.ask({ requests: true })).requests ?? 0),
    cpuMs: async () => Number((await child.ask({})).cpuMs ?? 0),
    arrivals: async () => ((await child.ask({ arrivals: true })).arrivals as TimelineEvent[] | undefined) ?? [],
    async relabel(instanceId, label) {
      const response = await fetch(`${url}/linode/instances/${instanceId}`, {
        dispatcher,
        method: 'PUT',
        headers: { authorization: `Bearer ${DEMO_TOKEN}`, 'content-type': 'application/json' },
        body: JSON.stringify({ label }),
      });
      if (!response.ok) throw new Error(`PUT /linode/instances/${instanceId}: ${response.status} ${await response.text()}`);
    },
    close: async () => {
      await dispatcher.close();
      await child.close();
    },
  };
}
