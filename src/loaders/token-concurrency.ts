// Upstream requests in flight per token, across all of its GraphQL requests in this process: a
// safety cap far above what one query uses (MAX_COST), so that a query's independent requests all
// go out at once, while one token cannot hold every upstream connection. Anonymous reads share one
// slot set. A counter and a queue per busy token; nothing is kept for idle ones.
export class TokenConcurrency {
  private readonly busy = new Map<string, { running: number; queue: Array<() => void> }>();

  constructor(readonly perToken: number) {}

  /** Runs `task` once fewer than `perToken` tasks of `caller` are running. */
  async run<T>(caller: string, task: () => Promise<T>): Promise<T> {
    let slots = this.busy.get(caller);
    if (!slots) {
      slots = { running: 0, queue: [] };
      this.busy.set(caller, slots);
    }
    if (slots.running >= this.perToken) await new Promise<void>((resolve) => slots.queue.push(resolve));
    slots.running += 1;
    try {
      return await task();
    } finally {
      slots.running -= 1;
      const next = slots.queue.shift();
      if (next) next();
      else if (slots.running === 0) this.busy.delete(caller);
    }
  }

  /** Tokens with requests in flight now. */
  get activeCallers(): number {
    return this.busy.size;
  }
}
