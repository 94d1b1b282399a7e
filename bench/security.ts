// Benchmarks of hostile requests (not tests): how long one request blocks the event loop and how
// long a concurrent /healthz waits, and the cost estimate against the upstream requests made.
// Usage: npx tsx bench/security.ts
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { DEMO_TOKEN, startEmulator } from 'linode-emulator';
import { defaults } from '../src/config.js';
import { serve } from '../src/http-server.js';

const emulator = await startEmulator({ port: 0, rateLimits: false });
const running = await serve(
  { ...defaults, port: 0, host: '127.0.0.1', linodeApiUrl: emulator.url, logLevel: 'silent' },
  { handleSignals: false },
);
const base = `http://127.0.0.1:${running.port}`;
const b64 = (text: string) => Buffer.from(text).toString('base64');

async function graphql(query: string, variables: Record<string, unknown> = {}, token: string | null = DEMO_TOKEN) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as {
    errors?: Array<{ extensions?: { code?: string } }>;
    extensions?: { upstream?: { requests: number }; cost?: { estimated: number } };
  };
}

/** The request's time, the event loop's longest stall meanwhile, and how long a /healthz sent with it took. */
async function blocking(name: string, query: string, variables: Record<string, unknown>, token: string | null) {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  const started = performance.now();
  const answer = graphql(query, variables, token);
  await new Promise((resolve) => setImmediate(resolve));
  const healthStarted = performance.now();
  const health = fetch(`${base}/healthz`).then(() => performance.now() - healthStarted);
  const [body, healthMs] = await Promise.all([answer, health]);
  const totalMs = performance.now() - started;
  histogram.disable();
  const size = Buffer.byteLength(JSON.stringify({ query, variables }));
  console.log(
    `| ${name} | ${(size / 1024).toFixed(1)} KB | ${body.errors?.[0]?.extensions?.code ?? 'data'} | ${Math.round(totalMs)} | ${Math.round(histogram.max / 1e6)} | ${Math.round(healthMs)} |`,
  );
}

// Warm up (module loading, JIT, the region catalog in the cache) so the numbers are the requests' own.
await graphql('{ regions { totalCount } instances(first: 1) { totalCount } }');

const regionIds = Array.from({ length: 2000 }, (_, i) => `r${i}`);
const orRefs = (n: number) => Array.from({ length: n }, () => '$f').join(',');
console.log('| request | body | answer | total ms | longest event-loop stall ms | concurrent /healthz ms |\n|---|---|---|---|---|---|');
await blocking(
  'regions: `or` of 1000 x `$f` (`in` of 2000 ids), anonymous',
  `query($f: RegionFilter!) { regions(filter: { or: [${orRefs(1000)}] }) { totalCount } }`,
  { f: { id: { in: regionIds } } },
  null,
);
await blocking(
  'instances: `or` of 100 x `$f` (`in` of 100 labels)',
  `query($f: InstanceFilter!) { instances(filter: { or: [${orRefs(100)}] }) { totalCount } }`,
  { f: { label: { in: Array.from({ length: 100 }, (_, i) => `l${i}`) } } },
  DEMO_TOKEN,
);
await blocking(
  'instances: `in` of 12,000 labels',
  'query($l: [String!]) { instances(filter: { label: { in: $l } }) { totalCount } }',
  { l: Array.from({ length: 12_000 }, (_, i) => `l${i}`) },
  DEMO_TOKEN,
);

console.log('\n| query | estimated | upstream requests | answer |\n|---|---|---|---|');
async function cost(name: string, query: string, variables: Record<string, unknown>) {
  emulator.clearLog();
  const body = await graphql(query, variables);
  console.log(
    `| ${name} | ${body.extensions?.cost?.estimated} | ${emulator.log.length} | ${body.errors?.[0]?.extensions?.code ?? 'data'} (${body.errors?.length ?? 0} errors) |`,
  );
}
const instances = emulator.store.instances.map((i) => i.id);
await cost(
  '`nodes(ids:)` 120 instances with disks, configs, volumes, firewalls',
  'query($ids: [ID!]!) { nodes(ids: $ids) { ... on Instance { disks { totalCount } configs { totalCount } volumes { totalCount } firewalls { totalCount } } } }',
  {
    ids: instances.slice(0, 120).map((id) => b64(`Instance:${id}`)),
  },
);
await cost('`nodes(ids:)` 300 made-up disks', 'query($ids: [ID!]!) { nodes(ids: $ids) { ... on Disk { id } } }', {
  ids: Array.from({ length: 300 }, (_, i) => b64(`Disk:${instances[0]}/${900_000 + i}`)),
});
await cost(
  '`first: $n` with `$n: Int = 1` sent as null',
  'query($n: Int = 1) { instances(first: $n) { nodes { disks { totalCount } configs { totalCount } } } }',
  { n: null },
);
await new Promise((resolve) => setTimeout(resolve, 500));
console.log(`\nupstream requests logged 500 ms after the last answer: ${emulator.log.length}`);

await running.stop();
await emulator.close();
