// Object Storage (cluster catalog, access keys without secrets), Longview clients, Managed
// contacts/services/issues and support tickets with their replies.
import type { JsonObject } from '../types.js';
import type { SeedContext } from './collections.js';
import { randomTime } from './fill.js';
import { profileUsername } from './profile.js';
import { accessKey, after, DAY_MS, instanceEntity, make, REDACTED, timeBetween } from './seed-helpers.js';

export const SERVICES = {
  objectStorageClusters: '/object-storage/clusters',
  objectStorageKeys: '/object-storage/keys',
  longview: '/longview/clients',
  longviewSubscriptions: '/longview/subscriptions',
  contacts: '/managed/contacts',
  managedServices: '/managed/services',
  issues: '/managed/issues',
  tickets: '/support/tickets',
  replies: '/support/tickets/{ticketId}/replies',
} as const;

const OBJ_CLUSTERS = ['us-east-1', 'eu-central-1', 'ap-south-1', 'us-southeast-1', 'us-iad-1', 'fr-par-1', 'se-sto-1'];

/** Longview Pro packs: [clients included, monthly $]. */
const LONGVIEW_PACKS: Array<[clients: number, monthly: number]> = [
  [3, 20],
  [10, 40],
  [40, 100],
  [100, 200],
];

/** The public catalog of Longview subscriptions (no draw from the generator: every field is given). */
export function seedLongviewSubscriptions(ctx: SeedContext): void {
  ctx.put(
    SERVICES.longviewSubscriptions,
    LONGVIEW_PACKS.map(([clients, monthly]) =>
      make('LongviewSubscription', ctx.rng, {
        id: `longview-${clients}`,
        price: { hourly: Math.round(monthly * 0.15) / 100, monthly },
        label: `Longview Pro ${clients} pack`,
        clients_included: clients,
      }),
    ),
  );
}

export function seedServices(ctx: SeedContext): void {
  seedObjectStorage(ctx);
  seedLongview(ctx);
  const tickets = seedTickets(ctx);
  seedManaged(ctx, tickets);
}

function seedObjectStorage(ctx: SeedContext): void {
  const { rng, ids, store } = ctx;
  const regions = new Set(store.regions.map((r) => r.id));
  const clusters = OBJ_CLUSTERS.filter((id) => regions.has(id.replace(/-\d+$/, ''))).map((id) =>
    make('ObjectStorageCluster', rng, {
      id,
      domain: `${id}.linodeobjects.com`,
      status: 'available',
      region: id.replace(/-\d+$/, ''),
      static_site_domain: `website-${id}.linodeobjects.com`,
    }),
  );
  ctx.put(SERVICES.objectStorageClusters, clusters);
  const cluster = (n: number) => clusters.at(n % Math.max(1, clusters.length))?.id ?? 'us-east-1';
  const plans: Array<[label: string, access: JsonObject[]]> = [
    ['backups-writer', [{ cluster: cluster(0), bucket_name: 'nightly-backups', permissions: 'read_write' }]],
    [
      'cdn-origin-readonly',
      [
        { cluster: cluster(0), bucket_name: 'static-assets', permissions: 'read_only' },
        { cluster: cluster(1), bucket_name: 'static-assets-eu', permissions: 'read_only' },
      ],
    ],
    ['admin', []],
  ];
  // Unrestricted keys answer bucket_access null (recorded), and today's keys list their regions.
  const keyRegions = clusters.map((c) => ({ id: c.region, s3_endpoint: c.domain, endpoint_type: 'E1' }));
  ctx.put(
    SERVICES.objectStorageKeys,
    plans.map(([label, access]) =>
      make('ObjectStorageKey', rng, {
        id: ids.next('objectStorageKey'),
        label,
        access_key: accessKey(rng),
        secret_key: REDACTED,
        limited: access.length > 0,
        bucket_access: access.length ? access : null,
        regions: keyRegions,
      }),
    ),
  );
}

function seedLongview(ctx: SeedContext): void {
  const { rng, ids, store } = ctx;
  const watched = store.instances.filter((i) => /^(db|web)-/.test(i.label)).slice(0, 3);
  const uuidish = () => `${rng.hex(8)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(16)}`.toUpperCase();
  ctx.put(
    SERVICES.longview,
    (watched.length ? watched.map((i) => i.label) : ['longview-1']).map((label) => {
      const created = randomTime(rng);
      const db = label.startsWith('db');
      return make('LongviewClient', rng, {
        id: ids.next('longviewClient'),
        label,
        api_key: uuidish(),
        install_code: uuidish(),
        apps: { apache: !db && rng.chance(0.3), nginx: !db, mysql: db },
        created,
        updated: after(rng, created, 30),
      });
    }),
  );
}

