// The profile's own singletons: preferences (free-form, kept by Cloud Manager) and security questions.
import type { SecurityQuestionsGet } from 'linode-facts/shapes';
import { Profile } from '../account/account.js';
import { Login } from '../account/login.js';
import { builder } from '../builder.js';
import { upstreamCost } from '../kit/cost.js';
import { factObject } from '../kit/fact-object.js';
import { validId } from '../kit/ids.js';

// The answers are left out: they recover the account, like a password.
export const SecurityQuestion = factObject({
  name: 'SecurityQuestion',
  schema: 'SecurityQuestionsGet',
  at: 'security_questions',
  description: 'A security question the user may answer for account recovery.',
  omit: ['response'],
});

builder.objectFields(Profile.ref, (t) => ({
  preferences: t.field({
    type: 'JSON',
    nullable: true,
    description: "The user's interface preferences, free-form JSON that clients keep (fetched only when selected).",
    extensions: upstreamCost.perParent,
    resolve: (_p, _args, ctx) => ctx.upstream.get<unknown>('/profile/preferences', { operation: 'GET /profile/preferences' }),
  }),
  securityQuestions: t.field({
    type: t.listRef(SecurityQuestion.ref, { nullable: true }),
    nullable: true,
    description: 'The security questions the user may choose from, without their answers (fetched only when selected).',
    extensions: upstreamCost.perParent,
    resolve: async (_p, _args, ctx) =>
      (await ctx.upstream.get<SecurityQuestionsGet>('/profile/security-questions', { operation: 'GET /profile/security-questions' }))
        .security_questions ?? [],
  }),
}));

builder.queryFields((t) => ({
  profileLogin: t.field({
    type: Login.ref,
    nullable: true,
    description: "One login of the token's user by its id; null with a NOT_FOUND error when there is none.",
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const id = validId('int', args.id);
      return Login.fromLinode(await ctx.upstream.get(`/profile/logins/${id}`, { operation: 'GET /profile/logins/{loginId}' }));
    },
  }),
}));
