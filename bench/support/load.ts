// A bounded load run on loopback: autocannon's clients cycle through the given queries for a fixed
// time; the gateway's RSS is sampled every second meanwhile.
import autocannon from 'autocannon';
import type { BenchQuery } from './queries.js';
import { median } from './stats.js';

export interface LoadOptions {
  url: string;
  token: string;
  connections: number;
  seconds: number;
  queries: BenchQuery[];
  rss(): Promise<number>;
  /** Called once, halfway through. */
  midway?: () => void;
}

export interface LoadResult {
  requests: number;
  errors: number;
  non2xx: number;
  timeouts: number;
  rps: number;
  p50: number;
  p99: number;
  rssMb: { min: number; median: number; max: number; first: number; last: number; samples: number[] };
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const samples: number[] = [];
  const sampler = setInterval(() => void options.rss().then((bytes) => samples.push(bytes / 2 ** 20)), 1_000);
  const midway = options.midway && setTimeout(options.midway, (options.seconds * 1_000) / 2);
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    timeout: 30,
    requests: options.queries.map((q) => ({
      method: 'POST' as const,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}` },
      body: q.body,
    })),
  });
  clearInterval(sampler);
  clearTimeout(midway);
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    requests: result.requests.total,
    errors: result.errors,
    non2xx: result.non2xx,
    timeouts: result.timeouts,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    rssMb: {
      min: sorted[0] ?? 0,
      median: samples.length ? median(samples) : 0,
      max: sorted.at(-1) ?? 0,
      first: samples[0] ?? 0,
      last: samples.at(-1) ?? 0,
      samples,
    },
  };
}
