// One write case of the coverage harness (test/coverage/writes.test.ts): a mutation document run
// against a fresh emulator, the Linode write it must make, and what must come back.
import type { Emulator } from 'linode-emulator';

export interface WriteCase {
  /** The mutation field exercised (`createVolume`); every mutation needs at least one case. */
  mutation: string;
  /** The document; its payload must select `userErrors { field message }`. */
  document: string;
  /** Variables, read from the emulator's seeded data when the case needs ids. */
  variables?: (emulator: Emulator) => Record<string, unknown> | Promise<Record<string, unknown>>;
  /** What must come back in the payload besides empty userErrors: a field holding data (`volume`, `deletedId`). */
  returns?: string;
}
