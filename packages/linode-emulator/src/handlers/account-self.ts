// Writes on the account itself: its details and settings, Managed, beta programs, cancelling,
// users' grants (read and written here: they are built from what the account holds) and tokens
// for child accounts.
import { schemaFact } from 'linode-facts/spec';
import { enrolledBeta } from '../data/account-extras.js';
import { ApiError, badRequest, FieldErrors, notFound } from '../errors.js';
import { asString, isJsonObject, objectsIn } from '../json.js';
import { linodeTime } from '../time.js';
import type { EmulatorStore, JsonObject } from '../types.js';
import { nowTime, ok, type Handler, type HandlerContext } from './context.js';
import { checkFields } from './validate.js';
import { mergeWritable } from './writes.js';

const singleton = (ctx: HandlerContext, path: string): JsonObject => (ctx.state.store.singletons[path] ??= {});

/** Checks the body against the operation's request fact, then merges what it may change into `target`. */
function mergeChecked(ctx: HandlerContext, target: JsonObject, schema: string, extra?: (errors: FieldErrors) => void): JsonObject {
  const errors = new FieldErrors();
  checkFields(errors, ctx.op.request, ctx.body);
  extra?.(errors);
  errors.throwIfAny();
  mergeWritable(target, ctx.body, ctx.op.request, schemaFact(schema));
  return target;
}

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export const updateAccount: Handler = (ctx) =>
  ok(
    mergeChecked(ctx, singleton(ctx, '/account'), 'Account', (errors) => {
      const { email } = ctx.body;
      if (typeof email === 'string' && !EMAIL.test(email)) errors.add('email', 'email must be a valid email address');
    }),
  );

export const updateAccountSettings: Handler = (ctx) => ok(mergeChecked(ctx, singleton(ctx, '/account/settings'), 'AccountSettings'));

export const enableManaged: Handler = (ctx) => {
  const settings = singleton(ctx, '/account/settings');
  if (settings.managed === true) throw badRequest('Linode Managed is already enabled on this account');
  settings.managed = true;
  return ok({});
};

/**
 * Cancelling charges the remaining balance to the default payment method first; without one that
 * charge fails, and so does the cancellation (409: the status code is the emulator's guess).
 */
export const cancelAccount: Handler = (ctx) => {
  const errors = new FieldErrors();
  checkFields(errors, ctx.op.request, ctx.body);
  errors.throwIfAny();
  const account = singleton(ctx, '/account');
  const balance = Number(account.balance ?? 0);
  const payable = (ctx.state.store.collections['/account/payment-methods'] ?? []).some((m) => m.is_default === true);
  if (balance > 0 && !payable)
    throw new ApiError(409, [{ reason: `Unable to charge the remaining balance of $${balance.toFixed(2)}: add a payment method first` }]);
  if (balance > 0) account.balance = 0;
  return ok({ survey_link: 'https://alinode.typeform.com/to/cancellation' });
};

export const enrollBeta: Handler = (ctx) => {
  const errors = new FieldErrors();
  checkFields(errors, ctx.op.request, ctx.body);
  errors.throwIfAny();
  const { store } = ctx.state;
  const program = (store.collections['/betas'] ?? []).find((b) => b.id === ctx.body.id);
  if (!program) throw badRequest('Beta program not found', 'id');
  if (program.ended !== null && program.ended !== undefined) throw badRequest('This beta program has ended', 'id');
  if (program.greenlight_only === true) throw new ApiError(403, [{ reason: 'This beta program is open to Green Light members only' }]);
  const enrolled = (store.collections['/account/betas'] ??= []);
  if (enrolled.some((b) => b.id === program.id)) throw badRequest('The account is already enrolled in this beta program', 'id');
  enrolled.push(enrolledBeta(program, nowTime(ctx.state)));
  return ok({});
};

// Grants

/** The grant lists and where their objects live (an image grant names the number of `private/<n>`). */
function grantable(store: EmulatorStore): Record<string, Array<{ id: number; label: string }>> {
  const labelled = (items: JsonObject[], label = 'label') => items.map((i) => ({ id: Number(i.id), label: String(i[label]) }));
  const c = (path: string) => store.collections[path] ?? [];
  return {
    linode: labelled(store.instances),
    domain: labelled(store.domains, 'domain'),
    nodebalancer: labelled(c('/nodebalancers')),
    image: store.images
      .filter((i) => String(i.id).startsWith('private/'))
      .map((i) => ({ id: Number(String(i.id).slice(8)), label: i.label })),
    longview: labelled(c('/longview/clients')),
    stackscript: labelled(c('/linode/stackscripts').filter((s) => s.mine === true)),
    volume: labelled(store.volumes),
    database: labelled([...c('/databases/mysql/instances'), ...c('/databases/postgresql/instances')]),
    firewall: labelled(c('/networking/firewalls')),
    vpc: labelled(c('/vpcs')),
  };
}

