// Writes of Linode Managed and Longview: contacts, credentials (their secrets are taken, never
// answered back), monitored services (enable/disable), an instance's SSH settings, Longview
// clients (their keys are generated) and the Longview plan.
import { schemaFact } from 'linode-facts/spec';
import { MANAGED_CREDENTIALS } from '../data/managed-credentials.js';
import { hash, keyedRng } from '../data/keyed-rng.js';
import { badRequest, FieldErrors } from '../errors.js';
import type { EmulatorStore, JsonObject } from '../types.js';
import { findInstance, nowTime, ok, type Handler, type HandlerContext } from './context.js';
import { collectionPlace } from './places.js';
import { checkFields } from './validate.js';
import { createHandler, deleteHandler, findItemOf, itemEntity, updateHandler, type WriteRules } from './writes.js';

const unique =
  (what: string, field: string) => (ctx: HandlerContext, errors: FieldErrors, place: { items: JsonObject[] }, item?: JsonObject) => {
    const value = ctx.body[field];
    if (typeof value === 'string' && place.items.some((i) => i[field] === value && i !== item)) errors.add(field, `${what} must be unique`);
  };

const contactRules: WriteRules = {
  place: collectionPlace('/managed/contacts'),
  idKind: 'managedContact',
  check: unique('Contact name', 'name'),
  initial: (ctx) => ({ updated: nowTime(ctx.state) }),
  updated: (ctx, contact) => {
    contact.updated = nowTime(ctx.state);
  },
};

// The username and password are kept out of the stored credential: Linode never sends them back.
const credentialRules: WriteRules = {
  place: collectionPlace(MANAGED_CREDENTIALS),
  idKind: 'managedCredential',
  check: unique('Credential label', 'label'),
  // Never decrypted yet. (The username and password are no fields of the answer: never kept.)
  initial: () => ({ last_decrypted: null }),
};

const SERVICE_ENTITY = itemEntity('managed_service', '/managed/services');

