// Writes of the token's own user: the profile, preferences, two-factor login, security
// questions, phone number, personal access tokens (the token shown once), authorized apps and
// trusted devices.
import { schemaFact } from 'linode-facts/spec';
import { REDACTED } from '../data/seed-helpers.js';
import { badRequest, FieldErrors } from '../errors.js';
import { asString, isJsonObject, objectsIn } from '../json.js';
import { linodeTime } from '../time.js';
import type { JsonObject } from '../types.js';
import { ok, recordEvent, type Handler, type HandlerContext } from './context.js';
import { collectionPlace } from './places.js';
import { checkFields } from './validate.js';
import { createHandler, itemEntity, mergeWritable, type WriteRules } from './writes.js';

const profileOf = (ctx: HandlerContext): JsonObject => (ctx.state.store.singletons['/profile'] ??= {});

/** Profile events are about the user (`uid`). */
function profileEvent(ctx: HandlerContext, action: string): void {
  const profile = profileOf(ctx);
  recordEvent(ctx.state, action, { id: Number(profile.uid ?? 0), label: String(profile.username) }, 'profile', 'finished', '/v4/profile');
}

const checked = (ctx: HandlerContext, extra?: (errors: FieldErrors) => void): void => {
  const errors = new FieldErrors();
  checkFields(errors, ctx.op.request, ctx.body);
  extra?.(errors);
  errors.throwIfAny();
};

export const updateProfile: Handler = (ctx) => {
  checked(ctx, (errors) => {
    const { email } = ctx.body;
    if (typeof email === 'string' && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) errors.add('email', 'email must be a valid email address');
  });
  const profile = profileOf(ctx);
  mergeWritable(profile, ctx.body, ctx.op.request, schemaFact('Profile'));
  profileEvent(ctx, 'profile_update');
  return ok(profile);
};

/** Preferences are whatever JSON object the client stores, up to 65535 characters of it. */
export const updatePreferences: Handler = (ctx) => {
  if (JSON.stringify(ctx.body).length > 65_535) throw badRequest('Preferences must be at most 65535 characters of JSON');
  ctx.state.store.singletons['/profile/preferences'] = ctx.body;
  return ok(ctx.body);
};

// Two-factor login: enable gives a secret, confirming with a code from it turns it on.
const TFA = '/profile/tfa-enable';
const TFA_SECRET_MS = 15 * 60_000;
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export const enableTfa: Handler = (ctx) => {
  if (profileOf(ctx).two_factor_auth === true) throw badRequest('Two-factor authentication is already enabled');
  const { rng } = ctx.state;
  const secret = Array.from({ length: 16 }, () => BASE32[rng.int(0, 31)]).join('');
  const expiry = linodeTime(ctx.state.now() + TFA_SECRET_MS);
  ctx.state.store.singletons[TFA] = { secret, expiry };
  return ok({ secret, expiry });
};

export const confirmTfa: Handler = (ctx) => {
  checked(ctx);
  const pending = ctx.state.store.singletons[TFA];
  if (!pending || Date.parse(`${String(pending.expiry)}Z`) <= ctx.state.now())
    throw badRequest('Enable two-factor authentication first: no secret is waiting for confirmation');
  if (!/^\d{6}$/.test(asString(ctx.body.tfa_code) ?? '')) throw badRequest('Invalid two-factor code', 'tfa_code');
  delete ctx.state.store.singletons[TFA];
  profileOf(ctx).two_factor_auth = true;
  profileEvent(ctx, 'tfa_enabled');
  return ok({ scratch: ctx.state.rng.hex(16) });
};

export const disableTfa: Handler = (ctx) => {
  const profile = profileOf(ctx);
  if (profile.two_factor_auth !== true) throw badRequest('Two-factor authentication is not enabled');
  profile.two_factor_auth = false;
  profileEvent(ctx, 'tfa_disabled');
  return ok({});
};

/** Three different questions of the list, each answered in 3 to 17 characters. */
export const answerSecurityQuestions: Handler = (ctx) => {
  const questions = objectsIn(ctx.state.store.singletons['/profile/security-questions']?.security_questions);
  const answers = objectsIn(ctx.body.security_questions);
  checked(ctx, (errors) => {
    if (answers.length !== 3) errors.add('security_questions', 'Answer exactly three security questions');
    const ids = answers.map((a) => a.question_id);
    answers.forEach((a, i) => {
      if (!questions.some((q) => q.id === a.question_id)) errors.add(`security_questions[${i}].question_id`, 'Unknown question');
      else if (ids.indexOf(a.question_id) !== i) errors.add(`security_questions[${i}].question_id`, 'Each question may be answered once');
    });
  });
  for (const q of questions) {
    const answer = answers.find((a) => a.question_id === q.id);
    q.response = answer ? answer.response : '';
  }
  const chosen = answers.map((a) => ({
    question_id: a.question_id,
    response: a.response,
    security_question: questions.find((q) => q.id === a.question_id)?.question,
  }));
  return ok({ security_questions: chosen });
};

