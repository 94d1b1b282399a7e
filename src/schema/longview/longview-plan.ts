import { builder } from '../builder.js';
import { upstreamCost } from '../kit/cost.js';
import { defineResource, PUBLIC_CATALOG } from '../kit/resource.js';

export const LongviewPlan = defineResource({
  name: 'LongviewPlan',
  schema: 'LongviewSubscription',
  description: 'A Longview Pro plan: how many clients it includes and its price. A public catalog.',
  path: '/longview/subscriptions',
  idKind: 'slug',
  root: { one: 'longviewPlan', many: 'longviewPlans' },
  catalog: PUBLIC_CATALOG,
});

builder.queryFields((t) => ({
  currentLongviewPlan: t.field({
    type: LongviewPlan.ref,
    nullable: true,
    description: 'The Longview Pro plan the account pays for; null on the free plan.',
    extensions: upstreamCost.perParent,
    resolve: async (_root, _args, ctx) => {
      const plan = await ctx.upstream.get<Record<string, unknown>>('/longview/plan', { operation: 'GET /longview/plan' });
      return typeof plan.id === 'string' ? LongviewPlan.fromLinode(plan) : null;
    },
  }),
}));
