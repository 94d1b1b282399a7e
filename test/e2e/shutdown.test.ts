// Graceful shutdown over real sockets: stop() refuses new connections at once, flips /readyz to
// 503, lets a request in flight (slowed by emulator latency) finish, and ends within the grace bound.
// The emulator's latency and the grace period run on a fake clock (setTimeout) that the test
// moves: the sockets are real, the waits are not.
import { Agent } from 'node:http';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaults } from '../../src/config.js';
import { DEMO_TOKEN, startEmulator, type Emulator } from 'linode-emulator';
import { serve, type RunningGateway } from '../../src/http-server.js';
import { until } from '../support/turns.js';
import { graphqlOverHttp, http } from './helpers.js';

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
  const stopping = running?.stop();
  // Whatever a failed test left waiting on the fake clock (a grace period, a slow answer) ends now.
  if (vi.isFakeTimers()) await vi.advanceTimersByTimeAsync(60_000);
  vi.useRealTimers();
  await stopping;
  running = undefined;
  await emulator.close();
});

const fakeClock = () => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });

/** Whether `promise` has settled, read without waiting for it. */
function settled(promise: Promise<unknown>): () => boolean {
  let done = false;
  void promise.then(
    () => (done = true),
    () => (done = true),
  );
  return () => done;
}

describe('graceful shutdown', () => {
  it('finishes a request in flight while refusing new connections, and /readyz answers 503', async () => {
    const gateway = await start(10_000);
    expect((await http(gateway.port, '/readyz')).status).toBe(200);

    emulator.setLatency(300);
    fakeClock();
    const inFlight = graphqlOverHttp(gateway.port, QUERY, DEMO_TOKEN);
    await until(() => emulator.log.length > 0); // the request has reached the emulator
    expect(gateway.inFlight()).toBe(1);

    const hasStopped = settled(gateway.stop());

    expect(await refused(gateway.port)).toBe('ECONNREFUSED');
    const readyz = await gateway.gateway.yoga.fetch('http://gateway.test/readyz');
    expect(readyz.status).toBe(503);
    expect(await readyz.json()).toMatchObject({ status: 'unavailable' });

    expect(hasStopped()).toBe(false); // a request is in flight
    // The emulator answers once its latency is over on the fake clock (moved in small steps).
    const answered = settled(inFlight);
    await until(async () => {
      await vi.advanceTimersByTimeAsync(50);
      return answered();
    });
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(answer.headers.connection).toBe('close');
    const body = JSON.parse(answer.body) as { data: { instances: { nodes: Array<{ label: string }> } } };
    expect(body.data.instances.nodes.map((n) => n.label)).toEqual(emulator.store.instances.slice(0, 2).map((i) => i.label));

    // Done when the last response went out, not after the grace period (10 s, which the fake clock
    // never reaches) or a keep-alive timeout.
    await until(hasStopped);
  });

  it('closes idle keep-alive connections at once instead of waiting for them', async () => {
    const gateway = await start(10_000);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const first = await graphqlOverHttp(gateway.port, QUERY, DEMO_TOKEN, agent);
      expect(first.status).toBe(200);
      expect(first.headers.connection).toBe('keep-alive');
      // The grace period (10 s) runs on a fake clock the test does not move: stop() must not wait for it.
      fakeClock();
      await until(settled(gateway.stop()));
    } finally {
      agent.destroy();
    }
  });

  it('cuts requests still running when the grace period is over', async () => {
    const gateway = await start(150);
    emulator.setLatency(5_000);
    fakeClock();
    const inFlight = graphqlOverHttp(gateway.port, QUERY, DEMO_TOKEN).then(
      (answer) => `answered ${answer.status}`,
      (error: NodeJS.ErrnoException) => error.code,
    );
    await until(() => emulator.log.length > 0); // the request has reached the emulator

    const hasStopped = settled(gateway.stop());
    const cut = settled(inFlight);
    await vi.advanceTimersByTimeAsync(149);
    expect([hasStopped(), cut()]).toEqual([false, false]); // within the grace period: the request may still finish
    await vi.advanceTimersByTimeAsync(1); // the grace period is over: its connection is cut
    expect(await inFlight).toBe('ECONNRESET');
    // The upstream call the cut request was waiting for is not waited for long either.
    await vi.advanceTimersByTimeAsync(1_000);
    await until(hasStopped);
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
