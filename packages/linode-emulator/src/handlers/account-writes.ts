// Write rules of account users, profile SSH keys, StackScripts, private images, support tickets
// (and replies, close), and the seen/read marks of events.
import { collectionPath } from '../data/collections.js';
import { imageEntity } from '../data/entity-types.js';
import { privateImageKeys } from '../data/catalogs.js';
import { USERNAME } from '../data/events.js';
import { userDefinedField } from '../data/profile.js';
import { ApiError, badRequest, FieldErrors, notFound } from '../errors.js';
import { finishEvent } from '../transitions.js';
import { asList, isJsonObject } from '../json.js';
import type { EventRecord, ImageRecord } from '../records.js';
import type { JsonObject } from '../types.js';
import { nowTime, ok, recordEvent, subjectOf, type Handler, type HandlerContext } from './context.js';
import { collectionPlace, imagesPlace } from './places.js';
import { checkFields } from './validate.js';
import { createItem, findItemOf, itemEntity as entity, type EventEntity, type WriteRules } from './writes.js';

const TICKETS = '/support/tickets';
const REPLIES = '/support/tickets/{ticketId}/replies';

// Users: usernames are unique (case-insensitively, as Linode compares them). The Event schema
// needs an integer entity id, which users do not have, so no user events are recorded.
export const userRules: WriteRules = {
  place: collectionPlace('/account/users'),
  key: 'username',
  check: (ctx, errors, place, item) => {
    const { username, email } = ctx.body;
    if (
      typeof username === 'string' &&
      place.items.some((u) => u !== item && String(u.username).toLowerCase() === username.toLowerCase())
    ) {
      errors.add('username', 'Username is taken');
    }
    if (typeof email === 'string' && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) errors.add('email', 'email must be a valid email address');
  },
  initial: () => ({ ssh_keys: [], tfa_enabled: false, verified_phone_number: null, password_created: null, last_login: null }),
};

// The key types Linode accepts, by the prefix of the public key.
const SSH_KEY_TYPES =
  /^(ssh-rsa|ssh-dss|ssh-ed25519|ecdsa-sha2-nistp(256|384|521)|sk-ecdsa-sha2-nistp256@openssh\.com|sk-ssh-ed25519@openssh\.com) [A-Za-z0-9+/]+={0,3}( .*)?$/;

export const sshKeyRules: WriteRules = {
  place: collectionPlace('/profile/sshkeys'),
  idKind: 'sshKey',
  event: {
    create: 'user_ssh_key_add',
    update: 'user_ssh_key_update',
    delete: 'user_ssh_key_delete',
    entity: entity('user_ssh_key', '/profile/sshkeys'),
  },
  check: (ctx, errors, _place, item) => {
    const key = ctx.body.ssh_key;
    if (!item && (key === undefined || key === null)) errors.add('ssh_key', 'ssh_key is required');
    else if (typeof key === 'string' && !SSH_KEY_TYPES.test(key.trim()))
      errors.add(
        'ssh_key',
        'Invalid SSH key: it must start with its type (ssh-rsa, ssh-ed25519, ecdsa-sha2-nistp256...) followed by the key',
      );
  },
  initial: (ctx) => ({ ssh_key: String(ctx.body.ssh_key).trim() }),
};

export const stackScriptRules: WriteRules = {
  place: collectionPlace('/linode/stackscripts'),
  idKind: 'stackScript',
  event: {
    create: 'stackscript_create',
    update: 'stackscript_update',
    delete: 'stackscript_delete',
    entity: entity('stackscript', '/linode/stackscripts'),
  },
  check: (ctx, errors, _place, item) => {
    if (item && !item.mine) throw new ApiError(403, [{ reason: 'You may only change your own StackScripts' }]);
    const { images, script, is_public } = ctx.body;
    const known = new Set(ctx.state.store.images.map((i) => i.id));
    if (Array.isArray(images))
      images.forEach(
        (id, i) => typeof id === 'string' && id !== 'any/all' && !known.has(id) && errors.add(`images[${i}]`, `Image ${id} not found`),
      );
    if (typeof script === 'string' && !script.startsWith('#!')) errors.add('script', 'script must start with an interpreter line (#!)');
    if (item?.is_public && is_public === false) errors.add('is_public', 'A public StackScript cannot be made private');
  },
  initial: (ctx) => ({
    username: USERNAME,
    user_gravatar_id: ctx.state.rng.hex(32),
    mine: true,
    user_defined_fields: udfs(ctx.body.script),
    logo_url: '',
    ordinal: 0,
  }),
  updated: (_ctx, script) => void (script.user_defined_fields = udfs(script.script)),
  deleting: (_ctx, script) => {
    if (!script.mine) throw new ApiError(403, [{ reason: 'You may only delete your own StackScripts' }]);
  },
};

