// Injected faults, matched in order of injection; `times` counts down.
import type { Fault } from './types.js';

interface Active {
  fault: Fault;
  remaining: number;
}

export class Faults {
  private active: Active[] = [];

  add(fault: Fault): () => void {
    const entry: Active = { fault, remaining: fault.times ?? Infinity };
    this.active.push(entry);
    return () => {
      this.active = this.active.filter((e) => e !== entry);
    };
  }

  clear(): void {
    this.active = [];
  }

  /** The first fault matching the request (using one of its `times`), if any. */
  take(method: string, fullPath: string, basePath: string): Fault | undefined {
    const entry = this.active.find(({ fault }) => {
      if (fault.method && fault.method.toUpperCase() !== method) return false;
      const paths = [fullPath, basePath];
      return typeof fault.path === 'string' ? paths.includes(fault.path) : paths.some((p) => p.search(fault.path) !== -1);
    });
    if (!entry) return undefined;
    entry.remaining -= 1;
    if (entry.remaining <= 0) this.active = this.active.filter((e) => e !== entry);
    return entry.fault;
  }
}
