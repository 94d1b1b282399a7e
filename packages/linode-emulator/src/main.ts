// Runs the emulator standalone: `npm start -w linode-emulator` (or `npm run emulator` at the root).
// Env: EMULATOR_PORT (default 4010), EMULATOR_INSTANCES (default 120), EMULATOR_SEED (default 1),
// EMULATOR_LATENCY_MS (default 0), EMULATOR_RATE_LIMITS (1 = Linode's documented limits, the default; 0 = none),
// EMULATOR_HOST (default 127.0.0.1; 0.0.0.0 in a container).
import { DEMO_TOKEN, startEmulator } from './index.js';

function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

let settings;
try {
  settings = {
    port: intFromEnv('EMULATOR_PORT', 4010),
    host: process.env.EMULATOR_HOST || '127.0.0.1',
    instances: intFromEnv('EMULATOR_INSTANCES', 120),
    seed: intFromEnv('EMULATOR_SEED', 1),
    latencyMs: intFromEnv('EMULATOR_LATENCY_MS', 0),
    rateLimits: intFromEnv('EMULATOR_RATE_LIMITS', 1) !== 0,
  };
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const emulator = await startEmulator(settings);

console.log(`Linode API emulator listening at ${emulator.url}`);
console.log(`Metrics host (monitor-api.linode.com) at ${emulator.monitorUrl}`);
console.log(`Demo token (all scopes): ${DEMO_TOKEN}`);
console.log(`Try: curl -H "Authorization: Bearer ${DEMO_TOKEN}" ${emulator.url}/linode/instances?page_size=25`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void emulator.close().then(() => process.exit(0)));
}
