// Network transfer of an instance, in bytes (quota and billable in GB): a month of a busy instance
// passes 2^31 bytes, as real answers do. Drawn from the instance and the month, so it is stable.
import type { InstanceRecord } from '../records.js';
import type { JsonObject } from '../types.js';
import { keyedRng } from './keyed-rng.js';

const GB = 1_000_000_000;

/** Share of its quota an instance sends in a whole month: idle ones almost nothing. */
function monthlyShare(instance: InstanceRecord, month: string): number {
  const rng = keyedRng(`transfer/${instance.id}/${month}`);
  if (instance.status === 'offline' || rng.chance(0.15)) return rng.next() * 0.001;
  return 0.02 + rng.next() ** 2 * 0.5;
}

const monthOf = (ms: number) => new Date(ms).toISOString().slice(0, 7);

/** GET /linode/instances/{id}/transfer: this month so far. */
export function currentTransfer(instance: InstanceRecord, now: number): JsonObject {
  const quota = instance.specs.transfer;
  const day = new Date(now).getUTCDate();
  const used = Math.round(monthlyShare(instance, monthOf(now)) * quota * GB * (day / 30));
  return { used, quota, billable: 0 };
}

/** GET /linode/instances/{id}/transfer/{year}/{month}: zero before the instance existed or after now. */
export function monthlyTransfer(instance: InstanceRecord, year: number, month: number, now: number): JsonObject {
  const key = `${year}-${String(month).padStart(2, '0')}`;
  const created = instance.created.slice(0, 7);
  if (key < created || key > monthOf(now)) return { bytes_in: 0, bytes_out: 0, bytes_total: 0 };
  const rng = keyedRng(`transfer-in/${instance.id}/${key}`);
  const out = Math.round(monthlyShare(instance, key) * instance.specs.transfer * GB);
  const inbound = Math.round(out * (0.2 + rng.next()));
  return { bytes_in: inbound, bytes_out: out, bytes_total: inbound + out };
}
