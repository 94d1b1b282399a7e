// The measurement of bench/memory-at-rest.ts (built and run with plain node --expose-gc): what an
// idle gateway holds once it serves, after a full collection, by V8 heap space.
import { getHeapSpaceStatistics } from 'node:v8';
import { defaults } from '../../src/config.js';
import { serve } from '../../src/http-server.js';

const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
const running = await serve({ ...defaults, port: 0, host: '127.0.0.1', logLevel: 'silent' }, { handleSignals: false });
(globalThis as { gc?: () => void }).gc?.();
const memory = process.memoryUsage();
console.log(
  `Idle gateway: RSS ${mb(memory.rss)} MB, V8 heap ${mb(memory.heapUsed)} MB used of ${mb(memory.heapTotal)} MB, outside the heap ${mb(memory.rss - memory.heapTotal)} MB`,
);
console.log('| heap space | used MB | size MB |\n|---|---|---|');
for (const space of getHeapSpaceStatistics()) {
  if (space.space_size > 0) console.log(`| ${space.space_name} | ${mb(space.space_used_size)} | ${mb(space.space_size)} |`);
}
await running.stop();
