import type { Account as AccountShape, Profile as ProfileShape } from 'linode-facts/shapes';
import { builder } from '../builder.js';
import { upstreamCost } from '../kit/cost.js';
import { factObject } from '../kit/fact-object.js';

/** The account the token belongs to (its lists hang off it: see notification.ts, availability.ts). */
export const Account = factObject({ name: 'Account', schema: 'Account' });
/** The user the token belongs to. */
export const Profile = factObject({ name: 'Profile', schema: 'Profile' });

builder.queryFields((t) => ({
  account: t.field({
    type: Account.ref,
    nullable: true,
    description: 'The account the token belongs to: contact details, balance, capabilities.',
    extensions: upstreamCost.perParent,
    resolve: (_root, _args, ctx) => ctx.upstream.get<AccountShape>('/account', { operation: 'GET /account' }),
  }),
  profile: t.field({
    type: Profile.ref,
    nullable: true,
    description: 'The user the token belongs to.',
    extensions: upstreamCost.perParent,
    resolve: (_root, _args, ctx) => ctx.upstream.get<ProfileShape>('/profile', { operation: 'GET /profile' }),
  }),
}));
