// The account's users, logins, invoices (with items), payments, OAuth clients (never a secret)
// and beta programs.
import type { JsonObject } from '../types.js';
import type { SeedContext } from './collections.js';
import { ABSENT, randomTime } from './fill.js';
import { PROFILE, profileUsername } from './profile.js';
import { DAY_MS, make, REDACTED, timeBetween } from './seed-helpers.js';
import { linodeTime } from '../time.js';

export const ACCOUNT = {
  users: '/account/users',
  logins: '/account/logins',
  invoices: '/account/invoices',
  invoiceItems: '/account/invoices/{invoiceId}/items',
  payments: '/account/payments',
  oauthClients: '/account/oauth-clients',
  betas: '/betas',
} as const;

const round2 = (n: number) => Math.round(n * 100) / 100;

export function seedAccount(ctx: SeedContext): void {
  const users = seedUsers(ctx);
  seedLogins(ctx, users);
  seedInvoices(ctx);
  seedOAuthClients(ctx);
  seedBetas(ctx);
}

function seedUsers(ctx: SeedContext): JsonObject[] {
  const { rng, now } = ctx;
  const me = profileUsername(ctx);
  const plans: Array<[username: string, restricted: boolean, tfa: boolean, keys: string[]]> = [
    [me, false, true, ctx.get(PROFILE.sshKeys).map((k) => String(k.label))],
    ['alice-ops', false, true, ['alice-laptop']],
    ['bob-dev', true, false, []],
    ['ci-bot', true, false, ['ci-deploy']],
  ];
  const users = plans.map(([username, restricted, tfa, keys]) => {
    const lastLogin =
      username === 'ci-bot' ? null : { login_datetime: timeBetween(rng, now - 20 * DAY_MS, now - 60_000), status: 'successful' };
    return make('User', rng, {
      username,
      email: username === me ? (ctx.store.singletons['/profile']?.email ?? 'demo@example.com') : `${username}@example.com`,
      restricted,
      ssh_keys: keys,
      tfa_enabled: tfa,
      verified_phone_number: tfa ? `+1555010${rng.int(1000, 9999)}` : null,
      password_created: username === 'ci-bot' ? null : randomTime(rng),
      last_login: lastLogin,
      user_type: 'default',
    });
  });
  ctx.put(ACCOUNT.users, users);
  return users;
}

function seedLogins(ctx: SeedContext, users: JsonObject[]): void {
  const { rng, ids, now } = ctx;
  const people = users.filter((u) => u.last_login);
  const times = Array.from({ length: 8 }, () => timeBetween(rng, now - 30 * DAY_MS, now - 60_000)).sort();
  ctx.put(
    ACCOUNT.logins,
    times.map((datetime, n) => {
      const user = rng.pick(people);
      return make('Login', rng, {
        id: ids.next('login'),
        datetime,
        ip: `${rng.pick(['203.0.113', '198.51.100'])}.${rng.int(2, 254)}`,
        username: user.username,
        status: n === 2 ? 'failed' : 'successful',
        restricted: user.restricted,
      });
    }),
  );
}

const ITEMS: Array<[label: string, monthly: number]> = [
  ['Linode 4GB - web-prod', 24],
  ['Linode 8GB - db-prod', 48],
  ['Nanode 1GB - monitor', 5],
  ['Block Storage 100 GB - pgdata', 10],
  ['NodeBalancer - nb-web-prod', 10],
  ['Backup Service - Linode 4GB', 5],
  ['Object Storage', 5],
];

/** Six monthly invoices before now, their items, and a payment settling each. */
function seedInvoices(ctx: SeedContext): void {
  const { rng, ids, store, now } = ctx;
  const today = new Date(now);
  const invoices: JsonObject[] = [];
  const payments: JsonObject[] = [];
  for (let m = 6; m >= 1; m -= 1) {
    const start = Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - m, 1);
    const end = Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - m + 1, 1);
    const region = store.regions.find((r) => r.id === 'us-east') ? 'us-east' : (store.regions[0]?.id ?? null);
    const id = ids.next('invoice');
    const items = [ITEMS[0], ...rng.some(ITEMS.slice(1), 4)].map(([label, monthly]) => {
      const hours = Math.round((end - start) / 3_600_000);
      const unit = Math.round((monthly / 730) * 1000) / 1000;
      const amount = round2(Math.min(monthly, unit * hours));
      return make('InvoiceItem', rng, {
        amount,
        tax: 0,
        total: amount,
        from: linodeTime(start),
        label,
        quantity: hours,
        to: linodeTime(end - 1000),
        type: label === 'Object Storage' ? 'misc' : 'hourly',
        unit_price: String(unit),
        region: label === 'Object Storage' ? null : region,
      });
    });
    ctx.put(ACCOUNT.invoiceItems, items, id);
    const subtotal = round2(items.reduce((sum, i) => sum + i.amount, 0));
    const invoice = make('Invoice', rng, {
      id,
      date: linodeTime(end + 4 * 3_600_000),
      label: 'Invoice',
      subtotal,
      tax: 0,
      tax_summary: [],
      total: subtotal,
      billing_source: 'akamai',
    });
    invoices.push(invoice);
    payments.push(
      make('Payment', rng, {
        id: ids.next('payment'),
        date: linodeTime(end + 5 * DAY_MS + rng.int(0, 3_600_000)),
        usd: Math.round(subtotal),
      }),
    );
  }
  ctx.put(ACCOUNT.invoices, invoices);
  ctx.put(ACCOUNT.payments, payments);
}

function seedOAuthClients(ctx: SeedContext): void {
  const { rng } = ctx;
  const plans: Array<[label: string, redirect: string, isPublic: boolean]> = [
    ['status-dashboard', 'https://status.example.com/oauth/callback', false],
    ['deploy-cli', 'http://localhost:8085/callback', true],
  ];
  ctx.put(
    ACCOUNT.oauthClients,
    plans.map(([label, redirect_uri, isPublic]) =>
      make('OAuthClient', rng, {
        id: rng.hex(20),
        redirect_uri,
        label,
        status: 'active',
        secret: REDACTED,
        thumbnail_url: null,
        public: isPublic,
      }),
    ),
  );
}

function seedBetas(ctx: SeedContext): void {
  const { rng, now } = ctx;
  const plans: Array<[id: string, label: string, description: string, greenlight: boolean, ended: boolean]> = [
    ['object_storage_gen2', 'Object Storage Gen2', 'Higher-throughput Object Storage endpoints.', false, false],
    ['metadata_service', 'Metadata Service', 'Cloud-init user data and instance metadata.', false, true],
    ['gpu_rtx4000', 'RTX 4000 Ada GPUs', 'GPU plans with RTX 4000 Ada cards.', true, false],
  ];
  ctx.put(
    ACCOUNT.betas,
    plans.map(([id, label, description, greenlight, ended]) => {
      const started = timeBetween(rng, now - 400 * DAY_MS, now - 30 * DAY_MS);
      // Older, ended programs answer without greenlight_only (issue 8's recordings).
      return make('BetaProgram', rng, {
        id,
        label,
        description,
        greenlight_only: ended ? ABSENT : greenlight,
        started,
        ended: ended ? timeBetween(rng, Date.parse(`${started}Z`) + 20 * DAY_MS, now) : null,
        more_info: greenlight ? 'https://www.linode.com/green-light/' : null,
      });
    }),
  );
}
