import type { GatewayContext } from '../../context.js';
import { upstreamCost } from '../kit/cost.js';
import { defineResource } from '../kit/resource.js';
import type { FieldMap } from '../kit/types.js';

interface ClientSecrets {
  api_key?: string | null;
  install_code?: string | null;
}

/** One fresh read of a client per request for both of its secrets (fresh reads are not memoised). */
const secretReads = new WeakMap<GatewayContext, Map<string, Promise<ClientSecrets>>>();

function secretsOf(ctx: GatewayContext, id: unknown): Promise<ClientSecrets> {
  let reads = secretReads.get(ctx);
  if (!reads) secretReads.set(ctx, (reads = new Map<string, Promise<ClientSecrets>>()));
  const key = String(id);
  let read = reads.get(key);
  if (!read) {
    read = ctx.upstream.get<ClientSecrets>(`/longview/clients/${key}`, { operation: 'GET /longview/clients/{id}', fresh: true });
    reads.set(key, read);
  }
  return read;
}

export const LongviewClient = defineResource({
  name: 'LongviewClient',
  schema: 'LongviewClient',
  description: 'A Longview monitoring client installed on a server.',
  path: '/longview/clients',
  idKind: 'int',
  root: { one: 'longviewClient', many: 'longviewClients' },
  omit: ['api_key', 'install_code'],
  // Linode sends both with every client; the gateway keeps neither (src/rest/secret-keys.ts).
  relations: (t): FieldMap => ({
    apiKey: t.string({
      nullable: true,
      description: 'SECRET: the key the Longview agent reports with. Read from Linode each time it is selected, never cached.',
      extensions: { linodeKey: 'api_key', ...upstreamCost.perParent },
      resolve: async (client, _args, ctx) => (await secretsOf(ctx, client.id)).api_key ?? null,
    }),
    installCode: t.string({
      nullable: true,
      description:
        'SECRET: the code that installs the agent already registered as this client. Read from Linode each time it is selected, never cached.',
      extensions: { linodeKey: 'install_code', ...upstreamCost.perParent },
      resolve: async (client, _args, ctx) => (await secretsOf(ctx, client.id)).install_code ?? null,
    }),
  }),
});
