// The caller's token never reaches a log line or console output, whatever fails on the way:
// Linode rejecting it, Linode echoing it in an error, timeouts, bad JSON, the breaker, malformed
// headers, and unexpected errors (which are masked in the answer as well).
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startEmulator, type Emulator } from 'linode-emulator';
import { createLogger } from '../../src/observability/index.js';
import { createGateway, type Gateway } from '../../src/gateway.js';
import { gql } from '../support/gql.js';
import { until } from '../support/turns.js';

const TOKEN = 'pAt9f3c0ffee5ecret7oken0123456789abcdef0123456789abcdef01234567';

let emulator: Emulator;
let gateway: Gateway;
const lines: string[] = [];
const consoleOutput: string[] = [];

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, tokens: { [TOKEN]: '*' } });
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      consoleOutput.push(args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : String(a))).join(' '));
    });
  }
  gateway = createGateway(
    { linodeApiUrl: emulator.url, upstreamTimeoutMs: 100, breakerThreshold: 1000 },
    // Retries at once: their backoff is not what this test is about.
    { logger: createLogger({ level: 'trace', destination: destination }), retryWait: () => Promise.resolve() },
  );
});
afterAll(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  await gateway.close();
  await emulator.close();
});

describe('the token is never logged', () => {
  it('through every failing path, at the most verbose log level', async () => {
    // The upstream timeout (100 ms) runs on a fake clock: only the hung request below sees it fire.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const answers: string[] = [];
    const first = emulator.store.instances[0];

    // Linode echoes the token in its error (it does not, but nothing may depend on that).
    emulator.inject({
      path: '/v4/account',
      status: 500,
      body: JSON.stringify({ errors: [{ reason: `token ${TOKEN} is bad`, field: TOKEN }] }),
    });
    answers.push((await gql(gateway, '{ account { email } }', { token: TOKEN })).text);
    // Linode refuses a token (another one, so the emulator's own check runs).
    answers.push(
      (
        await gql(gateway, '{ instances(first: 1) { totalCount } }', {
          token: null,
          headers: { authorization: `Bearer ${TOKEN.replace('p', 'q')}` },
        })
      ).text,
    );
    // Malformed Authorization headers carrying the token.
    for (const header of [`Basic ${TOKEN}`, `Bearer ${TOKEN} trailing`, TOKEN, `Bearer ${TOKEN}\u0007`]) {
      answers.push((await gql(gateway, '{ profile { username } }', { token: null, headers: { authorization: header } })).text);
    }
    // A timeout (each of the 3 attempts hangs at the emulator until the test moves the clock), then invalid JSON.
    emulator.inject({ path: '/v4/profile', hang: true, times: 3 });
    const profileCalls = () => emulator.log.filter((e) => e.path === '/v4/profile').length;
    const before = profileCalls();
    const timedOut = gql(gateway, '{ profile { username } }', { token: TOKEN });
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      await until(() => profileCalls() === before + attempt);
      await vi.advanceTimersByTimeAsync(100);
    }
    const answer = await timedOut;
    expect(answer.errors?.[0].extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    answers.push(answer.text);
    emulator.inject({ path: '/v4/linode/types', status: 200, body: `{"data": ["${TOKEN}"` });
    answers.push((await gql(gateway, '{ linodeTypes(first: 1) { totalCount } }', { token: TOKEN })).text);
    // An unexpected error: Linode hands back an id that is not safe in a path.
    emulator.inject({
      path: '/v4/linode/instances',
      status: 200,
      body: JSON.stringify({ data: [{ ...first, id: '1/?x' }], page: 1, pages: 1, results: 1 }),
      times: 1,
    });
    const unexpected = await gql(gateway, '{ instances(first: 1) { nodes { disks { totalCount } } } }', { token: TOKEN });
    answers.push(unexpected.text);
    expect(JSON.parse(unexpected.text).errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.parse(unexpected.text).errors[0].message).toBe('Unexpected error.');
    emulator.clearFaults();

    // The answers themselves: no token, no stack, no upstream address.
    for (const answer of answers) {
      expect(answer).not.toContain(TOKEN);
      expect(answer).not.toMatch(/\bat .+:\d+:\d+|node_modules|127\.0\.0\.1|localhost/);
    }

    // Logs were written (so the check below means something), and none holds the token.
    await new Promise<void>((resolve) => setImmediate(resolve));
    const output = [...lines, ...consoleOutput].join('\n');
    expect(lines.length).toBeGreaterThan(10);
    expect(output).toMatch(/unexpected error/);
    expect(output).toMatch(/upstream failure/);
    expect(output).not.toContain(TOKEN);
    // Not even a recognisable part of it.
    expect(output).not.toContain(TOKEN.slice(0, 24));
    expect(output).not.toContain(TOKEN.slice(-24));
  });
});
