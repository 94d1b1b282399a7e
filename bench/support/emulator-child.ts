// The emulator in a process of its own, so that benchmarks and CPU profiles of the gateway measure
// the gateway alone. Started by bench/support/emulator-process.ts; answers its messages:
// { latency: ms } sets the added latency; { requests: true } answers how many requests it received
// since the last such message (and forgets them); with BENCH_TIMELINE set, { arrivals: true }
// answers when each request reached it since the last such message (bench/timeline.ts).
import { startEmulator } from 'linode-emulator';
import { recordServerRequests } from './timeline-events.js';

const emulator = await startEmulator({
  port: 0,
  rateLimits: process.env.BENCH_RATE_LIMITS === 'true',
  latencyMs: Number(process.env.BENCH_LATENCY_MS ?? 0),
  instances: Number(process.env.BENCH_INSTANCES ?? 120),
  tls: process.env.BENCH_TLS ? (JSON.parse(process.env.BENCH_TLS) as { key: string; cert: string }) : undefined,
});

interface Message {
  id: number;
  latency?: number;
  requests?: boolean;
  arrivals?: boolean;
}

const takeArrivals = process.env.BENCH_TIMELINE ? recordServerRequests() : undefined;

process.on('message', (message: Message) => {
  if (message.latency !== undefined) emulator.setLatency(message.latency);
  const requests = emulator.log.length;
  if (message.requests) emulator.clearLog();
  const usage = process.cpuUsage();
  const arrivals = message.arrivals ? takeArrivals?.() : undefined;
  process.send?.({ id: message.id, requests, cpuMs: (usage.user + usage.system) / 1000, arrivals });
});
process.on('disconnect', () => void emulator.close().then(() => process.exit(0)));
process.send?.({ id: 0, url: emulator.url });
