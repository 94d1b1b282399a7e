// The measurement of bench/cpu-dashboard.ts (which builds this file and runs it with plain node):
// CPU time the gateway spends on one Dashboard(50) with an upstream that answers at once.
import { performance } from 'node:perf_hooks';
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { Agent, request } from 'undici';
import { DEMO_TOKEN } from 'linode-emulator';
import { defaults } from '../../src/config.js';
import { createGateway } from '../../src/gateway.js';
import { applyMemoryPolicy } from '../../src/http-server.js';
import { startEmulatorProcess } from './emulator-process.js';
import { mean, median, percentile } from './stats.js';
import { loopbackCertificate } from '../../test/support/loopback-cert.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const runs = arg('runs', 40);
// Dashboards run before measuring (as bench/mesh does): V8 keeps optimising for a long while
// (median CPU after 10: 86-90 ms; after 50: 64-70; after 150: 55, on one machine).
const warmup = arg('warmup', 50);
const modeIndex = process.argv.indexOf('--mode');
const mode = modeIndex > 0 ? process.argv[modeIndex + 1] : 'cold';
const profileIndex = process.argv.indexOf('--profile');
const profileFile = profileIndex > 0 ? process.argv[profileIndex + 1] : undefined;
const dashboard = readFileSync(new URL('../../test/contract/documents/instances.graphql', import.meta.url), 'utf8');

// --h2: the emulator serves HTTPS with HTTP/2, as api.linode.com does; --http1: HTTPS, HTTP/1.1 only.
const tls = process.argv.includes('--h2') || process.argv.includes('--http1') ? loopbackCertificate() : undefined;
const emulator = await startEmulatorProcess({ latencyMs: arg('latency', 0), tls });
// The process's memory policy, as serve() sets it (HEAP_GROWING_PERCENT): it costs CPU.
applyMemoryPolicy({ heapGrowingPercent: arg('heap-growing-percent', defaults.heapGrowingPercent) });
const gateway = createGateway(
  {
    ...defaults,
    linodeApiUrl: emulator.url,
    tokenCache: mode === 'reload' || mode === 'exec' || process.argv.includes('--token-cache'),
    upstreamHttp2: !process.argv.includes('--http1'),
  },
  { upstreamTls: tls && { ca: tls.cert } },
);
const body = JSON.stringify({ query: dashboard, operationName: 'Dashboard', variables: { first: 50 } });

// floor: the Dashboard's 106 upstream GETs sent straight with undici, read and parsed, no gateway:
// the part of a cold Dashboard's CPU that any client of Linode pays.
const raw = new Agent({
  connections: 256,
  keepAliveTimeout: 10_000,
  ...(tls ? { connect: { ca: tls.cert }, allowH2: !process.argv.includes('--http1') } : {}),
});
const rawHeaders = { authorization: `Bearer ${DEMO_TOKEN}`, accept: 'application/json' };
const rawGet = async (path: string) =>
  JSON.parse(await (await request(`${emulator.url}${path}`, { dispatcher: raw, headers: rawHeaders })).body.text()) as unknown;
const firstFifty =
  mode === 'floor' ? ((await rawGet('/linode/instances?page=1&page_size=50')) as { data: Array<{ id: number }> }).data : [];
async function floor(): Promise<number> {
  const paths = ['/linode/instances?page=1&page_size=50', '/volumes?page=1&page_size=500'];
  for (const catalog of ['/regions', '/linode/types', '/linode/kernels', '/images']) paths.push(`${catalog}?page=1&page_size=500`);
  for (const { id } of firstFifty)
    paths.push(`/linode/instances/${id}/disks?page=1&page_size=100`, `/linode/instances/${id}/configs?page=1&page_size=100`);
  await Promise.all(paths.map(rawGet));
  return paths.length;
}

let nonce = 0;
async function once(): Promise<number> {
  if (mode === 'floor') return floor();
  // exec: every upstream answer cached, the whole answer not (a variable no operation declares keys it apart)
  const sent =
    mode === 'exec' ? JSON.stringify({ query: dashboard, operationName: 'Dashboard', variables: { first: 50, nonce: nonce++ } }) : body;
  const response = await gateway.yoga.fetch('http://gateway.bench/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${DEMO_TOKEN}` },
    body: sent,
  });
  const result = (await response.json()) as { errors?: unknown; extensions: { upstream: { requests: number } } };
  if (result.errors) throw new Error(JSON.stringify(result.errors).slice(0, 300));
  return result.extensions.upstream.requests;
}

for (let i = 0; i < warmup; i += 1) await once(); // JIT warm-up
const inspector = profileFile ? new Session() : undefined;
if (inspector) {
  inspector.connect();
  await inspector.post('Profiler.enable');
  await inspector.post('Profiler.setSamplingInterval', { interval: 100 }); // µs: ten times the default
  await inspector.post('Profiler.start');
}
// Bytes allocated per Dashboard, sampled by V8 (objects collected since included): unlike CPU time,
// it does not move with the machine's other load, so small changes show.
const allocations = process.argv.includes('--alloc') ? new Session() : undefined;
if (allocations) {
  allocations.connect();
  await allocations.post('HeapProfiler.startSampling', {
    samplingInterval: 1024,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
}
const emulatorCpuBefore = await emulator.cpuMs();
const cpu: number[] = [];
const wall: number[] = [];
let requests = 0;
for (let i = 0; i < runs; i += 1) {
  if (mode === 'cold') {
    await gateway.cache.keyv.clear();
    // With --token-cache, whole answers too: a new write generation of the token (as after a write).
    await gateway.cache.newGeneration(gateway.cache.tokenKey(DEMO_TOKEN));
  }
  const before = process.cpuUsage();
  const started = performance.now();
  requests = await once();
  wall.push(performance.now() - started);
  const used = process.cpuUsage(before);
  cpu.push((used.user + used.system) / 1000);
}
const emulatorCpu = ((await emulator.cpuMs()) - emulatorCpuBefore) / runs;
if (allocations) {
  const { profile } = await allocations.post('HeapProfiler.stopSampling');
  type Node = (typeof profile)['head'];
  const total = (node: Node): number => node.selfSize + node.children.reduce((sum, child) => sum + total(child), 0);
  const bytes = total(profile.head);
  console.log(`allocated ${(bytes / runs / 1048576).toFixed(2)} MB per Dashboard (sampled)`);
  const allocFile = process.argv[process.argv.indexOf('--alloc') + 1];
  if (allocFile && !allocFile.startsWith('--')) writeFileSync(allocFile, JSON.stringify(profile));
  allocations.disconnect();
}
if (inspector && profileFile) {
  const { profile } = await inspector.post('Profiler.stop');
  writeFileSync(profileFile, JSON.stringify(profile));
  inspector.disconnect();
}
// The mean counts the full collections a median leaves out (what a heap growth factor costs).
// The 10th percentile too: on a shared machine it moves less than the median with others' load.
console.log(
  `Dashboard(50), ${arg('latency', 0)} ms upstream, ${mode}, ${runs} runs after ${warmup}: CPU ${median(cpu).toFixed(1)} ms (median; p10 ${percentile(cpu, 0.1).toFixed(1)}; mean ${mean(cpu).toFixed(1)}, full collections included), wall ${median(wall).toFixed(1)} ms (median), ${requests} upstream requests; the emulator's CPU ${emulatorCpu.toFixed(1)} ms per Dashboard (mean)`,
);
await gateway.close();
await raw.close();
await emulator.close();
