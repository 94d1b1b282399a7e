// Mutable emulator state shared by the handlers.
import type { Seeded } from './data/seed.js';

export interface EmulatorState extends Seeded {
  now: () => number;
  /** Status changes that happen later (provisioning -> running, creating -> active). */
  pending: Array<{ at: number; run: () => void }>;
}

/** Applies every pending change that is due. */
export function settle(state: EmulatorState): void {
  const now = state.now();
  const due = state.pending.filter((p) => p.at <= now);
  if (!due.length) return;
  state.pending = state.pending.filter((p) => p.at > now);
  for (const p of due) p.run();
}
