// Benchmarks (not tests). The emulator (with a fixed added latency per upstream request, standing
// in for the round trip to api.linode.com) and the gateway each run in a process of their own; this
// process is the client. For each latency: the Dashboard cold / warm / reload, a filtered list, a
// single lookup and a deep cross-domain query, each with its upstream requests against the least
// possible, p50/p99 and the gateway process's CPU per run; the same Dashboard over REST the naive way; then how fast a change made
// straight through the REST API shows; then a load run (autocannon, loopback) with the gateway's
// RSS sampled every second.
// Usage: npm run bench [-- --latencies 0,20,50 --runs 15 --warmup 50 --load-seconds 60 --connections 200 --node-flags '...']
//        (--load-seconds 0 skips the load run; --quick: 5 runs, 10 warm-up Dashboards, 10 s of load)
import { performance } from 'node:perf_hooks';
import { Agent, request } from 'undici';
import { defaults, type GatewayConfig } from '../src/config.js';
import { buildGatewayChild } from './support/build-gateway.js';
import { deployedNodeFlags, nodeFlagList } from './support/deployed-flags.js';
import { startChild } from './support/child-process.js';
import { startEmulatorProcess } from './support/emulator-process.js';
import { runLoad } from './support/load.js';
import { naiveDashboard } from './support/naive-rest.js';
import { percentile } from './support/stats.js';
import { dashboard, deep, deepLowerBound, filtered, singleLookup, type BenchQuery } from './support/queries.js';
import { DEMO_TOKEN } from 'linode-emulator';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? String(process.argv[i + 1]) : fallback;
};
const quick = process.argv.includes('--quick');
const latencies = arg('latencies', '0,20,50') === 'none' ? [] : arg('latencies', '0,20,50').split(',').map(Number);
const measureFreshness = !process.argv.includes('--no-freshness');
const runs = Number(arg('runs', quick ? '5' : '15'));
const warmup = Number(arg('warmup', quick ? '10' : '50'));
const loadSeconds = Number(arg('load-seconds', quick ? '10' : '60'));
const connections = Number(arg('connections', '200'));
const heapSnapshot = process.argv.includes('--heap-snapshot') ? arg('heap-snapshot', '') : undefined;
const overrides = JSON.parse(arg('config', '{}')) as Partial<GatewayConfig>;

const emulator = await startEmulatorProcess({ latencyMs: 0 });
const config: Partial<GatewayConfig> = { ...defaults, linodeApiUrl: emulator.url, tokenCache: true, ...overrides };
// The gateway as a deployment runs it: compiled JavaScript on plain node (no TypeScript loader),
// with bin/gateway's node flags unless --node-flags says otherwise ('' for Node's own; any node
// flag, e.g. '--cpu-prof --cpu-prof-dir=/tmp/prof', as bin/gateway passes them on the command line).
const nodeFlags = process.argv.includes('--node-flags') ? nodeFlagList(arg('node-flags', '')) : deployedNodeFlags();
const gateway = await startChild(
  await buildGatewayChild(),
  // NODE_ENV as bin/gateway sets it.
  { BENCH_GATEWAY_CONFIG: JSON.stringify(config), NODE_ENV: 'production' },
  nodeFlags,
);
const endpoint = `http://127.0.0.1:${Number(gateway.ready.port)}/graphql`;
const agent = new Agent({ connections: 16 });

interface Answer {
  data?: unknown;
  errors?: unknown[];
  extensions?: { upstream?: { requests: number } };
}

