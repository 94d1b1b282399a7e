// What an idle gateway holds (RSS, V8 heap by space), compiled and on plain node as a deployment
// runs it (bin/gateway's node flags). Usage: npx tsx bench/memory-at-rest.ts
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildForNode } from './support/build-gateway.js';
import { deployedNodeFlags } from './support/deployed-flags.js';

const script = await buildForNode(new URL('./support/memory-at-rest-run.ts', import.meta.url));
const child = fork(fileURLToPath(script), [], {
  execArgv: ['--expose-gc', ...deployedNodeFlags()],
  env: { ...process.env, NODE_ENV: 'production' },
  stdio: 'inherit',
});
child.on('exit', (code) => process.exit(code ?? 1));
