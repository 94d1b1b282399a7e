// Mutable emulator state shared by the handlers.
import type { Seeded } from './data/seed.js';

/** The seeded store, generators and pending changes, plus the clock. */
export interface EmulatorState extends Seeded {
  now: () => number;
}

/** Applies every pending change that is due, oldest first. */
export function settle(state: EmulatorState): void {
  const now = state.now();
  const due = state.pending.filter((p) => p.at <= now).sort((a, b) => a.at - b.at);
  if (!due.length) return;
  state.pending = state.pending.filter((p) => p.at > now);
  for (const p of due) p.run();
}
