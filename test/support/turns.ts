// Waiting without timers: the event loop turns (setImmediate) until something holds, so a test
// waits exactly as long as the work takes, and fake timers (vi.useFakeTimers) do not stop it.
import { expect } from 'vitest';

/** Lets the event loop turn until `check()` holds; fails the test if it never does (after 20,000 turns). */
export async function until(check: () => boolean | Promise<boolean>): Promise<void> {
  for (let i = 0; i < 20_000 && !(await check()); i += 1) await turn();
  expect(await check()).toBe(true);
}

/** One turn of the event loop: I/O callbacks that were ready have run. */
export function turn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
