// Scratch: CPU of 106 raw undici GETs (the Dashboard's upstream requests) without the gateway.
import { DEMO_TOKEN } from 'linode-emulator';
import { Agent, request } from 'undici';
import { startEmulatorProcess } from './support/emulator-process.js';

const emulator = await startEmulatorProcess({ latencyMs: 0 });
const agent = new Agent({ connections: 256, keepAliveTimeout: 10_000 });
const headers = { authorization: `Bearer ${DEMO_TOKEN}`, accept: 'application/json', 'user-agent': 'x' };
const ids = (
  (await (await request(`${emulator.url}/linode/instances?page_size=50`, { dispatcher: agent, headers })).body.json()) as {
    data: { id: number }[];
  }
).data.map((i) => i.id);
const mode = process.argv[2] ?? 'text';
async function once() {
  const urls = [
    `/linode/instances?page=1&page_size=50`,
    '/regions?page=1&page_size=500',
    '/linode/types?page=1&page_size=500',
    '/linode/kernels?page=1&page_size=500',
    '/images?page=1&page_size=500',
    '/volumes?page=1&page_size=500',
  ];
  for (const id of ids)
    urls.push(`/linode/instances/${id}/disks?page=1&page_size=100`, `/linode/instances/${id}/configs?page=1&page_size=100`);
  await Promise.all(
    urls.map(async (u) => {
      const r = await request(emulator.url + u, { dispatcher: agent, headers });
      const t = await r.body.text();
      if (mode === 'parse') JSON.parse(t);
    }),
  );
}
for (let i = 0; i < 10; i++) await once();
const cpu: number[] = [];
for (let i = 0; i < 40; i++) {
  const b = process.cpuUsage();
  await once();
  const u = process.cpuUsage(b);
  cpu.push((u.user + u.system) / 1000);
}
cpu.sort((a, b) => a - b);
console.log(`106 raw GETs (${mode}): CPU median ${cpu[20].toFixed(1)} ms`);
await agent.close();
await emulator.close();
