// An instance's graphs (GET /linode/instances/{id}/stats and .../stats/{year}/{month}) as real
// Linode sends them: `{ title, data: { cpu, io, netv4, netv6 } }` (linodego instance_stats.go), not
// the spec's flat object. Each series is [[epoch ms, value]...]: CPU in percent, disk IO in blocks
// a second, network in bits a second. Drawn from the instance and the point in time: stable.
import type { InstanceRecord } from '../records.js';
import type { JsonObject } from '../types.js';
import { parseTime } from '../time.js';
import { hash, keyedRng } from './keyed-rng.js';

const FIVE_MINUTES = 5 * 60_000;
const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;

type Series = Array<[number, number]>;

/** Noise in [0, 1) for a point of a series: an integer mix of the series' seed and the time (cheap, stable). */
function noiseAt(seed: number, at: number): number {
  let h = Math.imul(seed ^ Math.floor(at / 60_000), 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  return ((h ^ (h >>> 13)) >>> 0) / 2 ** 32;
}

/** One series: a level of the instance's own, noise, none while it did not exist or was off. */
function series(instance: InstanceRecord, name: string, times: number[], scale: number): Series {
  const key = `stats/${instance.id}/${name}`;
  const level = keyedRng(key).next();
  const seed = hash(key);
  const from = parseTime(instance.created);
  const idle = instance.status === 'offline';
  return times.map((at) => (at < from || idle ? [at, 0] : [at, Math.round(scale * level * (0.5 + noiseAt(seed, at)) * 100) / 100]));
}

function graphs(instance: InstanceRecord, times: number[], title: string): JsonObject {
  const net = (v: string) => ({
    in: series(instance, `${v}/in`, times, 2_000_000),
    out: series(instance, `${v}/out`, times, 4_000_000),
    private_in: series(instance, `${v}/private_in`, times, 200_000),
    private_out: series(instance, `${v}/private_out`, times, 200_000),
  });
  return {
    title,
    data: {
      cpu: series(instance, 'cpu', times, 40),
      io: { io: series(instance, 'io', times, 30), swap: series(instance, 'swap', times, 1) },
      netv4: net('v4'),
      netv6: net('v6'),
    },
  };
}

/** The last 24 hours, one point every five minutes. */
export function lastDayStats(instance: InstanceRecord, now: number): JsonObject {
  const end = Math.floor(now / FIVE_MINUTES) * FIVE_MINUTES;
  const times = Array.from({ length: DAY / FIVE_MINUTES }, (_, i) => end - DAY + (i + 1) * FIVE_MINUTES);
  return graphs(instance, times, `linode.com - ${instance.label} (${instance.id}) - day (5 min avg)`);
}

/** A calendar month so far, one point an hour (none after now). */
export function monthStats(instance: InstanceRecord, year: number, month: number, now: number): JsonObject {
  const start = Date.UTC(year, month - 1, 1);
  const end = Math.min(Date.UTC(year, month, 1), Math.floor(now / HOUR) * HOUR);
  const times = Array.from({ length: Math.max(0, Math.ceil((end - start) / HOUR)) }, (_, i) => start + i * HOUR);
  return graphs(instance, times, `linode.com - ${instance.label} (${instance.id}) - month (1 hour avg)`);
}
