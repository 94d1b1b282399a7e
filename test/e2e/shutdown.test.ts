// Graceful shutdown over real sockets: stop() refuses new connections at once, flips /readyz to
// 503, lets a request in flight (slowed by emulator latency) finish, and ends within the grace bound.
import { Agent } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaults } from '../../src/config.js';
import { DEMO_TOKEN, startEmulator, type Emulator } from 'linode-emulator';
import { serve, type RunningGateway } from '../../src/http-server.js';
import { graphqlOverHttp, http, until } from './helpers.js';

const QUERY = '{ instances(first: 2) { nodes { label } } }';

let emulator: Emulator;
let running: RunningGateway | undefined;

async function start(shutdownGraceMs: number): Promise<RunningGateway> {
  running = await serve(
    { ...defaults, port: 0, host: '127.0.0.1', linodeApiUrl: emulator.url, logLevel: 'silent', metrics: false, shutdownGraceMs },
    { handleSignals: false },
  );
  return running;
}

const refused = (port: number) =>
  http(port, '/readyz').then(
    (answer) => `answered ${answer.status}`,
    (error: NodeJS.ErrnoException) => error.code,
  );

beforeEach(async () => {
  emulator = await startEmulator({ port: 0, instances: 10 });
});
afterEach(async () => {
  await running?.stop();
  running = undefined;
  await emulator.close();
});

describe('graceful shutdown', () => {
  it('finishes a request in flight while refusing new connections, and /readyz answers 503', async () => {
    const gateway = await start(10_000);
    expect((await http(gateway.port, '/readyz')).status).toBe(200);

    emulator.setLatency(300);
    const inFlight = graphqlOverHttp(gateway.port, QUERY, DEMO_TOKEN);
    await until('the request to reach the emulator', () => emulator.log.length > 0);
    expect(gateway.inFlight()).toBe(1);

    const started = Date.now();
    const stopped = gateway.stop();

    expect(await refused(gateway.port)).toBe('ECONNREFUSED');
    const readyz = await gateway.gateway.yoga.fetch('http://gateway.test/readyz');
    expect(readyz.status).toBe(503);
    expect(await readyz.json()).toMatchObject({ status: 'unavailable' });

    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(answer.headers.connection).toBe('close');
    const body = JSON.parse(answer.body) as { data: { instances: { nodes: Array<{ label: string }> } } };
    expect(body.data.instances.nodes.map((n) => n.label)).toEqual(emulator.store.instances.slice(0, 2).map((i) => i.label));

    await stopped;
    // Done when the last response went out, not after the grace period or a keep-alive timeout.
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('closes idle keep-alive connections at once instead of waiting for them', async () => {
    const gateway = await start(10_000);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const first = await graphqlOverHttp(gateway.port, QUERY, DEMO_TOKEN, agent);
      expect(first.status).toBe(200);
      expect(first.headers.connection).toBe('keep-alive');
      const started = Date.now();
      await gateway.stop();
      expect(Date.now() - started).toBeLessThan(1_000);
    } finally {
      agent.destroy();
    }
  });

  it('cuts requests still running when the grace period is over', async () => {
    const gateway = await start(150);
    emulator.setLatency(5_000);
    const inFlight = graphqlOverHttp(gateway.port, QUERY, DEMO_TOKEN).then(
      (answer) => `answered ${answer.status}`,
      (error: NodeJS.ErrnoException) => error.code,
    );
    await until('the request to reach the emulator', () => emulator.log.length > 0);

    const started = Date.now();
    await gateway.stop();
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(140);
    expect(elapsed).toBeLessThan(2_000);
    expect(await inFlight).toBe('ECONNRESET');
  });

  it('rejects, leaving nothing open, when the port is taken', async () => {
    const gateway = await start(1_000);
    await expect(
      serve(
        { ...defaults, port: gateway.port, host: '127.0.0.1', linodeApiUrl: emulator.url, logLevel: 'silent', metrics: false },
        { handleSignals: false },
      ),
    ).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });

  it('stop() is idempotent', async () => {
    const gateway = await start(1_000);
    const [a, b] = [gateway.stop(), gateway.stop()];
    expect(a).toBe(b);
    await a;
  });
});
