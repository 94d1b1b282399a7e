// Service transfers (entity transfers under their older name: one collection, data/account-extras.ts).
// A transfer offers Linodes to whoever holds its token; it expires after a day unless accepted.
// A locked Linode is not offered (techdocs "Request a service transfer": Linodes can't have a
// resource lock; the terraform/pulumi lock docs: either lock type prevents transfers).
import { ACCOUNT_EXTRAS, TRANSFER_TTL_MS } from '../data/account-extras.js';
import { uuid } from '../data/fill.js';
import { badRequest, FieldErrors, notFound } from '../errors.js';
import { asList, isJsonObject } from '../json.js';
import { linodeTime } from '../time.js';
import type { JsonObject } from '../types.js';
import { nowTime, ok, type Handler, type HandlerContext } from './context.js';
import { checkFields } from './validate.js';
import { lockedReason, locksOn } from '../today/lock-guard.js';

const transfersOf = (ctx: HandlerContext): JsonObject[] => (ctx.state.store.collections[ACCOUNT_EXTRAS.serviceTransfers] ??= []);

function findTransfer(ctx: HandlerContext): JsonObject {
  const transfer = transfersOf(ctx).find((t) => String(t.token).toLowerCase() === ctx.params.token.toLowerCase());
  if (!transfer) throw notFound();
  return transfer;
}

const linodesOf = (transfer: JsonObject): unknown[] => (isJsonObject(transfer.entities) ? asList(transfer.entities.linodes) : []);

export const createTransfer: Handler = (ctx) => {
  const errors = new FieldErrors();
  checkFields(errors, ctx.op.request, ctx.body);
  const ids = isJsonObject(ctx.body.entities) ? asList(ctx.body.entities.linodes) : [];
  if (isJsonObject(ctx.body.entities) && ids.length === 0) errors.add('entities.linodes', 'At least one Linode is required');
  const pending = transfersOf(ctx).filter((t) => t.status === 'pending' && t.is_sender === true);
  ids.forEach((id, i) => {
    const at = `entities.linodes[${i}]`;
    if (!ctx.state.store.instances.some((instance) => instance.id === id)) errors.add(at, `Linode ${String(id)} not found`);
    else if (pending.some((t) => linodesOf(t).includes(id))) errors.add(at, `Linode ${String(id)} is already in a pending transfer`);
    else {
      const [lock] = locksOn(ctx, 'linode', String(id));
      if (lock) errors.add(at, lockedReason('linode', lock, 'transferred'));
    }
  });
  errors.throwIfAny();
  const now = ctx.state.now();
  const transfer = {
    token: uuid(ctx.state.rng).toUpperCase(),
    status: 'pending',
    created: linodeTime(now),
    updated: linodeTime(now),
    is_sender: true,
    expiry: linodeTime(now + TRANSFER_TTL_MS),
    entities: { linodes: ids },
  };
  transfersOf(ctx).push(transfer);
  return ok(transfer);
};

/** Cancelling keeps the transfer, `canceled`: only a pending one this account sent. */
export const cancelTransfer: Handler = (ctx) => {
  const transfer = findTransfer(ctx);
  if (transfer.is_sender !== true) throw badRequest('Only the account that created a transfer can cancel it');
  if (transfer.status !== 'pending')
    throw badRequest(`This transfer is ${String(transfer.status)}: only pending transfers can be canceled`);
  Object.assign(transfer, { status: 'canceled', updated: nowTime(ctx.state) });
  return ok({});
};

/** Accepting takes a pending transfer another account sent; it completes once its Linodes have moved. */
export const acceptTransfer: Handler = (ctx) => {
  const transfer = findTransfer(ctx);
  if (transfer.is_sender === true) throw badRequest('You cannot accept a transfer your own account created');
  if (transfer.status !== 'pending')
    throw badRequest(`This transfer is ${String(transfer.status)}: only pending transfers can be accepted`);
  if (Date.parse(`${String(transfer.expiry)}Z`) <= ctx.state.now()) {
    Object.assign(transfer, { status: 'stale', updated: nowTime(ctx.state) });
    throw badRequest('This transfer has expired');
  }
  Object.assign(transfer, { status: 'accepted', updated: nowTime(ctx.state) });
  ctx.state.pending.push({
    at: ctx.state.now() + 60_000,
    run: () => Object.assign(transfer, { status: 'completed', updated: nowTime(ctx.state) }),
  });
  return ok({});
};
