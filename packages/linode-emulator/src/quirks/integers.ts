// Integers past 2^31 - 1: sizes and counters in bytes.
import { ISSUE_8, linodego, recorded, type Quirk } from './types.js';

const CLASS = 'int53' as const;

export const INTEGERS: Quirk[] = [
  {
    class: CLASS,
    at: ['ObjectStorageBucket.size'],
    real: 'bytes: any bucket over 2 GiB',
    source: `${ISSUE_8}; ${recorded('TestObjectStorageBuckets_List.yaml')}; ${linodego('object_storage_buckets.go', 'ObjectStorageBucket.Size int')}`,
  },
  {
    class: CLASS,
    at: ['ObjectList.data.size'],
    real: 'bytes of one object (backups and media objects pass 2 GiB)',
    source: recorded('TestObjectStorageObject_Smoke.yaml (object sizes in bytes)'),
  },
  {
    class: CLASS,
    at: ['ObjectStorageTransfer.used'],
    real: 'bytes of outbound transfer this month',
    source: linodego('object_storage.go', 'ObjectStorageTransfer.AmmountUsed int'),
  },
  {
    class: CLASS,
    at: ['LinodeTransfer.used'],
    real: 'bytes used this month',
    source: `${recorded('TestInstance_GetTransfer.yaml')}; ${linodego('instances.go', 'InstanceTransfer.Used int')}`,
  },
  {
    class: CLASS,
    at: ['LinodeMonthlyTransfer.bytes_in', 'LinodeMonthlyTransfer.bytes_out', 'LinodeMonthlyTransfer.bytes_total'],
    real: 'bytes of one month',
    source: `${recorded('TestInstance_GetMonthlyTransfer.yaml')}; ${linodego('instances.go', 'MonthlyInstanceTransferStats.BytesIn uint64')}`,
  },
];
