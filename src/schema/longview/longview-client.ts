import { defineResource } from '../kit/resource.js';
import type { FieldMap } from '../kit/types.js';

export const LongviewClient = defineResource({
  name: 'LongviewClient',
  schema: 'LongviewClient',
  description: 'A Longview monitoring client installed on a server.',
  path: '/longview/clients',
  idKind: 'int',
  root: { one: 'longviewClient', many: 'longviewClients' },
  omit: ['api_key', 'install_code'],
  // Linode lists both with every client: whoever holds them can report data as the client.
  relations: (t): FieldMap => ({
    apiKey: t.string({
      nullable: true,
      description: 'SECRET: the key the Longview agent reports with (Linode sends it with every client).',
      extensions: { linodeKey: 'api_key' },
      resolve: (client) => client.api_key ?? null,
    }),
    installCode: t.string({
      nullable: true,
      description: 'SECRET: the code that installs the agent already registered as this client.',
      extensions: { linodeKey: 'install_code' },
      resolve: (client) => client.install_code ?? null,
    }),
  }),
});
