import { defineResource } from '../kit/resource.js';

export const BetaProgram = defineResource({
  name: 'BetaProgram',
  schema: 'BetaProgram',
  description: 'A beta program open to accounts.',
  path: '/betas',
  idKind: 'slug',
  root: { one: 'betaProgram', many: 'betaPrograms' },
});
