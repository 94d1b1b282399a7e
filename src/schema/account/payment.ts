import { defineResource } from '../kit/resource.js';

export const Payment = defineResource({
  name: 'Payment',
  schema: 'Payment',
  description: 'A payment made to the account.',
  path: '/account/payments',
  idKind: 'int',
  root: { one: 'payment', many: 'payments' },
});
