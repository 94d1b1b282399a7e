// Billing writes: the card on file, payment methods, payments (by method or PayPal) and promo
// codes. Card numbers are checked and dropped: only the type, last four digits and expiry stay,
// as Linode answers them.
import { schemaFact } from 'linode-facts/spec';
import { ApiError, badRequest, FieldErrors, notFound } from '../errors.js';
import { isJsonObject } from '../json.js';
import type { JsonObject } from '../types.js';
import { nowTime, ok, type Handler, type HandlerContext } from './context.js';
import { checkFields } from './validate.js';
import { blank } from './writes.js';

const METHODS = '/account/payment-methods';
const PAYMENTS = '/account/payments';

const methodsOf = (ctx: HandlerContext): JsonObject[] => (ctx.state.store.collections[METHODS] ??= []);

function cardType(number: string): string {
  if (number.startsWith('4')) return 'Visa';
  if (/^5[1-5]|^2[2-7]/.test(number)) return 'MasterCard';
  if (/^3[47]/.test(number)) return 'American Express';
  if (/^6/.test(number)) return 'Discover';
  return 'Unknown';
}

/** Luhn's checksum, which every card number passes. */
function luhn(number: string): boolean {
  let sum = 0;
  [...number].reverse().forEach((d, i) => {
    const n = Number(d) * (i % 2 ? 2 : 1);
    sum += n > 9 ? n - 9 : n;
  });
  return sum % 10 === 0;
}

/** The card's public part (type, last four, expiry), or field errors under `prefix`. */
function checkCard(ctx: HandlerContext, errors: FieldErrors, card: JsonObject, prefix: string): JsonObject | undefined {
  const { card_number, expiry_month, expiry_year, cvv } = card;
  const number = typeof card_number === 'string' ? card_number.replace(/[\s-]/g, '') : '';
  if (typeof card_number === 'string' && (!/^\d{14,24}$/.test(number) || !luhn(number)))
    errors.add(`${prefix}card_number`, 'Invalid card number');
  if (typeof cvv === 'string' && !/^\d{3,4}$/.test(cvv)) errors.add(`${prefix}cvv`, 'Invalid CVV');
  const now = new Date(ctx.state.now());
  if (Number.isInteger(expiry_year) && Number.isInteger(expiry_month)) {
    const [year, month] = [Number(expiry_year), Number(expiry_month)];
    if (year < now.getUTCFullYear() || (year === now.getUTCFullYear() && month < now.getUTCMonth() + 1))
      errors.add(`${prefix}expiry_year`, 'The card has expired');
  }
  if (errors.items.length > 0) return undefined;
  return {
    card_type: cardType(number),
    last_four: number.slice(-4),
    expiry: `${String(expiry_month).padStart(2, '0')}/${String(expiry_year)}`,
  };
}

function addMethod(ctx: HandlerContext, data: JsonObject, isDefault: boolean): JsonObject {
  const methods = methodsOf(ctx);
  if (isDefault) for (const m of methods) m.is_default = false;
  const method = {
    id: ctx.state.ids.nextAbove('paymentMethod', Math.max(0, ...methods.map((m) => Number(m.id)))),
    type: 'credit_card',
    is_default: isDefault || methods.length === 0,
    created: nowTime(ctx.state),
    data,
  };
  methods.push(method);
  return method;
}

/** POST /account/credit-card: the card becomes the account's card and its default payment method. */
export const addCreditCard: Handler = (ctx) => {
  const errors = new FieldErrors();
  checkFields(errors, ctx.op.request, ctx.body);
  const card = checkCard(ctx, errors, ctx.body, '');
  errors.throwIfAny();
  if (!card) throw badRequest('Invalid card');
  const account = (ctx.state.store.singletons['/account'] ??= {});
  account.credit_card = { last_four: card.last_four, expiry: card.expiry };
  addMethod(ctx, card, true);
  return ok({});
};

export const addPaymentMethod: Handler = (ctx) => {
  const errors = new FieldErrors();
  checkFields(errors, ctx.op.request, ctx.body);
  const data = isJsonObject(ctx.body.data) ? ctx.body.data : undefined;
  const card = data ? checkCard(ctx, errors, data, 'data.') : undefined;
  errors.throwIfAny();
  if (!card) throw badRequest('Invalid card', 'data');
  addMethod(ctx, card, ctx.body.is_default === true);
  return ok({});
};

function findMethod(ctx: HandlerContext): JsonObject {
  const method = methodsOf(ctx).find((m) => String(m.id) === ctx.params.paymentMethodId);
  if (!method) throw notFound();
  return method;
}

export const deletePaymentMethod: Handler = (ctx) => {
  const method = findMethod(ctx);
  if (method.is_default) throw badRequest('The default payment method cannot be deleted: make another one the default first');
  const methods = methodsOf(ctx);
  methods.splice(methods.indexOf(method), 1);
  return ok({});
};

