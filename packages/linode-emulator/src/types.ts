// Public types of the Linode API emulator.

/** A raw Linode JSON object, as the API sends it: read its values with json.ts, or through a typed record (records.ts). */
export type JsonObject = Record<string, unknown>;

export interface RateLimitRule {
  limit: number;
  windowSeconds: number;
}

import type { OAuthClient } from './oauth.js';
import type {
  BackupRecord,
  BucketObject,
  ConfigRecord,
  DiskRecord,
  DnsRecord,
  DomainRecord,
  EventRecord,
  ImageRecord,
  InstanceIps,
  InstanceRecord,
  KernelRecord,
  RegionRecord,
  TypeRecord,
  VolumeRecord,
} from './records.js';

export interface EmulatorOptions {
  /** How many Linode instances to generate. Default 120. */
  instances?: number;
  /** PRNG seed; the same seed gives identical data. Default 1. */
  seed?: number;
  /** token -> space-separated scopes ('*' = all). Default: DEMO_TOKENS. */
  tokens?: Record<string, string>;
  /** Added to every response. Default 0. */
  latencyMs?: number;
  /** Enforce the documented rate limits. Default true. */
  rateLimits?: boolean;
  /** Per-operation rate limits (key: operationId) replacing the documented ones; handy in tests. */
  rateLimitOverrides?: Record<string, RateLimitRule>;
  /** Clock in epoch milliseconds (rate-limit windows, timestamps of new objects and of recent seeded events, status transitions, log). Default Date.now. */
  now?: () => number;
  /** OAuth clients registered with the emulated login server (src/oauth.ts). */
  oauthClients?: OAuthClient[];
  /**
   * Operations (by operationId) that need a token although the spec lists them as public, as
   * today's Linode does for some (Longview subscriptions, Object Storage clusters). Default none.
   */
  tokenRequired?: string[];
  /** Serve HTTPS with this key and certificate, offering HTTP/2 (ALPN) besides HTTP/1.1. Default: plain HTTP/1.1. */
  tls?: { key: string | Buffer; cert: string | Buffer };
  /** Where the same server answers as the metrics host (monitor-api.linode.com's `/v2beta`). Default `/v2beta`. */
  monitorPrefix?: string;
}

export interface LoggedRequest {
  method: string;
  /** Path as requested, without the query (e.g. `/v4/linode/instances`). */
  path: string;
  query: Record<string, string>;
  /** Raw X-Filter header. */
  filter?: string;
  /** Raw Authorization header. */
  authorization?: string;
  /** HTTP status sent; 0 while pending and for hung or reset requests. */
  status: number;
  operationId?: string;
  /** Arrival time (epoch ms, from the emulator clock). */
  at: number;
  /** The HTTP version when it is not 1.1 (`2.0` over the `tls` option). */
  httpVersion?: string;
}

export interface Fault {
  method?: string;
  /** Matched against the path without query, with or without the `/v4` prefix. */
  path: string | RegExp;
  /** How many requests this fault applies to. Default Infinity. */
  times?: number;
  status?: number;
  body?: string;
  headers?: Record<string, string>;
  delayMs?: number;
  /** Never answer (until the emulator closes). */
  hang?: boolean;
  /** Destroy the socket. */
  reset?: boolean;
}

/** Backups of one instance, as GET /linode/instances/{id}/backups answers. */
export interface InstanceBackups {
  automatic: BackupRecord[];
  snapshot: { in_progress: BackupRecord | null; current: BackupRecord | null };
}

export interface EmulatorStore {
  regions: RegionRecord[];
  types: TypeRecord[];
  kernels: KernelRecord[];
  images: ImageRecord[];
  /** Sorted by id. */
  instances: InstanceRecord[];
  disksByInstance: Record<number, DiskRecord[]>;
  configsByInstance: Record<number, ConfigRecord[]>;
  backupsByInstance: Record<number, InstanceBackups>;
  /** GET /linode/instances/{id}/ips answers. */
  ipsByInstance: Record<number, InstanceIps>;
  /** Sorted by id. */
  volumes: VolumeRecord[];
  /** Sorted by id. */
  events: EventRecord[];
  /** Sorted by id. */
  domains: DomainRecord[];
  /** Records of each domain, by domain id. */
  recordsByDomain: Record<number, DnsRecord[]>;
  /** Answers of singleton GETs such as /account and /profile, generated from the facts. */
  singletons: Record<string, JsonObject>;
  /**
   * The other collections (firewalls, NodeBalancers, LKE clusters...), by collection path with
   * parent ids filled in: `/networking/firewalls`, `/networking/firewalls/123/devices`. See
   * data/collections.ts for the collections and their schemas.
   */
  collections: Record<string, JsonObject[]>;
  /**
   * Today's collections, newer than the spec (placement groups, locks, image share groups,
   * monitor, Linode interfaces), by collection path with parent ids filled in: src/today/.
   */
  today: Record<string, JsonObject[]>;
  /** Reserved IPv4 addresses assigned to nothing (listed by GET /networking/ips with linode_id null). */
  reservedIps: JsonObject[];
  /** Objects of each bucket, by `cluster/label`, sorted by name (GET .../object-list). */
  bucketObjects: Record<string, BucketObject[]>;
}

export interface Emulator {
  /** Base URL including `/v4`, e.g. http://127.0.0.1:PORT/v4 */
  readonly url: string;
  /** Base URL of the metrics host, e.g. http://127.0.0.1:PORT/v2beta (the gateway's MONITOR_API_URL). */
  readonly monitorUrl: string;
  /** Every request, in arrival order. */
  readonly log: LoggedRequest[];
  clearLog(): void;
  /** Adds a fault; returns its remover. */
  inject(fault: Fault): () => void;
  clearFaults(): void;
  setLatency(ms: number): void;
  /** Forgets every rate-limit window. */
  resetRateLimits(): void;
  readonly store: EmulatorStore;
  /** The emulated login server's base URL (`/oauth/authorize`, `/oauth/token`, `/oauth/revoke`). */
  readonly loginUrl: string;
  registerOAuthClient(client: OAuthClient): void;
  /** Closes the server, hanging requests included. */
  close(): Promise<void>;
}
