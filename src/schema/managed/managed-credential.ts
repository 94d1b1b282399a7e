import { builder } from '../builder.js';
import { upstreamCost } from '../kit/cost.js';
import { defineResource } from '../kit/resource.js';

// Linode never answers a credential's username or password: only its label and last use.
export const ManagedCredential = defineResource({
  name: 'ManagedCredential',
  schema: 'ManagedCredential',
  description: 'A login Linode Managed keeps to reach a monitored service (its secret is never shown).',
  path: '/managed/credentials',
  idKind: 'int',
  root: { one: 'managedCredential', many: 'managedCredentials' },
});

builder.queryFields((t) => ({
  managedSSHPublicKey: t.string({
    nullable: true,
    description: 'The public SSH key Linode Managed logs in to instances with (add it to their authorized keys).',
    extensions: upstreamCost.perParent,
    resolve: async (_root, _args, ctx) =>
      (
        await ctx.upstream.get<{ ssh_key?: string | null }>('/managed/credentials/sshkey', {
          operation: 'GET /managed/credentials/sshkey',
        })
      ).ssh_key ?? null,
  }),
}));
