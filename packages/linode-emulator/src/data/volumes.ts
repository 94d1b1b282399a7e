// Block Storage volume builder, used by the seed and by POST /volumes.
import { schemaFact } from 'linode-facts/spec';
import type { Rng } from '../rng.js';
import type { InstanceRecord, VolumeRecord } from '../records.js';
import { build } from './fill.js';

export interface VolumeSpec {
  id: number;
  label: string;
  size: number;
  region: string;
  linode: InstanceRecord | null;
  created: string;
  tags: string[];
  status?: string;
}

/** Block Storage encryption is on for volumes made since it launched (mid 2024). */
const ENCRYPTION_SINCE = '2024-07-01T00:00:00';

/** Today's `io_ready`: the volume is attached and usable. Kept in step by the volume handlers. */
export function ioReady(volume: VolumeRecord): boolean {
  return volume.status === 'active' && volume.linode_id !== null;
}

/** Moves the volume to `status`, keeping `io_ready` in step. */
export function setVolumeStatus(volume: VolumeRecord, status: string): void {
  volume.status = status;
  volume.io_ready = ioReady(volume);
}

export function makeVolume(rng: Rng, spec: VolumeSpec): VolumeRecord {
  const volume = build(schemaFact('Volume'), rng, {
    id: spec.id,
    label: spec.label,
    filesystem_path: `/dev/disk/by-id/scsi-0Linode_Volume_${spec.label}`,
    status:
      spec.status ??
      rng.weighted([
        ['active', 92],
        ['creating', 4],
        ['resizing', 4],
      ]),
    size: spec.size,
    region: spec.region,
    linode_id: spec.linode?.id ?? null,
    linode_label: spec.linode?.label ?? null,
    created: spec.created,
    updated: spec.created,
    tags: [...spec.tags].sort(),
    hardware_type: rng.chance(0.8) ? 'nvme' : 'hdd',
    encryption: spec.created >= ENCRYPTION_SINCE ? 'enabled' : 'disabled',
    io_ready: false,
    locks: [],
  });
  volume.io_ready = ioReady(volume);
  return volume;
}
