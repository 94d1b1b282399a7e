import { defineResource } from '../kit/resource.js';

export const StackScript = defineResource({
  name: 'StackScript',
  schema: 'StackScript',
  description: "A deployment script run on an instance's first boot.",
  path: '/linode/stackscripts',
  idKind: 'int',
  root: { one: 'stackScript', many: 'stackScripts' },
});
