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
  // Collections seeded by collections.ts (their own generator, so the ones above are unchanged).
  firewall: 540_000,
  firewallDevice: 1_020_000,
  vpc: 48_000,
  subnet: 51_000,
  vpcInterface: 2_300_000,
  nodebalancer: 610_000,
  nodebalancerConfig: 940_000,
  nodebalancerNode: 72_000_000,
  lkeCluster: 210_000,
  lkePool: 310_000,
  database: 140_000,
  login: 3_100_000,
  invoice: 21_000_000,
  payment: 9_800_000,
  sshKey: 410_000,
  token: 5_300_000,
  stackScript: 1_070_000,
  objectStorageKey: 830_000,
  longviewClient: 290_000,
  managedContact: 8_600,
  managedService: 13_000,
  managedIssue: 21_000,
  ticket: 20_100_000,
  ticketReply: 61_000_000,
  image: 24_000_000,
  // Seeded after the collections above, from a generator of their own.
  authorizedApp: 1_900_000,
  trustedDevice: 640_000,
  // Seeded last, from a generator of their own (data/today/).
  placementGroup: 6_200,
  // Seeded after data/today/, from a generator of their own.
  databaseBackup: 3_400_000,
  managedCredential: 9_900,
  // The account's payment methods (data/account-extras.ts), from a generator of their own.
  paymentMethod: 470_000,
  lock: 3_400,
  shareGroup: 1_800,
  alertDefinition: 10_000,
  alertChannel: 11_000,
  dashboard: 1,
  linodeInterface: 1_150_000,
} as const;
const MAX_GAP: Record<keyof typeof START, number> = {
  linode: 900,
  disk: 40,
  config: 40,
  volume: 300,
  backup: 5000,
  event: 20,
  interface: 10,
  domain: 500,
  record: 30,
  firewall: 400,
  firewallDevice: 300,
  vpc: 200,
  subnet: 200,
  vpcInterface: 10,
  nodebalancer: 600,
  nodebalancerConfig: 300,
  nodebalancerNode: 900,
  lkeCluster: 500,
  lkePool: 500,
  database: 300,
  login: 5000,
  invoice: 90_000,
  payment: 40_000,
  sshKey: 800,
  token: 3000,
  stackScript: 2000,
  objectStorageKey: 500,
  longviewClient: 300,
  managedContact: 50,
  managedService: 50,
  managedIssue: 80,
  ticket: 60_000,
  ticketReply: 50_000,
  image: 900,
  authorizedApp: 4000,
  trustedDevice: 2000,
  placementGroup: 300,
  databaseBackup: 900,
  managedCredential: 60,
  paymentMethod: 900,
  lock: 200,
  shareGroup: 100,
  alertDefinition: 40,
  alertChannel: 20,
  dashboard: 1,
  linodeInterface: 10,
};

export type IdKind = keyof typeof START;

export class Ids {
  private readonly last: Record<IdKind, number> = { ...START };
  private readonly usedIps = new Set<string>();

  constructor(private readonly rng: Rng) {}

  next(kind: IdKind): number {
    this.last[kind] += this.rng.int(1, MAX_GAP[kind]);
    return this.last[kind];
  }

  /** The next id of `kind` above `floor` (the largest id already taken, ids seeded elsewhere included). */
  nextAbove(kind: IdKind, floor: number): number {
    this.last[kind] = Math.max(this.last[kind], floor);
    return this.next(kind);
  }

  /** Makes the next ids of `kind` go above `floor` (ids handed out elsewhere), drawing nothing. */
  raise(kind: IdKind, floor: number): void {
    this.last[kind] = Math.max(this.last[kind], floor);
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
