// Instance statuses that end by themselves (booting, shutting_down...): how long each lasts, what
// follows it, and the event that starts with it and finishes when it ends.
import { entityAt } from './data/entity-types.js';
import type { ConfigRecord, EntityRef, EventRecord, InstanceRecord } from './records.js';
import type { EmulatorStore } from './types.js';

/** A change that happens once the emulator clock reaches `at` (applied by `settle`). */
export interface PendingChange {
  at: number;
  run: () => void;
}

/** How long each transitional status lasts, in ms. Short, so demos and tests see them end. */
export const TRANSITION_MS = {
  provisioning: 10_000,
  booting: 5_000,
  rebooting: 5_000,
  shutting_down: 3_000,
  migrating: 20_000,
  rebuilding: 15_000,
  restoring: 15_000,
} as const;

export type TransitionalStatus = keyof typeof TRANSITION_MS;

/** The event action each transitional status starts with. */
export const TRANSITION_ACTION: Record<TransitionalStatus, string> = {
  provisioning: 'linode_create',
  booting: 'linode_boot',
  rebooting: 'linode_reboot',
  shutting_down: 'linode_shutdown',
  migrating: 'linode_migrate',
  rebuilding: 'linode_rebuild',
  restoring: 'backups_restore',
};

export const isTransitional = (status: string): status is TransitionalStatus => Object.hasOwn(TRANSITION_MS, status);

/** Where an instance goes when its transitional status ends. */
export function settledStatus(store: EmulatorStore, instance: InstanceRecord, booted = true): string {
  const status = instance.status;
  if (status === 'shutting_down') return 'offline';
  // A new instance boots only when it has something to boot from.
  if (status === 'provisioning') return booted && (store.configsByInstance[instance.id] ?? []).length ? 'running' : 'offline';
  return 'running';
}

/** Marks a started event finished, `ms` after it started. */
export function finishEvent(event: EventRecord, ms: number): void {
  Object.assign(event, { status: 'finished', percent_complete: 100, duration: Math.round(ms / 100) / 10, time_remaining: null });
}

/** How long the boot queued behind provisioning takes (its `scheduled` event then finishes). */
const QUEUED_BOOT_MS = 4_000;

/**
 * What a provisioned instance gains: its IPv6 address, ready disks, available backups; and the
 * boot Linode queued behind provisioning (a `scheduled` linode_boot event) has run.
 */
function finishProvisioning(store: EmulatorStore, instance: InstanceRecord): void {
  const id = instance.id;
  instance.ipv6 = `${store.ipsByInstance[id]?.ipv6.slaac.address}/128`;
  instance.backups.available = instance.backups.enabled;
  for (const disk of store.disksByInstance[id] ?? []) disk.status = 'ready';
  for (const event of store.events) {
    if (event.status === 'scheduled' && event.action === 'linode_boot' && event.entity.type === 'linode' && event.entity.id === id)
      finishEvent(event, QUEUED_BOOT_MS);
  }
}

/** The `secondary_entity` of a boot: the config it boots (an integer id, as recorded). */
export function configEntity(instance: InstanceRecord, config: ConfigRecord): EntityRef {
  return entityAt('linode_config', `/linode/instances/${instance.id}/configs`, config);
}

export interface Transition {
  /** When the current status began and when it ends (emulator clock). */
  started: number;
  ends: number;
  /** The status that follows. */
  to: string;
  /** The `started` event to finish with it. */
  event?: EventRecord;
}

/**
 * The end of the instance's current (transitional) status: the instance moves on and its event
 * finishes, unless something else changed the status meanwhile.
 */
export function endTransition(store: EmulatorStore, instance: InstanceRecord, t: Transition): PendingChange {
  const from = instance.status;
  return {
    at: t.ends,
    run: () => {
      if (instance.status !== from) return;
      if (from === 'provisioning') finishProvisioning(store, instance);
      instance.status = t.to;
      if (t.event?.status === 'started') finishEvent(t.event, t.ends - t.started);
    },
  };
}