/** The user-defined fields a script declares (`# <UDF name="..." label="..." default="..." />`). */
function udfs(script: unknown): JsonObject[] {
  if (typeof script !== 'string') return [];
  return [...script.matchAll(/<UDF\s+([^>]*?)\/?>/g)].map((m) => {
    const attrs = Object.fromEntries([...m[1].matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1].toLowerCase(), a[2]]));
    return userDefinedField(attrs);
  });
}

/** How long a new image stays `creating`. */
export const IMAGE_CREATE_MS = 10_000;

/** Only private images (`private/<id>`) can be changed or deleted. */
function ownImage(image: JsonObject): void {
  if (image.is_public || !String(image.id).startsWith('private/'))
    throw new ApiError(403, [{ reason: 'Only your own private images can be changed or deleted' }]);
}

/** A private image as its own events name it: by its number alone (see imageEntity). */
const ownImageEntity = (image: JsonObject): EventEntity => ({
  id: Number(String(image.id).split('/')[1]),
  label: String(image.label),
  type: 'image',
  url: `/v4/images/${String(image.id)}`,
});

export const imageRules: WriteRules = {
  place: imagesPlace,
  event: { update: 'image_update', delete: 'image_delete', entity: ownImageEntity },
  check: (_ctx, _errors, _place, item) => item && ownImage(item),
  deleting: (_ctx, image) => ownImage(image),
};

/** POST /images: a private image of a disk, `creating` until it is captured. */
export const createImage: Handler = (ctx) => {
  const { state, body } = ctx;
  const errors = new FieldErrors();
  checkFields(errors, ctx.op.request, body);
  const owner = state.store.instances.find((i) => (state.store.disksByInstance[i.id] ?? []).some((d) => d.id === body.disk_id));
  const disk = owner && state.store.disksByInstance[owner.id].find((d) => d.id === body.disk_id);
  if (Number.isInteger(body.disk_id) && !disk) errors.add('disk_id', 'Disk not found');
  errors.throwIfAny();
  if (!owner || disk?.status !== 'ready') throw badRequest('The disk is not ready', 'disk_id');
  const numbers = state.store.images.map((i) => Number(String(i.id).split('/')[1])).filter(Number.isInteger);
  const image: ImageRecord = createItem(
    ctx,
    {
      place: imagesPlace,
      initial: () => ({
        id: `private/${state.ids.nextAbove('image', Math.max(0, ...numbers))}`,
        label: body.label ?? disk.label,
        created_by: USERNAME,
        is_public: false,
        size: disk.size,
        type: 'manual',
        status: 'creating',
        vendor: null,
        expiry: null,
        eol: null,
        deprecated: false,
        capabilities: body.cloud_init ? ['cloud-init'] : [],
      }),
    },
    imagesPlace(ctx),
    ctx.op.response ?? {},
  ) as ImageRecord; // createItem fills every field of the Image schema
  Object.assign(image, privateImageKeys(Number(String(image.id).split('/')[1]), 'creating', disk.size, [owner.region]));
  state.store.images.push(image);
  const event = recordEvent(state, 'disk_imagize', owner, 'linode', 'started');
  event.secondary_entity = imageEntity(image); // the new image, as linodego recorded (TestAccountEvents_List.yaml and others)
  state.pending.push({
    at: state.now() + IMAGE_CREATE_MS,
    run: () => {
      image.status = 'available';
      for (const region of asList(image.regions)) if (isJsonObject(region)) region.status = 'available';
      finishEvent(event, IMAGE_CREATE_MS);
    },
  });
  return ok(image);
};

// Support tickets

