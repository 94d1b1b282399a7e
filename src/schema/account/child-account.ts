import { builder } from '../builder.js';
import { defineResource } from '../kit/resource.js';
import { Account } from './account.js';

export const ChildAccount = defineResource({
  name: 'ChildAccount',
  schema: 'ChildAccount',
  description: 'An account managed by this (parent) account, as Akamai partners have them.',
  path: '/account/child-accounts',
  idKind: 'slug',
  idField: 'euuid',
  root: { one: 'childAccount' },
});

builder.objectFields(Account.ref, (t) => ({
  childAccounts: ChildAccount.connectionField(
    t,
    'The child accounts of a parent account (empty for others).',
    () => '/account/child-accounts',
  ),
}));
