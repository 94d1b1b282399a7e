// A TypeScript child process (run with tsx) that answers messages by id: the benchmark's emulator
// and gateway each run in one.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface Reply {
  id: number;
  [key: string]: unknown;
}

export interface Child {
  /** The child's first message (id 0): what it listens on. */
  ready: Reply;
  pid: number;
  ask(message: Record<string, unknown>): Promise<Reply>;
  close(): Promise<void>;
}

/** Runs `script` (TypeScript through tsx, or JavaScript as it is) with `env` and node's `flags`. */
export async function startChild(script: URL, env: Record<string, string>, flags: string[] = []): Promise<Child> {
  const child: ChildProcess = fork(fileURLToPath(script), [], {
    execArgv: [...(script.pathname.endsWith('.ts') ? ['--conditions=source', '--import', 'tsx'] : []), ...flags],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const waiting = new Map<number, (reply: Reply) => void>();
  child.on('message', (reply: Reply) => {
    waiting.get(reply.id)?.(reply);
    waiting.delete(reply.id);
  });
  let next = 1;
  const ready = await new Promise<Reply>((resolve, reject) => {
    waiting.set(0, resolve);
    child.once('exit', (code) => reject(new Error(`${script.pathname} exited (${code})`)));
  });
  return {
    ready,
    pid: child.pid ?? 0,
    ask: (message) =>
      new Promise<Reply>((resolve) => {
        const id = next++;
        waiting.set(id, resolve);
        child.send({ ...message, id });
      }),
    close: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.disconnect();
      }),
  };
}
