import { builder } from '../builder.js';
import { relation } from '../kit/relation.js';
import { defineResource } from '../kit/resource.js';
import type { FieldMap } from '../kit/types.js';
import { Account } from './account.js';
import { BetaProgram } from './beta-program.js';

export const EnrolledBetaProgram = defineResource({
  name: 'EnrolledBetaProgram',
  schema: 'BetaProgramEnrolled',
  description: 'A beta program the account has joined, with when it joined.',
  path: '/account/betas',
  idKind: 'slug',
  root: { one: 'enrolledBetaProgram' },
  relations: (t): FieldMap => ({
    program: relation(t, BetaProgram, (beta) => beta.id, 'The beta program itself, as every account sees it.'),
  }),
});

builder.objectFields(Account.ref, (t) => ({
  betas: EnrolledBetaProgram.connectionField(t, 'Beta programs the account has joined.', () => '/account/betas'),
}));