export const makeDefaultPaymentMethod: Handler = (ctx) => {
  const method = findMethod(ctx);
  for (const m of methodsOf(ctx)) m.is_default = m === method;
  return ok({});
};

/** A payment of `usd` dollars: recorded, and taken off the balance. */
function pay(ctx: HandlerContext, usd: number): JsonObject {
  const payments = (ctx.state.store.collections[PAYMENTS] ??= []);
  const payment = {
    id: ctx.state.ids.nextAbove('payment', Math.max(0, ...payments.map((p) => Number(p.id)))),
    date: nowTime(ctx.state),
    usd,
  };
  payments.push(payment);
  const account = (ctx.state.store.singletons['/account'] ??= {});
  account.balance = Math.round((Number(account.balance ?? 0) - usd) * 100) / 100;
  return payment;
}

const dollars = (value: unknown): number => Number(String(value).replace(/^\$/, ''));

export const createPayment: Handler = (ctx) => {
  const errors = new FieldErrors();
  checkFields(errors, ctx.op.request, ctx.body);
  if (ctx.body.usd === undefined) errors.add('usd', 'usd is required');
  const { payment_method_id } = ctx.body;
  const methods = methodsOf(ctx);
  const method = payment_method_id === undefined ? methods.find((m) => m.is_default) : methods.find((m) => m.id === payment_method_id);
  if (payment_method_id !== undefined && !method) errors.add('payment_method_id', 'Payment method not found');
  if (!errors.has('usd') && dollars(ctx.body.usd) <= 0) errors.add('usd', 'usd must be more than 0');
  errors.throwIfAny();
  if (!method) throw badRequest('The account has no payment method to charge');
  return ok(pay(ctx, dollars(ctx.body.usd)));
};

/** PayPal payments started and not executed yet, by payment id. */
const PAYPAL = '/account/payments/paypal';
const started = (ctx: HandlerContext): JsonObject => (ctx.state.store.singletons[PAYPAL] ??= {});

export const createPayPalPayment: Handler = (ctx) => {
  const errors = new FieldErrors();
  checkFields(errors, ctx.op.request, ctx.body);
  const amount = dollars(ctx.body.usd);
  if (typeof ctx.body.usd === 'string' && !(amount >= 5 && amount <= 500))
    errors.add('usd', 'PayPal payments must be between $5.00 and $500.00');
  errors.throwIfAny();
  const { rng } = ctx.state;
  const payment_id = `PAY-${rng.hex(24).toUpperCase()}`;
  started(ctx)[payment_id] = amount;
  return ok({ payment_id, checkout_token: `EC-${rng.hex(17).toUpperCase()}` });
};

export const executePayPalPayment: Handler = (ctx) => {
  const errors = new FieldErrors();
  checkFields(errors, ctx.op.request, ctx.body);
  errors.throwIfAny();
  const pending = started(ctx);
  const id = String(ctx.body.payment_id);
  if (typeof pending[id] !== 'number') throw badRequest('PayPal payment not found', 'payment_id');
  pay(ctx, pending[id]);
  delete pending[id];
  return ok({});
};

/** Codes the emulated Linode knows: the credit each gives. */
const PROMO_CODES: Record<string, { monthly: string; total: string; summary: string }> = {
  'CLOUD-100': { monthly: '25.00', total: '100.00', summary: '$100 credit over four months' },
  PODCAST20: { monthly: '20.00', total: '20.00', summary: '$20 credit' },
};

const PROMO_ACCOUNT_AGE_MS = 90 * 86_400_000;

/** Only for accounts under 90 days old without a promotion yet, as the spec says. */
export const applyPromoCode: Handler = (ctx) => {
  const errors = new FieldErrors();
  checkFields(errors, ctx.op.request, ctx.body);
  errors.throwIfAny();
  const code = String(ctx.body.promo_code).toUpperCase();
  const promo = PROMO_CODES[code];
  if (!promo) throw badRequest('Invalid promo code', 'promo_code');
  const account = (ctx.state.store.singletons['/account'] ??= {});
  const since = Date.parse(`${String(account.active_since)}Z`);
  if (!(ctx.state.now() - since < PROMO_ACCOUNT_AGE_MS))
    throw badRequest('Promo codes can only be added to accounts less than 90 days old');
  const active = Array.isArray(account.active_promotions) ? account.active_promotions : (account.active_promotions = []);
  if (active.length > 0) throw new ApiError(400, [{ field: 'promo_code', reason: 'The account already has a promotional credit' }]);
  const promotion: JsonObject = {
    ...(blank(schemaFact('Promotion')) as JsonObject),
    credit_monthly_cap: promo.monthly,
    credit_remaining: promo.total,
    this_month_credit_remaining: promo.monthly,
    summary: promo.summary,
    description: `${promo.summary}, applied with code ${code}.`,
    expire_dt: `${new Date(ctx.state.now()).getUTCFullYear() + 1}-01-31T23:59:59`,
    image_url: '',
    service_type: 'all',
  };
  active.push(promotion);
  return ok(promotion);
};
