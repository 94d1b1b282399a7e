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
