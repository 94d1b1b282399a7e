// Operations executing at once in this process (MAX_CONCURRENT_OPERATIONS): past it they wait
// their turn in arrival order, holding only their parsed request. Under a burst this bounds the
// memory of answers being built (each live operation holds its objects until it is answered) and
// keeps each answer's time to what its own work takes, instead of every operation sharing the CPU.
export class OperationGate {
  private running = 0;
  private readonly queue: Array<() => void> = [];

  constructor(readonly max: number) {}

  /** Resolves with the function that gives the place back (call it exactly once). */
  async enter(): Promise<() => void> {
    if (this.running >= this.max) await new Promise<void>((resolve) => this.queue.push(resolve));
    else this.running += 1;
    let left = false;
    return () => {
      if (left) return;
      left = true;
      const next = this.queue.shift();
      if (next) next();
      else this.running -= 1;
    };
  }

  /** Operations waiting for a place now. */
  get waiting(): number {
    return this.queue.length;
  }
}