async function graphql(query: BenchQuery): Promise<{ ms: number; answer: Answer }> {
  const started = performance.now();
  const response = await request(endpoint, {
    method: 'POST',
    dispatcher: agent,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${DEMO_TOKEN}` },
    body: query.body,
  });
  const answer = (await response.body.json()) as Answer;
  const ms = performance.now() - started;
  if (answer.errors) throw new Error(`${query.name}: ${JSON.stringify(answer.errors).slice(0, 300)}`);
  return { ms, answer };
}

interface Row {
  scenario: string;
  requests: string;
  lowerBound: string;
  p50: number;
  p99: number;
  /** The gateway process's CPU time per run (user + system, all its threads), as bench/mesh measures Mesh's. */
  cpuMs?: number;
}

async function measure(
  scenario: string,
  before: () => Promise<unknown>,
  run: () => Promise<{ ms: number; requests: number; lowerBound: number }>,
  throughGateway = true,
): Promise<Row> {
  const times: number[] = [];
  const requests = new Set<number>();
  const bounds = new Set<number>();
  let cpuMs = 0;
  for (let i = 0; i < runs; i += 1) {
    await before();
    const cpuBefore = await gatewayCpuMs();
    const result = await run();
    cpuMs += (await gatewayCpuMs()) - cpuBefore;
    times.push(result.ms);
    requests.add(result.requests);
    bounds.add(result.lowerBound);
  }
  const span = (values: Set<number>) => (values.size === 1 ? String([...values][0]) : `${Math.min(...values)}-${Math.max(...values)}`);
  return {
    scenario,
    requests: span(requests),
    lowerBound: span(bounds),
    p50: percentile(times, 0.5),
    p99: percentile(times, 0.99),
    cpuMs: throughGateway ? cpuMs / runs : undefined,
  };
}

const gatewayCpuMs = async () => Number((await gateway.ask({ cpu: true })).cpuMs);

const nothing = () => Promise.resolve();
const clearAll = () => gateway.ask({ clear: 'all' });
const dropToken = () => gateway.ask({ clear: 'token' });
const upstreamOf = (answer: Answer) => answer.extensions?.upstream?.requests ?? -1;
const gatewayRun = (query: BenchQuery, lowerBound: number | ((answer: Answer) => number)) => async () => {
  const { ms, answer } = await graphql(query);
  return { ms, requests: upstreamOf(answer), lowerBound: typeof lowerBound === 'number' ? lowerBound : lowerBound(answer) };
};

const listed = await fetch(`${emulator.url}/linode/instances?page_size=25`, { headers: { authorization: `Bearer ${DEMO_TOKEN}` } });
const firstInstance = ((await listed.json()) as { data: Array<{ id: number }> }).data[0].id;
const results = new Map<number, Row[]>();
// A server that has run a while: V8 optimises the gateway's code over dozens of operations (the
// Mesh comparison, bench/mesh, warms up the same way). Cold Dashboards, then each other query once.
await emulator.setLatency(0);
for (let i = 0; i < warmup; i += 1) {
  await clearAll();
  await graphql(dashboard());
}
for (const query of [filtered, singleLookup(firstInstance), deep]) await graphql(query);
for (const latency of latencies) {
  await emulator.setLatency(latency);
  const rows: Row[] = [];
  await graphql(dashboard()); // warm-up: JIT, connections
  rows.push(await measure('Dashboard(50), cold: nothing cached', clearAll, gatewayRun(dashboard(), 106)));
  // Images are a token-scoped catalog: dropped with the token's entries, like the instance data.
  rows.push(await measure('Dashboard(50), warm: public catalogs cached', dropToken, gatewayRun(dashboard(), 103)));
  rows.push(await measure('Dashboard(50), reload: within the freshness window', nothing, gatewayRun(dashboard(), 0)));
  rows.push(await measure('filtered list (100 instances of a region)', dropToken, gatewayRun(filtered, 1)));
  rows.push(await measure('single lookup (an instance, its disks)', dropToken, gatewayRun(singleLookup(firstInstance), 2)));
  rows.push(await measure('deep cross-domain (firewalls, devices, instances, volumes)', dropToken, gatewayRun(deep, deepLowerBound)));
  rows.push(
    await measure(
      'Dashboard(50), naive REST (6 in parallel, like a browser)',
      nothing,
      async () => {
        const started = performance.now();
        const requests = await naiveDashboard(emulator.url);
        return { ms: performance.now() - started, requests, lowerBound: 106 };
      },
      false,
    ),
  );
  results.set(latency, rows);
  console.log(`\nUpstream latency ${latency} ms, ${runs} runs each\n`);
  console.log('| scenario | upstream requests | least possible | p50 ms | p99 ms | gateway CPU ms |\n|---|---|---|---|---|---|');
  for (const r of rows) {
    const cpu = r.cpuMs === undefined ? '-' : r.cpuMs.toFixed(1);
    console.log(`| ${r.scenario} | ${r.requests} | ${r.lowerBound} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${cpu} |`);
  }
}

// Freshness: a change made straight through the REST API (another client), read again through the gateway.
if (measureFreshness) await freshness();
async function freshness(): Promise<void> {
  await emulator.setLatency(20);
  const lookup = singleLookup(firstInstance);
  // Cached, and the token's poller running: what a reload within the window answers from.
  for (let i = 0; i < 3; i += 1) await graphql(lookup);
  const cached = await graphql(lookup);
  const label = `renamed-${Date.now().toString(36)}`;
  const changedAt = performance.now();
  await emulator.relabel(firstInstance, label);
  let seenAfter = -1;
  let reloads = 0;
  let stale = 0;
  while (performance.now() - changedAt < 3 * (config.eventPollMs ?? 5_000) + 5_000) {
    const { answer } = await graphql(lookup);
    reloads += 1;
    if (JSON.stringify(answer.data).includes(label)) {
      seenAfter = performance.now() - changedAt;
      break;
    }
    stale += upstreamOf(answer) === 0 ? 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  console.log(
    `\nFreshness: a label changed straight through the REST API showed through the gateway after ${seenAfter.toFixed(0)} ms ` +
      `(EVENT_POLL_MS ${config.eventPollMs}, 20 ms latency; the lookup was cached: ${upstreamOf(cached.answer)} upstream requests before the change; ` +
      `${reloads} reloads every 50 ms meanwhile, ${stale} of them answered from the cache)`,
  );
}

if (loadSeconds > 0) {
  await emulator.setLatency(20);
  const load = await runLoad({
    url: endpoint,
    token: DEMO_TOKEN,
    connections,
    seconds: loadSeconds,
    queries: [dashboard(50), singleLookup(firstInstance), filtered, deep, dashboard(10)],
    rss: async () => Number((await gateway.ask({ rss: true })).rss),
    // --heap-snapshot FILE: what the gateway holds halfway through the load run.
    midway: heapSnapshot ? () => void gateway.ask({ snapshot: heapSnapshot }) : undefined,
  });
  console.log(
    `\nLoad: ${connections} clients for ${loadSeconds} s on mixed queries (Dashboard(50), Dashboard(10), single lookup, filtered list, deep), 20 ms upstream latency`,
  );
  console.log(`| requests | errors | non-2xx | timeouts | req/s | p50 ms | p99 ms | RSS MB min / median / max | RSS first → last s |`);
  console.log('|---|---|---|---|---|---|---|---|---|');
  console.log(
    `| ${load.requests} | ${load.errors} | ${load.non2xx} | ${load.timeouts} | ${load.rps.toFixed(0)} | ${load.p50} | ${load.p99} | ${load.rssMb.min.toFixed(0)} / ${load.rssMb.median.toFixed(0)} / ${load.rssMb.max.toFixed(0)} | ${load.rssMb.first.toFixed(0)} → ${load.rssMb.last.toFixed(0)} |`,
  );
  console.log(`RSS every second (MB): ${load.rssMb.samples.map((s) => s.toFixed(0)).join(' ')}`);
}

await agent.close();
await gateway.close();
await emulator.close();
