import type { AccountSettings as SettingsShape, Transfer } from 'linode-facts/shapes';
import { builder } from '../builder.js';
import { Region } from '../catalogs/region.js';
import { upstreamCost } from '../kit/cost.js';
import { factObject } from '../kit/fact-object.js';
import { relation } from '../kit/relation.js';
import { Account } from './account.js';

/** Account-wide defaults: Managed, Longview, network helper, backups for new Linodes. */
export const AccountSettings = factObject({ name: 'AccountSettings', schema: 'AccountSettings' });
/** The account's network transfer pool this month. */
export const AccountTransfer = factObject({ name: 'AccountTransfer', schema: 'Transfer' });
AccountTransfer.relate('region_transfers', (t) => ({
  region: relation(t, Region, (r) => r.id, 'The region of this part of the pool.'),
}));

builder.objectFields(Account.ref, (t) => ({
  settings: t.field({
    type: AccountSettings.ref,
    nullable: true,
    description: "The account's settings (fetched only when selected).",
    extensions: upstreamCost.perParent,
    resolve: (_a, _args, ctx) => ctx.upstream.get<SettingsShape>('/account/settings', { operation: 'GET /account/settings' }),
  }),
  transfer: t.field({
    type: AccountTransfer.ref,
    nullable: true,
    description: "This month's network transfer pool of the account, in GB (fetched only when selected).",
    extensions: upstreamCost.perParent,
    resolve: (_a, _args, ctx) => ctx.upstream.get<Transfer>('/account/transfer', { operation: 'GET /account/transfer' }),
  }),
}));
