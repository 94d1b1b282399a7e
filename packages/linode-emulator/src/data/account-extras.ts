// The account's joined beta programs, child accounts (a parent account, as Akamai partners have),
// service transfers (also answered as entity transfers) and payment methods (no card data but
// the type, last four digits and expiry, as Linode answers).
import type { JsonObject } from '../types.js';
import { linodeTime, parseTime } from '../time.js';
import { ACCOUNT } from './account.js';
import type { SeedContext } from './collections.js';
import { uuid } from './fill.js';
import { DAY_MS, make, timeBetween } from './seed-helpers.js';

export const ACCOUNT_EXTRAS = {
  betas: '/account/betas',
  childAccounts: '/account/child-accounts',
  serviceTransfers: '/account/service-transfers',
  entityTransfers: '/account/entity-transfers',
  paymentMethods: '/account/payment-methods',
} as const;

/** Transfers expire a day after they are made, unless accepted. */
export const TRANSFER_TTL_MS = DAY_MS;

export function seedAccountExtras(ctx: SeedContext): void {
  seedProfileSingletons(ctx);
  seedEnrolledBetas(ctx);
  seedChildAccounts(ctx);
  seedTransfers(ctx);
  seedPaymentMethods(ctx);
}

const QUESTIONS = [
  'In what city were you born?',
  'What was the name of your first pet?',
  'What was the make of your first car?',
  'What was the name of your elementary school?',
  "What is your oldest cousin's first name?",
  'In what city did your parents meet?',
];

/** The questions a user may answer (none answered yet: empty responses), and Cloud Manager's preferences. */
function seedProfileSingletons(ctx: SeedContext): void {
  const { singletons } = ctx.store;
  singletons['/profile/security-questions'] = {
    security_questions: QUESTIONS.map((question, i) => ({ id: i + 1, question, response: '' })),
  };
  singletons['/profile/preferences'] = {
    theme: 'dark',
    desktop_sidebar_open: true,
    sortKeys: { 'linodes-landing': { order: 'asc', orderBy: 'label' } },
  };
}

/** The enrolled view of a beta program: its own fields and when the account joined. */
export function enrolledBeta(program: JsonObject, enrolled: string): JsonObject {
  const { id, label, description, started, ended } = program;
  return { id, label, description: description ?? null, started, ended: ended ?? null, enrolled };
}

function seedEnrolledBetas(ctx: SeedContext): void {
  // A program opened since the first seed, that the account has not joined.
  ctx.get(ACCOUNT.betas).push(
    make('BetaProgram', ctx.rng, {
      id: 'linode_interfaces',
      label: 'Linode Interfaces',
      description: 'Network interfaces managed on the Linode itself rather than in its configuration profiles.',
      greenlight_only: false,
      started: timeBetween(ctx.rng, ctx.now - 60 * DAY_MS, ctx.now - 5 * DAY_MS),
      ended: null,
      more_info: null,
    }),
  );
  const open = ctx.get(ACCOUNT.betas).filter((b) => b.ended === null && b.greenlight_only !== true);
  ctx.put(
    ACCOUNT_EXTRAS.betas,
    open.slice(0, 1).map((b) => enrolledBeta(b, timeBetween(ctx.rng, String(b.started), ctx.now - DAY_MS))),
  );
}

const CHILDREN: Array<[company: string, city: string, state: string]> = [
  ['Northwind Traders', 'Portland', 'OR'],
  ['Blue Harbor Labs', 'Austin', 'TX'],
];

function seedChildAccounts(ctx: SeedContext): void {
  const { rng, now } = ctx;
  ctx.put(
    ACCOUNT_EXTRAS.childAccounts,
    CHILDREN.map(([company, city, state]) =>
      make('ChildAccount', rng, {
        euuid: uuid(rng).toUpperCase(),
        company,
        city,
        state,
        country: 'US',
        email: `billing@${company.toLowerCase().replace(/\W+/g, '')}.example.com`,
        active_since: timeBetween(rng, now - 500 * DAY_MS, now - 40 * DAY_MS),
        balance: 0,
        balance_uninvoiced: Math.round(rng.next() * 4000) / 100,
        billing_source: 'external',
        capabilities: ['Linodes', 'NodeBalancers', 'Block Storage', 'Object Storage', 'Cloud Firewall', 'VPCs'],
      }),
    ),
  );
}

function seedTransfers(ctx: SeedContext): void {
  const { rng, now, store } = ctx;
  const [first, second] = store.instances;
  const sentAt = now - 3 * 3_600_000;
  const acceptedAt = timeBetween(rng, now - 60 * DAY_MS, now - 10 * DAY_MS);
  const transfers = [
    // Sent today, waiting for the other account.
    make('ServiceTransfer', rng, {
      token: uuid(rng).toUpperCase(),
      status: 'pending',
      created: linodeTime(sentAt),
      updated: linodeTime(sentAt),
      is_sender: true,
      expiry: linodeTime(sentAt + TRANSFER_TTL_MS),
      entities: { linodes: first ? [first.id] : [] },
    }),
    // Offered by another account an hour ago (its token was handed over): not accepted yet.
    make('ServiceTransfer', rng, {
      token: uuid(rng).toUpperCase(),
      status: 'pending',
      created: linodeTime(now - 3_600_000),
      updated: linodeTime(now - 3_600_000),
      is_sender: false,
      expiry: linodeTime(now - 3_600_000 + TRANSFER_TTL_MS),
      entities: { linodes: [rng.int(60_000_000, 69_999_999)] },
    }),
    // Received from another account weeks ago (its Linode is one of ours now).
    make('ServiceTransfer', rng, {
      token: uuid(rng).toUpperCase(),
      status: 'completed',
      created: linodeTime(parseTime(acceptedAt) - 3_600_000),
      updated: acceptedAt,
      is_sender: false,
      expiry: linodeTime(parseTime(acceptedAt) - 3_600_000 + TRANSFER_TTL_MS),
      entities: { linodes: second ? [second.id] : [] },
    }),
  ];
  // One collection under both names: a transfer made through either is listed by both.
  ctx.put(ACCOUNT_EXTRAS.serviceTransfers, transfers);
  ctx.put(ACCOUNT_EXTRAS.entityTransfers, transfers);
}

function seedPaymentMethods(ctx: SeedContext): void {
  const { rng, ids, now } = ctx;
  ctx.put(ACCOUNT_EXTRAS.paymentMethods, [
    make('PaymentMethod', rng, {
      id: ids.next('paymentMethod'),
      type: 'paypal',
      is_default: true,
      created: timeBetween(rng, now - 700 * DAY_MS, now - 300 * DAY_MS),
      data: { email: 'payments@example.com', paypal_id: rng.hex(13).toUpperCase() },
    }),
    make('PaymentMethod', rng, {
      id: ids.next('paymentMethod'),
      type: 'google_pay',
      is_default: false,
      created: timeBetween(rng, now - 200 * DAY_MS, now - 20 * DAY_MS),
      data: {
        card_type: 'Visa',
        last_four: String(rng.int(1000, 9999)),
        expiry: `0${rng.int(1, 9)}/${new Date(now).getUTCFullYear() + 2}`,
      },
    }),
  ]);
}
