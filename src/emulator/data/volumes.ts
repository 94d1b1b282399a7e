// Block Storage volume builder, used by the seed and by POST /volumes.
import { schemaFact } from '../../facts/index.js';
import type { Rng } from '../rng.js';
import type { JsonObject } from '../types.js';
import { build } from './fill.js';

export interface VolumeSpec {
  id: number;
  label: string;
  size: number;
  region: string;
  linode: JsonObject | null;
  created: string;
  tags: string[];
  status?: string;
}

export function makeVolume(rng: Rng, spec: VolumeSpec): JsonObject {
  return build(schemaFact('Volume'), rng, {
    id: spec.id,
    label: spec.label,
    filesystem_path: `/dev/disk/by-id/scsi-0Linode_Volume_${spec.label}`,
    status: spec.status ?? rng.weighted([['active', 92], ['creating', 4], ['resizing', 4]]),
    size: spec.size,
    region: spec.region,
    linode_id: spec.linode?.id ?? null,
    linode_label: spec.linode?.label ?? null,
    created: spec.created,
    updated: spec.created,
    tags: [...spec.tags].sort(),
    hardware_type: rng.chance(0.8) ? 'nvme' : 'hdd',
  });
}
