// Typed views of the objects the emulator seeds and keeps in its store: the fields its code (and
// its users' tests) read, typed as its generators make them. The objects carry every other field
// of their schema too (filled from the facts), as `unknown`.
import type { JsonObject } from './types.js';

export interface RegionRecord extends JsonObject {
  id: string;
  label: string;
  country: string;
  capabilities: string[];
  status: string;
}

export interface Price {
  hourly: number;
  monthly: number;
}

export interface TypeRecord extends JsonObject {
  id: string;
  label: string;
  class: string;
  disk: number;
  memory: number;
  vcpus: number;
  gpus: number;
  transfer: number;
  network_out: number;
  price: Price;
  addons: { backups: { price: Price } };
}

export interface KernelRecord extends JsonObject {
  id: string;
  label: string;
  version: string;
  architecture: string;
  deprecated: boolean;
}

export interface ImageRecord extends JsonObject {
  id: string;
  label: string;
  is_public: boolean;
  deprecated: boolean;
  status: string;
  size: number;
  created: string;
  type: string;
}

export interface InstanceSpecs {
  disk: number;
  memory: number;
  vcpus: number;
  gpus: number;
  transfer: number;
  accelerated_devices: number;
}

export interface BackupSchedule {
  day: string | null;
  window: string | null;
}

export interface InstanceRecord extends JsonObject {
  id: number;
  label: string;
  region: string;
  type: string;
  image: string | null;
  status: string;
  created: string;
  updated: string;
  tags: string[];
  group: string;
  ipv4: string[];
  ipv6: string | null;
  specs: InstanceSpecs;
  alerts: JsonObject;
  backups: { enabled: boolean; available: boolean; schedule: BackupSchedule; last_successful: string | null };
  watchdog_enabled: boolean;
  has_user_data: boolean;
  disk_encryption: string;
  /** Set on the nodes of an LKE cluster. */
  lke_cluster_id: number | null;
}

export interface DiskRecord extends JsonObject {
  id: number;
  label: string;
  status: string;
  size: number;
  filesystem: string;
  created: string;
  updated: string;
}

/** One device slot of a config (unused slots are null). */
export interface DeviceSlot extends JsonObject {
  disk_id?: number | null;
  volume_id?: number | null;
}

export interface ConfigRecord extends JsonObject {
  id: number;
  label: string;
  kernel: string;
  devices: Record<string, DeviceSlot | null>;
  interfaces: JsonObject[];
  root_device: string;
}

export interface BackupDisk {
  size: number;
  filesystem: string;
  label: string;
}

export interface BackupRecord extends JsonObject {
  id: number;
  type: string;
  status: string;
  created: string;
  label: string | null;
  configs: string[];
  disks: BackupDisk[];
}

/** `{id, type, label, url}`: an object an event, a firewall device or an address names. */
export interface EntityRef extends JsonObject {
  id: number;
  type: string;
  label: string;
  url: string;
}

/** One address of GET /linode/instances/{id}/ips. */
export interface AddressRecord extends JsonObject {
  address: string;
  /** Today's key (quirks/new-keys.ts). */
  assigned_entity?: EntityRef | null;
}

/** GET /linode/instances/{id}/ips. */
export interface InstanceIps extends JsonObject {
  ipv4: { public: AddressRecord[]; private: AddressRecord[]; shared: JsonObject[]; reserved: JsonObject[]; vpc: JsonObject[] };
  ipv6: { link_local: AddressRecord; slaac: AddressRecord; global: JsonObject[] };
}

export interface VolumeRecord extends JsonObject {
  id: number;
  label: string;
  status: string;
  size: number;
  region: string;
  linode_id: number | null;
  linode_label: string | null;
  filesystem_path: string;
  created: string;
  updated: string;
  tags: string[];
  io_ready: boolean;
}

export interface EventRecord extends JsonObject {
  id: number;
  action: string;
  created: string;
  status: string;
  entity: EntityRef;
  secondary_entity: JsonObject | null;
  percent_complete: number | null;
  duration: number | null;
  read: boolean;
  seen: boolean;
}

export interface DomainRecord extends JsonObject {
  id: number;
  domain: string;
  type: string;
  status: string;
  tags: string[];
}

/** An object of a bucket, as GET .../object-list lists it. */
export interface BucketObject extends JsonObject {
  name: string;
  size: number;
  last_modified: string;
  etag: string;
  owner: string;
}

/** A DNS record of a domain. */
export interface DnsRecord extends JsonObject {
  id: number;
  type: string;
  name: string;
  target: string;
}
