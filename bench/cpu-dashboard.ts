// CPU time the gateway spends on one Dashboard(50) with an upstream that answers at once (0 ms
// added latency; the emulator runs in its own process, so only the gateway's work is counted).
// Usage: npx tsx bench/cpu-dashboard.ts [--runs 40] [--warmup 50] [--mode cold|reload|exec|floor] [--latency 0] [--alloc [FILE]] [--token-cache] [--heap-growing-percent 20]
//   cold: nothing cached; reload: everything cached (TOKEN_CACHE);
//   exec: every upstream answer cached but no whole answer (the execution of the fields alone);
//   floor: the same 106 upstream GETs sent raw with undici, without the gateway;
//   --alloc: bytes allocated per Dashboard too (V8's sampling heap profiler; FILE keeps the profile)
//   --token-cache: cold with TOKEN_CACHE on, as `npm start` runs (every answer also stored per token)
// With --profile FILE, the measured runs (not start-up, not the warm-up) are recorded as a V8 CPU
// profile, as `node --cpu-prof` writes them; bench/cpu-profile-summary.ts summarises it.
// The measuring code (bench/support/cpu-dashboard-run.ts) is built into plain JavaScript and run
// with NODE_ENV=production, as a deployment runs the gateway (Dockerfile): no TypeScript loader
// in the measured process, none of its per-function helpers in the profile; bin/gateway's node flags.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildForNode } from './support/build-gateway.js';
import { deployedNodeFlags } from './support/deployed-flags.js';

const script = await buildForNode(new URL('./support/cpu-dashboard-run.ts', import.meta.url));
const child = fork(fileURLToPath(script), process.argv.slice(2), {
  execArgv: deployedNodeFlags(),
  env: { ...process.env, NODE_ENV: 'production' },
  stdio: 'inherit',
});
child.on('exit', (code) => process.exit(code ?? 1));
