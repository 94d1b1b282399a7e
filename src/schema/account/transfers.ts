// Transfers of Linodes between accounts. Linode renamed entity transfers to service transfers:
// both collections answer the same objects, and both are reachable while both exist.
import { builder } from '../builder.js';
import { defineResource } from '../kit/resource.js';
import { Account } from './account.js';

const about = 'Identified by its token, which the receiving account uses to accept it.';

export const ServiceTransfer = defineResource({
  name: 'ServiceTransfer',
  schema: 'ServiceTransfer',
  description: `A transfer of Linodes to or from another account. ${about}`,
  path: '/account/service-transfers',
  idKind: 'slug',
  idField: 'token',
  root: { one: 'serviceTransfer' },
});

export const EntityTransfer = defineResource({
  name: 'EntityTransfer',
  schema: 'EntityTransfer',
  description: `A transfer of Linodes to or from another account, under its older name. ${about}`,
  path: '/account/entity-transfers',
  idKind: 'slug',
  idField: 'token',
  root: { one: 'entityTransfer' },
});

builder.objectFields(Account.ref, (t) => ({
  serviceTransfers: ServiceTransfer.connectionField(
    t,
    'Transfers of Linodes this account sent or received.',
    () => '/account/service-transfers',
  ),
  entityTransfers: EntityTransfer.connectionField(
    t,
    'The same transfers through their older collection (prefer serviceTransfers).',
    () => '/account/entity-transfers',
  ),
}));
