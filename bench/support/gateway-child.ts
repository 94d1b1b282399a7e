// The gateway in a process of its own (bench/support/gateway-process.ts starts it), so that the
// benchmark's clients and load generator do not share its event loop or its memory figures.
// Config: BENCH_GATEWAY_CONFIG (JSON, over the defaults). Messages: { clear: 'all' } empties the
// cache and drops every answer of the demo token; { clear: 'token' } drops the demo token's cached
// answers (a new write generation, as after a write) and keeps the public catalogs; { rss: true } answers the resident set size in bytes;
// { cpu: true } answers the process's CPU time so far (ms); { snapshot: FILE } writes a V8 heap snapshot there;
// with BENCH_TIMELINE set, { upstream: true } answers its upstream requests' events since the last such message.
import { writeHeapSnapshot } from 'node:v8';
import { DEMO_TOKEN } from 'linode-emulator';
import { defaults, type GatewayConfig } from '../../src/config.js';
import { serve } from '../../src/http-server.js';
import { recordUpstreamRequests } from './timeline-events.js';

const takeUpstream = process.env.BENCH_TIMELINE ? recordUpstreamRequests() : undefined;
const config = { ...defaults, ...(JSON.parse(process.env.BENCH_GATEWAY_CONFIG ?? '{}') as Partial<GatewayConfig>) };
// BENCH_LOG_LEVEL=info: the gateway's log lines (one per operation, with its duration) on stdout.
const logLevel = (process.env.BENCH_LOG_LEVEL ?? 'silent') as GatewayConfig['logLevel'];
const running = await serve({ ...config, port: 0, host: '127.0.0.1', logLevel }, { handleSignals: false });
const { cache } = running.gateway;

interface Message {
  id: number;
  clear?: 'all' | 'token';
  rss?: boolean;
  cpu?: boolean;
  snapshot?: string;
  upstream?: boolean;
}

process.on('message', (message: Message) => {
  void (async () => {
    if (message.snapshot) writeHeapSnapshot(message.snapshot);
    if (message.clear === 'all') await cache.keyv.clear();
    // A new write generation: the token's entries and whole answers are not read any more.
    if (message.clear) await cache.newGeneration(cache.tokenKey(DEMO_TOKEN));
    const usage = process.cpuUsage();
    // Reading the memory figures costs ~1 ms (they come from /proc): only when asked, not in a CPU sample.
    const memory = message.rss ? process.memoryUsage() : undefined;
    // The benchmark may disconnect while a sample is on its way (the load run's last RSS tick):
    // with a callback, that failure is the callback's and not an unhandled 'error' event.
    process.send?.(
      {
        id: message.id,
        rss: memory?.rss,
        heapUsed: memory?.heapUsed,
        heapTotal: memory?.heapTotal,
        external: memory?.external,
        cpuMs: (usage.user + usage.system) / 1000,
        upstream: message.upstream ? takeUpstream?.() : undefined,
      },
      undefined,
      {},
      () => undefined,
    );
  })();
});
process.on('disconnect', () => void running.stop().then(() => process.exit(0)));
process.send?.({ id: 0, port: running.port });
