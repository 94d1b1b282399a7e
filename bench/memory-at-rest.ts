// What an idle gateway holds (RSS, V8 heap by space), compiled and on plain node as a deployment
// runs it. Usage: npx tsx bench/memory-at-rest.ts
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildForNode } from './support/build-gateway.js';

const script = await buildForNode(new URL('./support/memory-at-rest-run.ts', import.meta.url));
const child = fork(fileURLToPath(script), [], {
  execArgv: ['--expose-gc'],
  env: { ...process.env, NODE_ENV: 'production' },
  stdio: 'inherit',
});
child.on('exit', (code) => process.exit(code ?? 1));