export const ticketRules: WriteRules = {
  place: collectionPlace(TICKETS),
  idKind: 'ticket',
  event: { create: 'ticket_create', entity: entity('ticket', '/support/tickets', 'summary') },
  check: (ctx, errors) => {
    const { store } = ctx.state;
    const refs: Array<[string, JsonObject[]]> = [
      ['linode_id', store.instances],
      ['volume_id', store.volumes],
      ['domain_id', store.domains],
      ['nodebalancer_id', store.collections['/nodebalancers'] ?? []],
      ['firewall_id', store.collections['/networking/firewalls'] ?? []],
      ['lkecluster_id', store.collections['/lke/clusters'] ?? []],
      ['vpc_id', store.collections['/vpcs'] ?? []],
    ];
    for (const [field, items] of refs)
      if (Number.isInteger(ctx.body[field]) && !items.some((i) => i.id === ctx.body[field])) errors.add(field, `${field} not found`);
  },
  initial: (ctx) => ({
    status: 'new',
    opened: nowTime(ctx.state),
    opened_by: USERNAME,
    updated_by: USERNAME,
    closable: true,
    closed: null,
    gravatar_id: ctx.state.rng.hex(32),
    attachments: [],
    entity: ticketEntity(ctx),
  }),
  created: (ctx, ticket) => void (ctx.state.store.collections[collectionPath(REPLIES, ticket.id)] = []),
};

/** The entity a new ticket is about (the first id field given). */
function ticketEntity(ctx: HandlerContext): JsonObject | null {
  const { store } = ctx.state;
  const kinds: Array<[string, string, JsonObject[], string]> = [
    ['linode_id', 'linode', store.instances, '/linode/instances'],
    ['volume_id', 'volume', store.volumes, '/volumes'],
    ['domain_id', 'domain', store.domains, '/domains'],
    ['nodebalancer_id', 'nodebalancer', store.collections['/nodebalancers'] ?? [], '/nodebalancers'],
    ['firewall_id', 'firewall', store.collections['/networking/firewalls'] ?? [], '/networking/firewalls'],
  ];
  for (const [field, type, items, base] of kinds) {
    const found = items.find((i) => i.id === ctx.body[field]);
    if (found) return { id: found.id, label: found.label ?? found.domain, type, url: `/v4${base}/${String(found.id)}` };
  }
  return null;
}

const findTicket = (ctx: HandlerContext) => findItemOf(ctx, ticketRules);

export const closeTicket: Handler = (ctx) => {
  const ticket = findTicket(ctx);
  if (!ticket.closable) throw badRequest('This ticket cannot be closed');
  const now = nowTime(ctx.state);
  Object.assign(ticket, { status: 'closed', closed: now, closable: false, updated: now, updated_by: USERNAME });
  const url = `/v4/support/tickets/${String(ticket.id)}`;
  recordEvent(ctx.state, 'ticket_update', subjectOf(ticket, 'summary'), 'ticket', 'finished', url);
  return ok({});
};

export const createReply: Handler = (ctx) => {
  const ticket = findTicket(ctx);
  const errors = new FieldErrors();
  checkFields(errors, ctx.op.request, ctx.body);
  errors.throwIfAny();
  if (ticket.status === 'closed') throw badRequest('This ticket is closed');
  const replies = (ctx.state.store.collections[collectionPath(REPLIES, ticket.id)] ??= []);
  const all = Object.entries(ctx.state.store.collections)
    .filter(([k]) => /^\/support\/tickets\/\d+\/replies$/.test(k))
    .flatMap(([, v]) => v);
  const now = nowTime(ctx.state);
  const reply = {
    id: ctx.state.ids.nextAbove('ticketReply', Math.max(0, ...all.map((r) => Number(r.id)))),
    created: now,
    created_by: USERNAME,
    description: ctx.body.description,
    from_linode: false,
    gravatar_id: ticket.gravatar_id,
  };
  replies.push(reply);
  Object.assign(ticket, { updated: now, updated_by: USERNAME });
  return ok(reply);
};

// Events: `seen` marks the event and every earlier one; `read` marks that event only.

function findEvent(ctx: HandlerContext): EventRecord {
  const event = ctx.state.store.events.find((e) => e.id === Number(ctx.params.eventId));
  if (!event) throw notFound();
  return event;
}

export const eventSeen: Handler = (ctx) => {
  const event = findEvent(ctx);
  for (const e of ctx.state.store.events) if (e.id <= event.id) e.seen = true;
  return ok({});
};

export const eventRead: Handler = (ctx) => {
  findEvent(ctx).read = true;
  return ok({});
};
