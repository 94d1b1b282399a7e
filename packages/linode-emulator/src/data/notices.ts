// Account notifications and scheduled maintenance, about real instances and placed around the
// clock at start: a host migration the user may start early, and a reboot for host maintenance.
import type { InstanceRecord } from '../records.js';
import type { JsonObject } from '../types.js';
import type { SeedContext } from './collections.js';
import { DAY_MS, make } from './seed-helpers.js';
import { linodeTime } from '../time.js';

export const NOTICES = {
  notifications: '/account/notifications',
  maintenance: '/account/maintenance',
} as const;

const HOUR_MS = 3_600_000;

export function seedNotices(ctx: SeedContext): void {
  const { rng, store, now } = ctx;
  const running = store.instances.filter((i) => i.status === 'running');
  const migrating = running.length ? rng.pick(running) : undefined;
  const rebooting = running.length > 1 ? rng.pick(running.filter((i) => i !== migrating)) : undefined;
  // Maintenance windows start on the hour.
  const onHour = (ms: number) => Math.floor(ms / HOUR_MS) * HOUR_MS;
  const migrationAt = onHour(now + rng.int(5, 9) * DAY_MS);
  const rebootAt = onHour(now + rng.int(2, 4) * DAY_MS);

  const notifications: JsonObject[] = [];
  const maintenance: Array<ReturnType<typeof maintenanceOf>> = [];
  if (migrating) {
    notifications.push(
      make('Notification', rng, {
        entity: { id: migrating.id, label: migrating.label, type: 'linode', url: `/linode/instances/${migrating.id}` },
        label: 'You have a migration pending!',
        message: `${migrating.label} must move to a new host. Start the migration now, or it starts on ${linodeTime(migrationAt)}.`,
        body: null,
        type: 'migration_pending',
        severity: 'major',
        when: linodeTime(onHour(now - rng.int(1, 3) * DAY_MS)),
        until: null,
      }),
    );
    maintenance.push(maintenanceOf(ctx, migrating, 'cold_migration', migrationAt, 'Its host is being retired.'));
  }
  if (rebooting) {
    notifications.push(
      make('Notification', rng, {
        entity: { id: rebooting.id, label: rebooting.label, type: 'linode', url: `/linode/instances/${rebooting.id}` },
        label: 'A reboot is scheduled',
        message: `${rebooting.label} reboots for host maintenance on ${linodeTime(rebootAt)}.`,
        body: null,
        type: 'reboot_scheduled',
        severity: 'minor',
        when: linodeTime(rebootAt),
        until: linodeTime(rebootAt + 2 * HOUR_MS),
      }),
    );
    maintenance.push(maintenanceOf(ctx, rebooting, 'reboot', rebootAt, 'Host kernel and firmware updates.'));
  }
  // An account-wide notice: no entity.
  const noticeAt = onHour(now + rng.int(1, 6) * DAY_MS);
  notifications.push(
    make('Notification', rng, {
      entity: null,
      label: 'Scheduled maintenance',
      message: `Object Storage in Newark, NJ is under scheduled maintenance from ${linodeTime(noticeAt)} for four hours; requests may be slower.`,
      body: null,
      type: 'notice',
      severity: 'minor',
      when: linodeTime(noticeAt),
      until: linodeTime(noticeAt + 4 * HOUR_MS),
    }),
  );
  const important = (store.collections['/support/tickets'] ?? []).find((t) => t.status === 'open');
  if (important) {
    // A notice without a date: `when` (and `until`) null, as recorded.
    notifications.push(
      make('Notification', rng, {
        entity: { id: important.id, label: important.summary, type: 'ticket', url: `/support/tickets/${String(important.id)}` },
        label: 'You have an important ticket open!',
        message: 'You have an important ticket open!',
        body: null,
        type: 'ticket_important',
        severity: 'major',
        when: null,
        until: null,
      }),
    );
  }
  ctx.put(NOTICES.notifications, notifications);
  ctx.put(
    NOTICES.maintenance,
    maintenance.sort((a, b) => (a.when < b.when ? -1 : 1)),
  );
}

function maintenanceOf(ctx: SeedContext, instance: InstanceRecord, type: string, at: number, reason: string) {
  return make('Maintenance', ctx.rng, {
    type,
    status: 'pending',
    reason,
    when: linodeTime(at),
    entity: { label: instance.label, id: instance.id, type: 'linode', url: `/v4/linode/instances/${instance.id}` },
  });
}
