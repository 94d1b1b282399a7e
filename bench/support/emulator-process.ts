// Starts bench/support/emulator-child.ts (the emulator in its own process) and talks to it.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface EmulatorProcess {
  url: string;
  /** Added latency per upstream request, from now on. */
  setLatency(ms: number): Promise<void>;
  /** Requests the emulator received since the last call (and forgets them). */
  takeRequestCount(): Promise<number>;
  close(): Promise<void>;
}

interface Reply {
  id: number;
  url?: string;
  requests?: number;
}

export async function startEmulatorProcess(
  options: { latencyMs?: number; instances?: number; rateLimits?: boolean } = {},
): Promise<EmulatorProcess> {
  const child: ChildProcess = fork(fileURLToPath(new URL('./emulator-child.ts', import.meta.url)), [], {
    execArgv: ['--conditions=source', '--import', 'tsx'],
    env: {
      ...process.env,
      BENCH_LATENCY_MS: String(options.latencyMs ?? 0),
      BENCH_INSTANCES: String(options.instances ?? 120),
      BENCH_RATE_LIMITS: String(options.rateLimits ?? false),
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const waiting = new Map<number, (reply: Reply) => void>();
  child.on('message', (reply: Reply) => {
    waiting.get(reply.id)?.(reply);
    waiting.delete(reply.id);
  });
  let next = 1;
  const ask = (message: Record<string, unknown>) =>
    new Promise<Reply>((resolve) => {
      const id = next++;
      waiting.set(id, resolve);
      child.send({ ...message, id });
    });
  const ready = await new Promise<Reply>((resolve, reject) => {
    waiting.set(0, resolve);
    child.once('exit', (code) => reject(new Error(`the emulator process exited (${code})`)));
  });
  return {
    url: ready.url as string,
    setLatency: async (ms) => void (await ask({ latency: ms })),
    takeRequestCount: async () => (await ask({ requests: true })).requests ?? 0,
    close: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.disconnect();
      }),
  };
}
