// Where a cold Dashboard(50)'s time goes, phase by phase along its critical path: the query, the
// first round trip (the catalogs and the page of instances), the second (each instance's disks and
// configs, 100 requests), the answer. Timestamps come from inside the gateway's process (undici's
// diagnostics channels: each upstream request handed to undici, written to a socket, answered) and
// the emulator's (each request's arrival), on one clock; medians (and p90) over the runs.
// It separates what the gateway adds to the two round trips from what the emulator adds: a single
// process, it reads and answers the 100 child requests one after another, where Linode's servers
// would work on them side by side.
// Usage: npm run bench:timeline [-- --latencies 0,20,50 --runs 20 --warmup 50]
import { performance } from 'node:perf_hooks';
import { Agent, request } from 'undici';
import { DEMO_TOKEN } from 'linode-emulator';
import { defaults, type GatewayConfig } from '../src/config.js';
import { buildGatewayChild } from './support/build-gateway.js';
import { startChild } from './support/child-process.js';
import { deployedNodeFlags } from './support/deployed-flags.js';
import { startEmulatorProcess } from './support/emulator-process.js';
import { dashboard } from './support/queries.js';
import { percentile } from './support/stats.js';
import type { TimelineEvent, TimelineKind } from './support/timeline-events.js';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? String(process.argv[i + 1]) : fallback;
};
const latencies = arg('latencies', '0,20,50').split(',').map(Number);
const runs = Number(arg('runs', '20'));
const warmup = Number(arg('warmup', '50'));

process.env.BENCH_TIMELINE = '1'; // both children record their events (bench/support/timeline-events.ts)
const emulator = await startEmulatorProcess({ latencyMs: 0 });
const config: Partial<GatewayConfig> = { ...defaults, linodeApiUrl: emulator.url, tokenCache: true };
const gateway = await startChild(
  await buildGatewayChild(),
  { BENCH_GATEWAY_CONFIG: JSON.stringify(config), NODE_ENV: 'production' },
  deployedNodeFlags(),
);
const endpoint = `http://127.0.0.1:${Number(gateway.ready.port)}/graphql`;
const agent = new Agent({ connections: 4 });
const query = dashboard();

/** Milliseconds since the query was sent, of each phase of one cold Dashboard. */
type Phases = Record<string, number>;

const isChild = (path: string) => /^\/linode\/instances\/\d+\/(disks|configs)(\?|$)/.test(path);
const isPage = (path: string) => /^\/linode\/instances(\?|$)/.test(path);

async function coldDashboard(): Promise<Phases> {
  await gateway.ask({ clear: 'all' });
  await gateway.ask({ upstream: true }); // forget what came before
  await emulator.arrivals();
  const sent = performance.timeOrigin + performance.now();
  const response = await request(endpoint, {
    method: 'POST',
    dispatcher: agent,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${DEMO_TOKEN}` },
    body: query.body,
  });
  const answer = (await response.body.json()) as { errors?: unknown };
  const done = performance.timeOrigin + performance.now();
  if (answer.errors) throw new Error(JSON.stringify(answer.errors).slice(0, 300));
  const events = [...((await gateway.ask({ upstream: true })).upstream as TimelineEvent[]), ...(await emulator.arrivals())];
  const times = (kind: TimelineKind, which: (path: string) => boolean) =>
    events.filter(([, k, path]) => k === kind && which(path)).map(([at]) => at - sent);
  const first = (values: number[]) => Math.min(...values);
  const last = (values: number[]) => Math.max(...values);
  const children = (kind: TimelineKind) => times(kind, isChild);
  if (children('dispatched').length !== 100) throw new Error(`expected 100 child requests, saw ${children('dispatched').length}`);
  return {
    'first upstream request handed to undici': first(times('dispatched', () => true)),
    'page of instances answered': first(times('answered', isPage)),
    'first child request handed to undici': first(children('dispatched')),
    'last child request handed to undici': last(children('dispatched')),
    'first child request written': first(children('written')),
    'last child request written': last(children('written')),
    'first child request arrived at the emulator': first(children('arrived')),
    'last child request arrived at the emulator': last(children('arrived')),
    'first child answered': first(children('answered')),
    'last child answered': last(children('answered')),
    'Dashboard answered (the client has it all)': done - sent,
  };
}

for (let i = 0; i < warmup; i += 1) await coldDashboard();
for (const latency of latencies) {
  await emulator.setLatency(latency);
  await coldDashboard();
  const samples: Phases[] = [];
  for (let i = 0; i < runs; i += 1) samples.push(await coldDashboard());
  const column = (phase: string) => samples.map((sample) => sample[phase]);
  const at = (phase: string, q = 0.5) => percentile(column(phase), q);
  console.log(`\nCold Dashboard(50), upstream latency ${latency} ms, ${runs} runs: ms since the query was sent\n`);
  console.log('| phase | median | p90 |\n|---|---|---|');
  for (const phase of Object.keys(samples[0])) console.log(`| ${phase} | ${at(phase).toFixed(1)} | ${at(phase, 0.9).toFixed(1)} |`);
  const total = at('Dashboard answered (the client has it all)');
  const gatewayOwn =
    at('first upstream request handed to undici') +
    (at('first child request written') - at('page of instances answered')) +
    (total - at('last child answered'));
  const emulatorSerial = at('last child request arrived at the emulator') - at('first child request arrived at the emulator');
  console.log(
    `\nMedians. Over two round trips (${2 * latency} ms): ${(total - 2 * latency).toFixed(1)} ms. On the critical path, the gateway before its ` +
      `first request, between the page of instances and the first child request on the wire, and after the last child answer: ` +
      `${gatewayOwn.toFixed(1)} ms; the emulator reading the 100 child requests one after another: ${emulatorSerial.toFixed(1)} ms.`,
  );
}

await agent.close();
await gateway.close();
await emulator.close();