function seedTickets(ctx: SeedContext): JsonObject[] {
  const { rng, ids, store, now } = ctx;
  const me = profileUsername(ctx);
  const instance = store.instances[Math.floor(store.instances.length / 2)];
  const volume = store.volumes[0];
  const plans: Array<{ summary: string; description: string; entity: JsonObject | null; status: string; by: string; answers: string[] }> = [
    {
      summary: 'Instance unreachable after reboot',
      description: 'The instance stopped answering SSH after a reboot. Lish shows a kernel panic.',
      entity: instance ? instanceEntity(instance) : null,
      status: 'closed',
      by: me,
      answers: ['We booted it in rescue mode and fixed the fstab entry; it is up again.', 'Thanks, all good now.'],
    },
    {
      summary: 'Volume stuck in creating',
      description: 'A new volume has been creating for an hour.',
      entity: volume ? { id: volume.id, type: 'volume', label: volume.label, url: `/v4/volumes/${volume.id}` } : null,
      status: 'open',
      by: me,
      answers: ['We are looking into it and will update this ticket shortly.'],
    },
    {
      summary: 'Raise the account limit for Linodes',
      description: 'We need room for 50 more instances for a launch.',
      entity: null,
      status: 'closed',
      by: me,
      answers: ['The limit has been raised.'],
    },
    {
      summary: 'Managed: web health check failing',
      description: 'Our monitoring sees the web health check failing; we are investigating.',
      entity: instance ? instanceEntity(instance) : null,
      status: 'new',
      by: 'Linode',
      answers: [],
    },
  ];
  return ctx.put(
    SERVICES.tickets,
    plans.map((plan) => {
      const id = ids.next('ticket');
      const opened = timeBetween(rng, now - 60 * DAY_MS, now - 2 * DAY_MS);
      let at = opened;
      const replies = plan.answers.map((description, n) => {
        at = after(rng, at, 1);
        const fromLinode = n % 2 === 0;
        return make('SupportTicketReply', rng, {
          created: at,
          created_by: fromLinode ? 'Linode Support' : me,
          description,
          from_linode: fromLinode,
          gravatar_id: rng.hex(32),
          id: ids.next('ticketReply'),
        });
      });
      ctx.put(SERVICES.replies, replies, id);
      const last = replies[replies.length - 1];
      return make('SupportTicket', rng, {
        id,
        attachments: [],
        closed: plan.status === 'closed' ? after(rng, at, 1) : null,
        closable: plan.status !== 'closed',
        description: plan.description,
        entity: plan.entity,
        gravatar_id: rng.hex(32),
        opened,
        opened_by: plan.by,
        status: plan.status,
        summary: plan.summary,
        updated: last ? last.created : opened,
        updated_by: last ? last.created_by : null,
      });
    }),
  );
}

function seedManaged(ctx: SeedContext, tickets: JsonObject[]): void {
  const { rng, ids } = ctx;
  const since = () => timeBetween(rng, ctx.now - 200 * DAY_MS, ctx.now - DAY_MS);
  ctx.put(
    SERVICES.contacts,
    [
      ['Ops On-call', 'oncall@example.com', '+1-555-0100', 'on-call'],
      ['Dana Admin', 'dana@example.com', '+1-555-0101', 'escalation'],
      ['Night Shift', 'night@example.com', null, null],
    ].map(([name, email, phone, group]) =>
      make('ManagedContact', rng, {
        id: ids.next('managedContact'),
        name,
        email,
        phone: { primary: phone, secondary: null },
        group,
        updated: since(),
      }),
    ),
  );
  const services = [
    { label: 'web-health', service_type: 'url', address: 'https://www.example.com/healthz', body: 'ok', status: 'problem' },
    { label: 'api-tls', service_type: 'tcp', address: 'api.example.com:443', body: null, status: 'ok' },
    { label: 'shop-checkout', service_type: 'url', address: 'https://shop.example.com/', body: 'Add to cart', status: 'ok' },
  ].map((plan) => {
    const created = since();
    // URL checks run from no particular region: null, as in issue 8's recordings.
    const region = plan.service_type === 'url' ? null : (ctx.store.instances[0]?.region ?? 'us-east');
    return make('ManagedService', rng, {
      id: ids.next('managedService'),
      ...plan,
      timeout: 30,
      consultation_group: 'on-call',
      notes: null,
      region,
      credentials: [],
      created,
      updated: after(rng, created, 10),
    });
  });
  ctx.put(SERVICES.managedServices, services);
  const managedTickets = tickets.filter((t) => t.opened_by === 'Linode' || t.status === 'closed').slice(0, 2);
  ctx.put(
    SERVICES.issues,
    managedTickets.map((ticket, n) =>
      make('ManagedIssue', rng, {
        id: ids.next('managedIssue'),
        created: ticket.opened,
        services: [services[n % services.length].id],
        entity: { id: ticket.id, type: 'ticket', label: ticket.summary, url: `/support/tickets/${String(ticket.id)}` },
      }),
    ),
  );
}
