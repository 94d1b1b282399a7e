// Benchmarks (not tests): what one GraphQL request costs against the emulated Linode API with a
// realistic round-trip latency, compared with fetching the same data over REST the naive way.
// Usage: npm run bench [-- --latency 25 --runs 15]
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { DEMO_TOKEN, startEmulator } from 'linode-emulator';
import { defaults } from '../src/config.js';
import { serve } from '../src/http-server.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const latency = arg('latency', 25);
const runs = arg('runs', 15);
const concurrency = arg('concurrency', 8);
const dashboard = readFileSync(new URL('../test/contract/documents/instances.graphql', import.meta.url), 'utf8');

const emulator = await startEmulator({ port: 0, rateLimits: false, latencyMs: latency });
const running = await serve(
  { ...defaults, port: 0, host: '127.0.0.1', linodeApiUrl: emulator.url, logLevel: 'silent', upstreamConcurrency: concurrency },
  { handleSignals: false },
);
const endpoint = `http://127.0.0.1:${running.port}/graphql`;
const auth = { authorization: `Bearer ${DEMO_TOKEN}` };

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { p50: at(0.5), p95: at(0.95), min: sorted[0], max: sorted.at(-1) as number };
}

async function graphql(query: string, operationName?: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...auth },
    body: JSON.stringify({ query, operationName, variables }),
  });
  const body = (await response.json()) as { errors?: unknown[]; extensions?: { upstream?: { requests: number } } };
  if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 300));
  return body;
}

async function rest<T>(path: string): Promise<T> {
  const response = await fetch(`${emulator.url}${path}`, { headers: auth });
  return (await response.json()) as T;
}

/** The same page over REST as a browser would: one list, then each relation per instance, 6 at a time. */
async function naiveDashboard(): Promise<number> {
  let requests = 0;
  const get = <T>(path: string) => {
    requests += 1;
    return rest<T>(path);
  };
  const list = await get<{ data: Array<{ id: number; region: string; type: string; image: string | null }> }>(
    '/linode/instances?page_size=50',
  );
  const tasks: Array<() => Promise<unknown>> = [];
  for (const i of list.data) {
    tasks.push(
      () => get(`/regions/${i.region}`),
      () => get(`/linode/types/${i.type}`),
    );
    if (i.image) tasks.push(() => get(`/images/${i.image}`));
    tasks.push(
      () => get(`/linode/instances/${i.id}/disks`),
      () => get(`/linode/instances/${i.id}/volumes`),
    );
    tasks.push(async () => {
      const configs = await get<{ data: Array<{ kernel: string }> }>(`/linode/instances/${i.id}/configs`);
      await Promise.all(configs.data.map((c) => get(`/linode/kernels/${c.kernel}`)));
    });
  }
  let next = 0;
  await Promise.all(
    Array.from({ length: 6 }, async () => {
      while (next < tasks.length) await tasks[next++]();
    }),
  );
  return requests;
}

/** The security page: firewalls, the devices behind each, each device's instance and its region. */
const securityPage = `{ firewalls(first: 10) { nodes { label rules { inboundPolicy } devices(first: 25) { nodes { entity {
  __typename ... on Instance { label status region { label } } ... on NodeBalancer { label } } } } } } }`;

/** The same over REST: the firewall list, each firewall's devices, each entity, each instance's region. */
async function naiveSecurityPage(): Promise<number> {
  let requests = 0;
  const get = <T>(path: string) => {
    requests += 1;
    return rest<T>(path);
  };
  const firewalls = await get<{ data: Array<{ id: number }> }>('/networking/firewalls?page_size=25');
  const tasks: Array<() => Promise<unknown>> = firewalls.data.map((f) => async () => {
    const devices = await get<{ data: Array<{ entity: { id: number; type: string } }> }>(
      `/networking/firewalls/${f.id}/devices?page_size=25`,
    );
    for (const d of devices.data) {
      tasks.push(async () => {
        if (d.entity.type !== 'linode') return get(`/nodebalancers/${d.entity.id}`);
        const instance = await get<{ region: string }>(`/linode/instances/${d.entity.id}`);
        return get(`/regions/${instance.region}`);
      });
    }
  });
  let next = 0;
  await Promise.all(
    Array.from({ length: 6 }, async () => {
      while (next < tasks.length) await tasks[next++]();
    }),
  );
  return requests;
}

async function measure(label: string, fn: () => Promise<number | undefined>) {
  const times: number[] = [];
  let requests: number | undefined;
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    requests = await fn();
    times.push(performance.now() - start);
  }
  const s = stats(times);
  return { label, requests, p50: Math.round(s.p50), p95: Math.round(s.p95), min: Math.round(s.min), max: Math.round(s.max) };
}

async function throughput(query: string, concurrency: number, seconds: number) {
  let done = 0;
  const deadline = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        await graphql(query);
        done += 1;
      }
    }),
  );
  return Math.round(done / seconds);
}

const rows = [];
running.gateway.cache.keyv.clear();
rows.push(
  await measure('Dashboard, gateway, cold cache', async () => {
    await running.gateway.cache.keyv.clear();
    return (await graphql(dashboard, 'Dashboard', { first: 50 })).extensions?.upstream?.requests;
  }),
);
rows.push(
  await measure(
    'Dashboard, gateway, warm catalogs',
    async () => (await graphql(dashboard, 'Dashboard', { first: 50 })).extensions?.upstream?.requests,
  ),
);
rows.push(await measure('Dashboard, naive REST (6 parallel, like a browser)', naiveDashboard));
rows.push(await measure('Security page, gateway, warm catalogs', async () => (await graphql(securityPage)).extensions?.upstream?.requests));
rows.push(await measure('Security page, naive REST (6 parallel)', naiveSecurityPage));

const small = '{ regions(first: 25) { nodes { id label } } }';
const rps = await throughput(small, 8, 3);

console.log(`\nUpstream latency ${latency} ms per request, ${runs} runs each, 50 instances, UPSTREAM_CONCURRENCY ${concurrency}\n`);
console.log('| scenario | upstream requests | p50 ms | p95 ms | min | max |');
console.log('|---|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.label} | ${r.requests} | ${r.p50} | ${r.p95} | ${r.min} | ${r.max} |`);
const [cold, warm, naive, security, naiveSecurity] = rows;
console.log(
  `\nnaive / gateway (warm) latency ratio: ${(naive.p50 / warm.p50).toFixed(1)}x; requests ${naive.requests} vs ${warm.requests}`,
);
console.log(`security page: ${(naiveSecurity.p50 / security.p50).toFixed(1)}x; requests ${naiveSecurity.requests} vs ${security.requests}`);
console.log(`cold vs warm p50: ${cold.p50} vs ${warm.p50} ms`);
console.log(`throughput, cached catalog query, 8 concurrent clients: ${rps} req/s`);

await running.stop();
await emulator.close();
