import { builder } from '../builder.js';
import { defineResource } from '../kit/resource.js';
import { Account } from './account.js';

export const PaymentMethod = defineResource({
  name: 'PaymentMethod',
  schema: 'PaymentMethod',
  description: 'A way the account pays: a card (only its type, last four digits and expiry), Google Pay or PayPal.',
  path: '/account/payment-methods',
  idKind: 'int',
  root: { one: 'paymentMethod' },
});

builder.objectFields(Account.ref, (t) => ({
  paymentMethods: PaymentMethod.connectionField(t, "The account's payment methods.", () => '/account/payment-methods'),
}));
