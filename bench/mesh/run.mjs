// GraphQL Mesh side by side with the gateway (issue 11): the contract's Dashboard(50) data fetched
// through Mesh over the same Linode OpenAPI spec, against the same emulator the gateway's benchmark
// uses. Three processes, as in bench/run.ts: the emulator (bench/support/emulator-child.ts, with a
// fixed added latency per upstream request), Mesh (composed with Mesh Compose from the spec, served
// by the Hive Gateway CLI, one process: --fork 1) and this one, the client.
// Usage: cd bench/mesh && npm ci && node run.mjs [--latencies 0,20,50] [--runs 15] [--warmup 50]
//        [--mesh-flags '--jit'] [--mesh-node-options '--cpu-prof --cpu-prof-dir=/tmp/prof']
/* global fetch */
import { execFileSync, fork, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? String(process.argv[i + 1]) : fallback;
};
const latencies = arg('latencies', '0,20,50').split(',').map(Number);
const runs = Number(arg('runs', '15'));
// Dashboards before the first measured latency (at 0 ms): Mesh warms up (V8's JIT) over tens of
// them. With a single one the 0 ms runs, measured first, took ~200 ms at p50; with 20, ~150; with
// 60, ~130. 50 by default, so that Mesh is measured warm.
const warmup = Number(arg('warmup', '50'));
// --mesh-node-options '--cpu-prof --cpu-prof-dir=/tmp/prof': Node options for the Mesh process only.
const meshNodeOptions = arg('mesh-node-options', '');
// --mesh-flags '--jit': more hive-gateway CLI options (none by default: the CLI's defaults).
const meshFlags = arg('mesh-flags', '').split(' ').filter(Boolean);
const first = 50;
const TOKEN = 'demo-token-full-access';

const here = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'bench-mesh-'));

// --- The emulator, in a process of its own (the same child the gateway's benchmark runs). ---------
const emulatorChild = fork(join(repoRoot, 'bench/support/emulator-child.ts'), [], {
  cwd: repoRoot,
  execArgv: ['--conditions=source', '--import', 'tsx'],
  env: { ...process.env, BENCH_LATENCY_MS: '0', BENCH_INSTANCES: '120', BENCH_RATE_LIMITS: 'false' },
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
});
const waiting = new Map();
emulatorChild.on('message', (reply) => {
  waiting.get(reply.id)?.(reply);
  waiting.delete(reply.id);
});
let nextId = 1;
const ask = (message) =>
  new Promise((resolve) => {
    const id = nextId++;
    waiting.set(id, resolve);
    emulatorChild.send({ ...message, id });
  });
const emulatorUrl = String(
  (
    await new Promise((resolve, reject) => {
      waiting.set(0, resolve);
      emulatorChild.once('exit', (code) => reject(new Error(`emulator exited (${code})`)));
    })
  ).url,
);
const setLatency = (ms) => ask({ latency: ms });
const takeRequestCount = async () => Number((await ask({ requests: true })).requests);

// --- Mesh: compose the spec into a supergraph pointed at the emulator, then serve it. ------------
const supergraph = join(work, 'supergraph.graphql');
let started = performance.now();
execFileSync(process.execPath, [join(here, 'node_modules/@graphql-mesh/compose-cli/esm/bin.js'), '-o', supergraph], {
  cwd: here,
  env: { ...process.env, LINODE_API_URL: emulatorUrl, MESH_SPEC_DIR: work },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const composeMs = performance.now() - started;

const port = await new Promise((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = probe.address();
    probe.close(() => resolve(free));
  });
});
started = performance.now();
const mesh = spawn(
  process.execPath,
  [
    ...(meshNodeOptions ? meshNodeOptions.split(' ') : []),
    join(here, 'node_modules/@graphql-hive/gateway/dist/bin.js'),
    'supergraph',
    supergraph,
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--fork',
    '1',
    ...meshFlags,
  ],
  // NODE_ENV=production as a deployment runs it (and as the gateway's CPU benchmark runs the gateway).
  // Its working directory is the supergraph's: in this one it would import mesh.config.mjs (it looks
  // for a `gatewayConfig` there) and find nothing to use.
  { cwd: work, env: { ...process.env, NODE_ENV: 'production' }, stdio: ['ignore', 'ignore', 'inherit'] },
);
const meshExited = new Promise((resolve) => mesh.once('exit', resolve));
process.on('exit', () => {
  mesh.kill();
  rmSync(work, { recursive: true, force: true });
});
const base = `http://127.0.0.1:${port}`;
for (;;) {
  if (mesh.exitCode !== null) throw new Error(`hive-gateway exited (${mesh.exitCode})`);
  const ready = await fetch(`${base}/readiness`).then(
    (r) => r.ok,
    () => false,
  );
  if (ready) break;
  await sleep(100);
}
const serveMs = performance.now() - started;