// Phone number: a code is texted, verifying with it sets the number.
const PHONE = '/profile/phone-number';

export const sendPhoneCode: Handler = (ctx) => {
  checked(ctx, (errors) => {
    if (typeof ctx.body.phone_number === 'string' && !/^[0-9 ()+-]{7,20}$/.test(ctx.body.phone_number))
      errors.add('phone_number', 'Invalid phone number');
  });
  const { iso_code, phone_number } = ctx.body;
  const code = String(ctx.state.rng.int(100_000, 999_999));
  ctx.state.store.singletons[PHONE] = { iso_code, phone_number, otp_code: code, expiry: linodeTime(ctx.state.now() + 10 * 60_000) };
  return ok({});
};

export const verifyPhone: Handler = (ctx) => {
  checked(ctx);
  const pending = ctx.state.store.singletons[PHONE];
  if (!pending || Date.parse(`${String(pending.expiry)}Z`) <= ctx.state.now()) throw badRequest('Request a verification code first');
  if (ctx.body.otp_code !== pending.otp_code) throw badRequest('Invalid verification code', 'otp_code');
  delete ctx.state.store.singletons[PHONE];
  const digits = String(pending.phone_number).replace(/\D/g, '');
  profileOf(ctx).verified_phone_number = `${pending.iso_code === 'US' ? '+1' : '+'}${digits}`;
  return ok({});
};

export const deletePhone: Handler = (ctx) => {
  const profile = profileOf(ctx);
  if (!profile.verified_phone_number) throw badRequest('The profile has no verified phone number');
  profile.verified_phone_number = null;
  return ok({});
};

// Personal access tokens: the token is in the creation answer only.
export const tokenRules: WriteRules = {
  place: collectionPlace('/profile/tokens'),
  idKind: 'token',
  event: {
    create: 'token_create',
    update: 'token_update',
    delete: 'token_delete',
    entity: itemEntity('token', '/profile/tokens'),
  },
  check: (ctx, errors) => {
    const { expiry } = ctx.body;
    if (typeof expiry === 'string' && !(Date.parse(`${expiry.replace(/Z$/, '')}Z`) > ctx.state.now()))
      errors.add('expiry', 'expiry must be a time in the future');
  },
  deleted: (ctx, item) => {
    const token = issuedOf(ctx).get(Number(item.id));
    if (token && ctx.tokens) delete ctx.tokens[token];
  },
  initial: (ctx) => ({
    token: REDACTED,
    scopes: typeof ctx.body.scopes === 'string' ? ctx.body.scopes : '*',
    // Without expiry a token never expires, and answers null (data/profile.ts).
    expiry: typeof ctx.body.expiry === 'string' ? ctx.body.expiry.replace(/Z$/, '') : null,
    label: typeof ctx.body.label === 'string' ? ctx.body.label : '',
  }),
};

const createTokenItem = createHandler(tokenRules, () => schemaFact('PersonalAccessToken'));

/** Token values by token id, so that revoking a token stops it working. */
const issued = new WeakMap<object, Map<number, string>>();
function issuedOf(ctx: HandlerContext): Map<number, string> {
  let found = issued.get(ctx.state.store);
  if (!found) {
    found = new Map<number, string>();
    issued.set(ctx.state.store, found);
  }
  return found;
}

/** The new token works at once, with its scopes, until it is deleted. */
export const createToken: Handler = (ctx) => {
  const created = createTokenItem(ctx);
  if (!('body' in created) || !isJsonObject(created.body)) return created;
  const token = ctx.state.rng.hex(64);
  if (ctx.tokens) {
    ctx.tokens[token] = String(created.body.scopes);
    issuedOf(ctx).set(Number(created.body.id), token);
  }
  return ok({ ...created.body, token });
};

export const appRules: WriteRules = { place: collectionPlace('/profile/apps') };
export const deviceRules: WriteRules = { place: collectionPlace('/profile/devices') };
