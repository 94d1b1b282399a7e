// Id sources: numeric, increasing, with gaps (never contiguous from 1), like Linode's.
import type { Rng } from '../rng.js';

const START = {
  linode: 41_000_000,
  disk: 81_000_000,
  config: 85_000_000,
  volume: 1_200_000,
  backup: 290_000_000,
  event: 700_000_000,
  interface: 1_100_000,
  domain: 2_400_000,
  record: 28_000_000,
} as const;
const MAX_GAP: Record<keyof typeof START, number> = { linode: 900, disk: 40, config: 40, volume: 300, backup: 5000, event: 20, interface: 10, domain: 500, record: 30 };

export type IdKind = keyof typeof START;

export class Ids {
  private readonly last: Record<IdKind, number> = { ...START };
  private readonly usedIps = new Set<string>();

  constructor(private readonly rng: Rng) {}

  next(kind: IdKind): number {
    this.last[kind] += this.rng.int(1, MAX_GAP[kind]);
    return this.last[kind];
  }

  /** A public IPv4 not handed out before. */
  publicIp(): string {
    return this.unique(() => `${this.rng.pick(['45.79', '172.104', '139.144', '50.116'])}.${this.rng.int(0, 255)}.${this.rng.int(2, 254)}`);
  }

  privateIp(): string {
    return this.unique(() => `192.168.${this.rng.int(128, 255)}.${this.rng.int(2, 254)}`);
  }

  private unique(make: () => string): string {
    let ip = make();
    while (this.usedIps.has(ip)) ip = make();
    this.usedIps.add(ip);
    return ip;
  }
}
