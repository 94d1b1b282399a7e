// CPU time the gateway spends on one Dashboard(50) with an upstream that answers at once (0 ms
// added latency; the emulator runs in its own process, so only the gateway's work is counted).
// Usage: npx tsx --conditions=source bench/cpu-dashboard.ts [--runs 40] [--mode cold|warm|reload] [--latency 0]
//   cold: nothing cached; warm: public catalogs cached; reload: everything cached (TOKEN_CACHE)
// With --profile FILE, the measured runs (not start-up, not the warm-up) are recorded as a V8 CPU
// profile, as `node --cpu-prof` writes them; bench/cpu-profile-summary.ts summarises it.
import { performance } from 'node:perf_hooks';
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { DEMO_TOKEN } from 'linode-emulator';
import { defaults } from '../src/config.js';
import { createGateway } from '../src/gateway.js';
import { startEmulatorProcess } from './support/emulator-process.js';
import { loopbackCertificate } from '../test/support/loopback-cert.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const runs = arg('runs', 40);
const modeIndex = process.argv.indexOf('--mode');
const mode = modeIndex > 0 ? process.argv[modeIndex + 1] : 'cold';
const profileIndex = process.argv.indexOf('--profile');
const profileFile = profileIndex > 0 ? process.argv[profileIndex + 1] : undefined;
const dashboard = readFileSync(new URL('../test/contract/documents/instances.graphql', import.meta.url), 'utf8');

// --h2: the emulator serves HTTPS with HTTP/2, as api.linode.com does; --http1: HTTPS, HTTP/1.1 only.
const tls = process.argv.includes('--h2') || process.argv.includes('--http1') ? loopbackCertificate() : undefined;
const emulator = await startEmulatorProcess({ latencyMs: arg('latency', 0), tls });
const gateway = createGateway(
  { ...defaults, linodeApiUrl: emulator.url, tokenCache: mode === 'reload', upstreamHttp2: !process.argv.includes('--http1') },
  { upstreamTls: tls && { ca: tls.cert } },
);
const body = JSON.stringify({ query: dashboard, operationName: 'Dashboard', variables: { first: 50 } });

async function once(): Promise<number> {
  const response = await gateway.yoga.fetch('http://gateway.bench/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${DEMO_TOKEN}` },
    body,
  });
  const result = (await response.json()) as { errors?: unknown; extensions: { upstream: { requests: number } } };
  if (result.errors) throw new Error(JSON.stringify(result.errors).slice(0, 300));
  return result.extensions.upstream.requests;
}

for (let i = 0; i < 10; i += 1) await once(); // JIT warm-up
const inspector = profileFile ? new Session() : undefined;
if (inspector) {
  inspector.connect();
  await inspector.post('Profiler.enable');
  await inspector.post('Profiler.start');
}
const emulatorCpuBefore = await emulator.cpuMs();
const cpu: number[] = [];
const wall: number[] = [];
let requests = 0;
for (let i = 0; i < runs; i += 1) {
  if (mode === 'cold') await gateway.cache.keyv.clear();
  const before = process.cpuUsage();
  const started = performance.now();
  requests = await once();
  wall.push(performance.now() - started);
  const used = process.cpuUsage(before);
  cpu.push((used.user + used.system) / 1000);
}
const emulatorCpu = ((await emulator.cpuMs()) - emulatorCpuBefore) / runs;
if (inspector && profileFile) {
  const { profile } = await inspector.post('Profiler.stop');
  writeFileSync(profileFile, JSON.stringify(profile));
  inspector.disconnect();
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(
  `Dashboard(50), ${arg('latency', 0)} ms upstream, ${mode}, ${runs} runs: CPU ${median(cpu).toFixed(1)} ms (median), wall ${median(wall).toFixed(1)} ms (median), ${requests} upstream requests; the emulator's CPU ${emulatorCpu.toFixed(1)} ms per Dashboard (mean)`,
);
await gateway.close();
await emulator.close();