const GLOBAL_DEFAULTS: JsonObject = {
  account_access: null,
  add_databases: false,
  add_domains: false,
  add_firewalls: false,
  add_images: false,
  add_linodes: false,
  add_longview: false,
  add_nodebalancers: false,
  add_stackscripts: false,
  add_volumes: false,
  add_vpcs: false,
  cancel_account: false,
  child_account_access: false,
  longview_subscription: false,
};

/** What was granted to a restricted user: global flags, and permissions by `kind/id`. */
interface Granted {
  global: JsonObject;
  permissions: Record<string, string | null>;
}
const grantedOf = (store: EmulatorStore, username: string): Granted => {
  const key = `/account/users/${username}/grants`;
  const stored = store.singletons[key];
  if (stored && isJsonObject(stored.global) && isJsonObject(stored.permissions)) return stored as unknown as Granted;
  // Seeded restricted users may read the instances and change nothing else.
  const granted: Granted = { global: { ...GLOBAL_DEFAULTS, account_access: 'read_only' }, permissions: {} };
  for (const { id } of grantable(store).linode) granted.permissions[`linode/${id}`] = 'read_only';
  store.singletons[key] = granted as unknown as JsonObject;
  return granted;
};

function grantsAnswer(store: EmulatorStore, username: string): JsonObject {
  const { global, permissions } = grantedOf(store, username);
  const lists: JsonObject = {};
  for (const [kind, items] of Object.entries(grantable(store)))
    lists[kind] = items.map(({ id, label }) => ({ id, label, permissions: permissions[`${kind}/${id}`] ?? null }));
  return { global: { ...GLOBAL_DEFAULTS, ...global }, ...lists };
}

function findUser(ctx: HandlerContext): JsonObject {
  const user = (ctx.state.store.collections['/account/users'] ?? []).find((u) => u.username === ctx.params.username);
  if (!user) throw notFound();
  return user;
}

/** Unrestricted users have every grant, so Linode answers 204 without a body. */
export const getUserGrants: Handler = (ctx) => {
  const user = findUser(ctx);
  return user.restricted ? ok(grantsAnswer(ctx.state.store, String(user.username))) : { status: 204, body: undefined };
};

export const updateUserGrants: Handler = (ctx) => {
  const user = findUser(ctx);
  if (!user.restricted) throw badRequest('This user is unrestricted: it has every grant');
  const { store } = ctx.state;
  const errors = new FieldErrors();
  checkFields(errors, ctx.op.request, ctx.body);
  const lists = grantable(store);
  for (const [kind, items] of Object.entries(ctx.body)) {
    if (kind === 'global' || !lists[kind]) continue;
    objectsIn(items).forEach((grant, i) => {
      // Permissions are checked against their enum with the rest of the body.
      if (!lists[kind].some((item) => item.id === grant.id)) errors.add(`${kind}[${i}].id`, `${kind} ${String(grant.id)} not found`);
    });
  }
  errors.throwIfAny();
  const granted = grantedOf(store, String(user.username));
  if (isJsonObject(ctx.body.global)) Object.assign(granted.global, ctx.body.global);
  for (const [kind, items] of Object.entries(ctx.body))
    if (lists[kind])
      for (const grant of objectsIn(items)) granted.permissions[`${kind}/${String(grant.id)}`] = grant.permissions as string | null;
  return ok(grantsAnswer(store, String(user.username)));
};

// Child accounts

/** A proxy user's token lasts 15 minutes; its value is shown in this answer only. */
const PROXY_TOKEN_MS = 15 * 60_000;

export const createChildToken: Handler = (ctx) => {
  const { store, rng } = ctx.state;
  const child = (store.collections['/account/child-accounts'] ?? []).find((c) => c.euuid === ctx.params.euuid);
  if (!child) throw notFound();
  const company = (asString(singleton(ctx, '/account').company) ?? 'parent').replace(/\W+/g, '');
  const now = ctx.state.now();
  return ok({
    id: ctx.state.ids.next('token'),
    scopes: '*',
    created: linodeTime(now),
    label: `${company}_${String(child.euuid).slice(0, 8)}_${linodeTime(now)}`,
    token: rng.hex(64),
    expiry: linodeTime(now + PROXY_TOKEN_MS),
  });
};