const serviceRules: WriteRules = {
  place: collectionPlace('/managed/services'),
  idKind: 'managedService',
  event: { create: 'managed_service_create', delete: 'managed_service_delete', entity: SERVICE_ENTITY },
  check: (ctx, errors, place, item) => {
    unique('Service label', 'label')(ctx, errors, place, item);
    const type = ctx.body.service_type ?? item?.service_type;
    const address = ctx.body.address;
    if (type === 'url' && typeof address === 'string' && !/^https?:\/\//.test(address))
      errors.add('address', 'A URL check needs an http:// or https:// address');
    const known = new Set((ctx.state.store.collections[MANAGED_CREDENTIALS] ?? []).map((c) => c.id));
    if (Array.isArray(ctx.body.credentials) && ctx.body.credentials.some((id) => !known.has(id as number)))
      errors.add('credentials', 'Credential not found');
  },
  // A new check has not run yet.
  initial: (ctx) => ({ status: 'pending', region: ctx.body.service_type === 'url' ? null : (ctx.body.region ?? null) }),
};

/** Enable or disable a service: answers the service. */
const setServiceState =
  (status: 'pending' | 'disabled'): Handler =>
  (ctx) => {
    const service = findItemOf(ctx, serviceRules);
    // Enabling a running check changes nothing; a disabled one waits for its next run.
    if (status === 'disabled' || service.status === 'disabled') service.status = status;
    service.updated = nowTime(ctx.state);
    return ok(service);
  };

const updateCredentialSecret: Handler = (ctx) => {
  const credential = findItemOf(ctx, credentialRules);
  const errors = new FieldErrors();
  checkFields(errors, ctx.op.request, ctx.body);
  errors.throwIfAny();
  credential.last_decrypted = null;
  return ok({});
};

// Revoking deletes the credential; services using it lose it.
const revokeCredential: Handler = (ctx) => {
  const place = credentialRules.place(ctx);
  const credential = findItemOf(ctx, credentialRules);
  place.items.splice(place.items.indexOf(credential), 1);
  for (const service of ctx.state.store.collections['/managed/services'] ?? [])
    if (Array.isArray(service.credentials)) service.credentials = service.credentials.filter((id) => id !== credential.id);
  return ok({});
};

/** Per emulator: each instance's Managed SSH settings that differ from the defaults. */
const sshSettings = new WeakMap<EmulatorStore, Map<number, JsonObject>>();

const MANAGED_SSH = { access: true, user: 'root', ip: 'any', port: 22 };

/** The Managed SSH settings of an instance: the defaults, with what was changed. */
export function managedSsh(store: EmulatorStore, instanceId: number): JsonObject {
  return { ...MANAGED_SSH, ...sshSettings.get(store)?.get(instanceId) };
}

const updateInstanceSettings: Handler = (ctx) => {
  const instance = findInstance(ctx);
  const errors = new FieldErrors();
  checkFields(errors, ctx.op.request, ctx.body);
  const ssh = ctx.body.ssh as JsonObject | undefined;
  if (ssh && typeof ssh.port === 'number' && (ssh.port < 1 || ssh.port > 65535)) errors.add('ssh.port', 'port must be 1 to 65535');
  errors.throwIfAny();
  const settings = sshSettings.get(ctx.state.store) ?? sshSettings.set(ctx.state.store, new Map()).get(ctx.state.store)!;
  settings.set(instance.id, { ...settings.get(instance.id), ...(ssh ?? {}) });
  return ok({ id: instance.id, label: instance.label, group: instance.group, ssh: managedSsh(ctx.state.store, instance.id) });
};

/** Longview's keys are hex groups, upper case, like real ones. */
function longviewKey(seed: string): string {
  const rng = keyedRng(seed);
  return `${rng.hex(8)}-${rng.hex(4)}-${rng.hex(4)}-${rng.hex(16)}`.toUpperCase();
}

const longviewRules: WriteRules = {
  place: collectionPlace('/longview/clients'),
  idKind: 'longviewClient',
  event: {
    create: 'longviewclient_create',
    update: 'longviewclient_update',
    delete: 'longviewclient_delete',
    entity: itemEntity('longview', '/longview/clients'),
  },
  check: unique('Label', 'label'),
  initial: (ctx, client) => ({
    label: client.label || `longview${ctx.state.store.collections['/longview/clients']?.length ?? 0}`,
    api_key: longviewKey(`longview-api/${ctx.state.now()}/${String(client.id)}`),
    install_code: longviewKey(`longview-install/${ctx.state.now()}/${String(client.id)}`),
    apps: { apache: false, nginx: false, mysql: false },
  }),
};

/**
 * PUT /longview/plan: the subscription chosen (its catalog object), or `{}` for the free plan,
 * which an empty string, null or no `longview_subscription` at all choose: linodego recorded
 * `{"longview_subscription": ""}` answered with `{}` (TestLongviewPlan_Update.yaml), Cloud Manager
 * sends `{}` ("what the API wants", LongviewPlans.tsx), the spec has it nullable.
 */
const updateLongviewPlan: Handler = (ctx) => {
  const chosen = ctx.body.longview_subscription;
  const id = chosen === '' || chosen === undefined ? null : chosen;
  const errors = new FieldErrors();
  checkFields(errors, ctx.op.request, { ...ctx.body, longview_subscription: id });
  errors.throwIfAny();
  const plan = id === null ? {} : (ctx.state.store.collections['/longview/subscriptions'] ?? []).find((s) => s.id === id);
  if (!plan) throw badRequest('Longview subscription not found', 'longview_subscription');
  const clients = (ctx.state.store.collections['/longview/clients'] ?? []).length;
  if (typeof plan.clients_included === 'number' && clients > plan.clients_included)
    throw badRequest(`The account has ${clients} Longview clients, more than the plan includes`, 'longview_subscription');
  ctx.state.store.singletons['/longview/plan'] = { ...plan };
  const settings = ctx.state.store.singletons['/account/settings'];
  if (settings) settings.longview_subscription = id;
  return ok(plan);
};

export const managedHandlers: Record<string, Handler> = {
  createManagedContact: createHandler(contactRules, () => schemaFact('ManagedContact')),
  updateManagedContact: updateHandler(contactRules, () => schemaFact('ManagedContact')),
  deleteManagedContact: deleteHandler(contactRules),
  createManagedCredential: createHandler(credentialRules, () => schemaFact('ManagedCredential')),
  updateManagedCredential: updateHandler(credentialRules, () => schemaFact('ManagedCredential')),
  updateManagedCredentialUsernamePassword: updateCredentialSecret,
  deleteManagedCredential: revokeCredential,
  createManagedService: createHandler(serviceRules, () => schemaFact('ManagedService')),
  updateManagedService: updateHandler(serviceRules, () => schemaFact('ManagedService')),
  deleteManagedService: deleteHandler(serviceRules),
  enableManagedService: setServiceState('pending'),
  disableManagedService: setServiceState('disabled'),
  updateManagedLinodeSetting: updateInstanceSettings,
  createLongviewClient: createHandler(longviewRules, () => schemaFact('LongviewClient')),
  updateLongviewClient: updateHandler(longviewRules, () => schemaFact('LongviewClient')),
  deleteLongviewClient: deleteHandler(longviewRules),
  updateLongviewPlan,
  getManagedStats: (ctx) => ok({ data: managedStats(ctx.state.now()) }),
};

const FIVE_MINUTES = 5 * 60_000;

/**
 * A day of 5-minute averages over the monitored instances, as `{x: ms, y: value}` points; values
 * are fractional (percentages, bits per second), as the spec's own example is.
 */
function managedStats(now: number): JsonObject {
  const end = Math.floor(now / FIVE_MINUTES) * FIVE_MINUTES;
  const series = (salt: string, scale: number) =>
    Array.from({ length: 288 }, (_, n) => {
      const x = end - (287 - n) * FIVE_MINUTES;
      const wave = 1 + Math.sin((x / 86_400_000) * 2 * Math.PI);
      return { x, y: Math.round((wave * scale + (hash(`${salt}/${x}`) % 1000) / 1000) * 100) / 100 };
    });
  return {
    cpu: series('cpu', 20),
    disk: series('disk', 3),
    swap: series('swap', 0.2),
    net_in: series('in', 800),
    net_out: series('out', 2200),
  };
}
