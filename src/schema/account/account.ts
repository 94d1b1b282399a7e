import type { GatewayContext } from '../../context.js';
import { schemaFact } from 'linode-facts';
import { builder } from '../builder.js';
import { upstreamCost } from '../kit/cost.js';
import { factObjectRef, type LinodeRecord } from '../kit/fact-fields.js';

const AccountRef = factObjectRef('Account', 'Account', schemaFact('Account'));
const ProfileRef = factObjectRef('Profile', 'Profile', schemaFact('Profile'));

builder.queryFields((t) => ({
  account: t.field({
    type: AccountRef,
    nullable: true,
    description: 'The account the token belongs to: contact details, balance, capabilities.',
    extensions: upstreamCost.perParent,
    resolve: (_root, _args, ctx: GatewayContext) => ctx.upstream.get<LinodeRecord>('/account', { operation: 'GET /account' }),
  }),
  profile: t.field({
    type: ProfileRef,
    nullable: true,
    description: 'The user the token belongs to.',
    extensions: upstreamCost.perParent,
    resolve: (_root, _args, ctx: GatewayContext) => ctx.upstream.get<LinodeRecord>('/profile', { operation: 'GET /profile' }),
  }),
}));
