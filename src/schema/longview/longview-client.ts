import { defineResource } from '../kit/resource.js';

export const LongviewClient = defineResource({
  name: 'LongviewClient',
  schema: 'LongviewClient',
  description: 'A Longview monitoring client installed on a server.',
  path: '/longview/clients',
  idKind: 'int',
  root: { one: 'longviewClient', many: 'longviewClients' },
});
