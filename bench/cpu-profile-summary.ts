// Summarises a V8 .cpuprofile (node --cpu-prof): self time by function and by where the code
// lives (the gateway's src/, each package, Node's internals, GC), the top of a flame graph read flat.
// Usage: npx tsx bench/cpu-profile-summary.ts file.cpuprofile [--top 25]
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const file = process.argv[2];
if (!file) throw new Error('usage: cpu-profile-summary.ts file.cpuprofile [--top 25]');
const topIndex = process.argv.indexOf('--top');
const top = topIndex > 0 ? Number(process.argv[topIndex + 1]) : 25;
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;

const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const selfMs = new Map<number, number>();
profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));

function where(url: string, name: string): string {
  if (name === '(garbage collector)') return 'GC';
  if (name === '(idle)' || name === '(program)') return name;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  if (url.startsWith('node:')) return 'node internals';
  const own = /\/(src|packages\/[^/]+\/src|bench)\//.exec(url);
  if (own) return own[1] === 'src' ? 'gateway src/' : own[1];
  return url === '' ? '(native)' : url;
}

const functions = new Map<string, number>();
const places = new Map<string, number>();
let total = 0;
for (const [id, ms] of selfMs) {
  const node = byId.get(id);
  if (!node) continue;
  const { functionName, url, lineNumber } = node.callFrame;
  const place = where(url, functionName);
  if (place === '(idle)') continue;
  total += ms;
  places.set(place, (places.get(place) ?? 0) + ms);
  const short = url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/(src|bench|packages)\//, '$1/');
  const key = `${functionName || '(anonymous)'}  ${short}:${lineNumber + 1}`;
  functions.set(key, (functions.get(key) ?? 0) + ms);
}

const rows = (map: Map<string, number>, n: number) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, ms]) => `| ${name.replace(/\|/g, '\\|')} | ${ms.toFixed(1)} | ${((100 * ms) / total).toFixed(1)} % |`);

console.log(`Busy time ${total.toFixed(0)} ms (idle excluded), ${profile.samples.length} samples\n`);
console.log('| where | self ms | share |\n|---|---|---|');
console.log(rows(places, 20).join('\n'));
console.log(`\n| function | self ms | share |\n|---|---|---|`);
console.log(rows(functions, top).join('\n'));