// CPU time of the Mesh process (all its threads), from /proc: utime + stime, in clock ticks.
const ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim());
const meshCpuMs = () => {
  const stat = readFileSync(`/proc/${mesh.pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond; // fields 14 and 15 of proc(5)
};

async function graphql(query) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ query }),
  });
  const answer = await response.json();
  if (!response.ok || answer.errors) throw new Error(`Mesh answered ${response.status}: ${JSON.stringify(answer).slice(0, 500)}`);
  return answer.data;
}

// --- The Dashboard, as a frontend engineer would fetch it through Mesh. ----------------------------
// Mesh has no relations between these REST resources (the spec declares none between an instance
// and its disks, configs, volumes, region, type, image; a config's kernel is a bare id), so:
// Round 1: the instance list (page_size 50) and, in the same document, the four public catalogs
//   the Dashboard joins against (regions, types, images, kernels: one list request each). The
//   catalogs do not depend on the instances, so they belong in the first round; fetched as lists
//   they also cover the kernels, whose ids are only known after round 2 (a lookup per distinct
//   kernel id would need a third round trip). The client joins region/type/image/kernel by id.
// Round 2: one document with three aliased fields per instance (its disks, configs, volumes), the
//   ids taken from round 1's answer: 150 fields, 150 upstream requests.
// Every field asks for `__typename` so that an upstream error (the union's ErrorResponse_response
// member, which Mesh returns as data, not as a GraphQL error) is seen.
// Not expressible: the contract's order by label (Linode's X-Filter header is not a parameter in
// the spec, so Mesh offers no argument for it); the 50 instances are the API's first 50 (by id).
const round1 = /* GraphQL */ `
  query DashboardInstances {
    instances: getLinodeInstances(page_size: ${first}) {
      __typename
      ... on getLinodeInstances_200_response {
        page
        pages
        results
        data {
          id
          label
          status
          created
          tags
          ipv4
          specs { disk memory vcpus transfer }
          region
          type
          image
        }
      }
    }
    regions: getRegions { __typename ... on getRegions_200_response { pages data { id label country } } }
    types: getLinodeTypes { __typename ... on getLinodeTypes_200_response { pages data { id label memory vcpus disk } } }
    images: getImages(page_size: 500) { __typename ... on getImages_200_response { pages data { id label vendor } } }
    kernels: getKernels(page_size: 500) { __typename ... on getKernels_200_response { pages data { id label } } }
  }
`;

const round2 = (ids) => /* GraphQL */ `
  query DashboardRelations {
${ids.map((id, i) => `    d${i}: getLinodeDisks(linodeId: ${id}) { ...Disks }\n    c${i}: getLinodeConfigs(linodeId: ${id}) { ...Configs }\n    v${i}: getLinodeVolumes(linodeId: ${id}) { ...Volumes }`).join('\n')}
  }
  fragment Disks on getLinodeDisks_response {
    __typename
    ... on getLinodeDisks_200_response { results pages data { id label size filesystem status } }
  }
  fragment Configs on getLinodeConfigs_200_response { results pages data { id label kernel } }
  fragment Volumes on getLinodeVolumes_response {
    __typename
    ... on getLinodeVolumes_200_response { results pages data { id label size status } }
  }
`;

const byId = (list) => new Map(list.data.map((item) => [item.id, item]));

/** Both round trips and the client-side join: what the page renders. */
async function dashboard() {
  const one = await graphql(round1);
  const instances = one.instances.data;
  const two = await graphql(round2(instances.map((i) => i.id)));
  const regions = byId(one.regions);
  const types = byId(one.types);
  const images = byId(one.images);
  const kernels = byId(one.kernels);
  return {
    one,
    two,
    totalCount: one.instances.results,
    instances: instances.map((instance, i) => ({
      ...instance,
      region: regions.get(instance.region),
      type: types.get(instance.type),
      image: instance.image === null ? null : images.get(instance.image),
      disks: { totalCount: two[`d${i}`].results, nodes: two[`d${i}`].data },
      configs: { nodes: two[`c${i}`].data.map((c) => ({ ...c, kernel: kernels.get(c.kernel) })) },
      volumes: { nodes: two[`v${i}`].data },
    })),
  };
}

// --- Is the data complete? Compared field by field with the same data read straight from REST. ---
async function rest(path) {
  const response = await fetch(`${emulatorUrl}${path}`, { headers: { authorization: `Bearer ${TOKEN}` } });
  if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
  return response.json();
}
const pick = (object, keys) => Object.fromEntries(keys.map((k) => [k, object[k]]));
const same = (what, a, b) => {
  if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`${what}: Mesh ${JSON.stringify(a)} != REST ${JSON.stringify(b)}`);
};

async function verify(result) {
  const { one, two } = result;
  for (const [key, expected] of Object.entries({
    instances: 'getLinodeInstances_200_response',
    regions: 'getRegions_200_response',
    types: 'getLinodeTypes_200_response',
    images: 'getImages_200_response',
    kernels: 'getKernels_200_response',
  })) {
    if (one[key].__typename !== expected) throw new Error(`${key}: ${JSON.stringify(one[key]).slice(0, 300)}`);
    if (key !== 'instances' && one[key].pages !== 1) throw new Error(`${key}: ${one[key].pages} pages, the join needs all of it`);
  }
  for (const [alias, value] of Object.entries(two)) {
    if (value.__typename && !value.__typename.endsWith('_200_response'))
      throw new Error(`${alias}: ${JSON.stringify(value).slice(0, 300)}`);
    if (value.pages > 1) throw new Error(`${alias}: ${value.pages} pages`);
  }
  if (result.instances.length !== first) throw new Error(`${result.instances.length} instances, not ${first}`);
  const listed = await rest(`/linode/instances?page_size=${first}`);
  same(
    'instance ids',
    result.instances.map((i) => i.id),
    listed.data.map((i) => i.id),
  );
  let disks = 0;
  let configs = 0;
  let volumes = 0;
  for (const [n, instance] of result.instances.entries()) {
    const raw = listed.data[n];
    const keys = ['label', 'status', 'created', 'tags', 'ipv4'];
    same(`instance ${raw.id}`, pick(instance, keys), pick(raw, keys));
    same(`instance ${raw.id} specs`, instance.specs, pick(raw.specs, ['disk', 'memory', 'vcpus', 'transfer']));
    same(`instance ${raw.id} region`, instance.region?.id, raw.region);
    same(`instance ${raw.id} type`, instance.type?.id, raw.type);
    same(`instance ${raw.id} image`, instance.image?.id ?? null, raw.image);
    const rawDisks = await rest(`/linode/instances/${raw.id}/disks`);
    const rawConfigs = await rest(`/linode/instances/${raw.id}/configs`);
    const rawVolumes = await rest(`/linode/instances/${raw.id}/volumes`);
    const diskKeys = ['id', 'label', 'size', 'filesystem', 'status'];
    same(
      `instance ${raw.id} disks`,
      instance.disks.nodes.map((d) => pick(d, diskKeys)),
      rawDisks.data.map((d) => pick(d, diskKeys)),
    );
    same(
      `instance ${raw.id} configs`,
      instance.configs.nodes.map((c) => [c.id, c.label, c.kernel?.id]),
      rawConfigs.data.map((c) => [c.id, c.label, c.kernel]),
    );
    same(
      `instance ${raw.id} volumes`,
      instance.volumes.nodes.map((v) => v.id),
      rawVolumes.data.map((v) => v.id),
    );
    disks += instance.disks.nodes.length;
    configs += instance.configs.nodes.length;
    volumes += instance.volumes.nodes.length;
  }
  return { disks, configs, volumes };
}

/** The check on every measured run: 50 instances, each with its region, type, disks, configs (and their kernels), volumes. */
const complete = (result) =>
  result.instances.length === first &&
  result.instances.every(
    (i) =>
      i.region &&
      i.type &&
      Array.isArray(i.disks.nodes) &&
      Array.isArray(i.volumes.nodes) &&
      Array.isArray(i.configs.nodes) &&
      i.configs.nodes.every((c) => c.kernel),
  );

const percentile = (samples, q) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
};

console.log(
  `Mesh: composed the spec in ${(composeMs / 1000).toFixed(1)} s, Hive Gateway ready in ${(serveMs / 1000).toFixed(1)} s (pid ${mesh.pid}); emulator ${emulatorUrl}`,
);
const checked = await verify(await dashboard());
await takeRequestCount();
console.log(
  `Checked against REST: ${first} instances, ${checked.disks} disks, ${checked.configs} configs (each with its kernel), ${checked.volumes} volumes, every region, type and image: the same data`,
);

for (let i = 0; i < warmup; i += 1) await dashboard();
await takeRequestCount();

const rows = [];
let cpuLine = '';
for (const latency of latencies) {
  await setLatency(latency);
  await dashboard(); // warm-up: JIT, connections, Mesh's document caches
  await takeRequestCount();
  const times = [];
  const requests = new Set();
  const cpuBefore = meshCpuMs();
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    const result = await dashboard();
    times.push(performance.now() - t0);
    requests.add(await takeRequestCount());
    if (!complete(result)) throw new Error(`an incomplete answer: ${JSON.stringify(result.two).slice(0, 300)}`);
  }
  const cpuMs = (meshCpuMs() - cpuBefore) / runs;
  if (latency === 0)
    cpuLine = `Mesh CPU per Dashboard at 0 ms latency: ${cpuMs.toFixed(1)} ms (utime+stime of the Hive Gateway process over ${runs} runs, /proc/${mesh.pid}/stat)`;
  const span = [...requests];
  rows.push({
    latency,
    requests: span.length === 1 ? String(span[0]) : `${Math.min(...span)}-${Math.max(...span)}`,
    p50: percentile(times, 0.5),
    p99: percentile(times, 0.99),
  });
  console.log(`\nUpstream latency ${latency} ms, ${runs} runs\n`);
  console.log('| scenario | upstream requests | p50 ms | p99 ms |\n|---|---|---|---|');
  const row = rows.at(-1);
  console.log(`| Dashboard(50), GraphQL Mesh (2 round trips) | ${row.requests} | ${row.p50.toFixed(1)} | ${row.p99.toFixed(1)} |`);
}

console.log(`\nSummary, ${runs} runs per latency\n`);
console.log('| scenario | upstream requests | p50 ms | p99 ms |\n|---|---|---|---|');
for (const r of rows)
  console.log(
    `| Dashboard(50), GraphQL Mesh (2 round trips), ${r.latency} ms latency | ${r.requests} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} |`,
  );
if (cpuLine) console.log(`\n${cpuLine}`);

mesh.kill('SIGINT'); // lets --cpu-prof write its profile
await meshExited;
emulatorChild.disconnect();
