// Mesh Compose configuration: the Linode OpenAPI spec (4.176.0) as one subgraph, its base URL the
// emulator's (LINODE_API_URL; run.mjs composes with `mesh-compose -o FILE`), the client's
// Authorization header passed through to every upstream request.
//
// Two things in the spec break Mesh's answers against Linode (and against the emulator, which
// answers as Linode does); each is worked around here, the rest of the spec is used as it is:
// - The Linode and Firewall `label` patterns, '^[a-zA-Z]((?!--|__|..)[a-zA-Z0-9-_.])+$', have
//   unescaped dots: `(?!..)` refuses any two characters, so no label of 3 or more characters
//   matches, and Mesh validates answers against @regexp scalars: every label became "Unexpected
//   error". A patched copy of the spec escapes the dots ('\.\.'), as the description intends.
// - `format: date-time` becomes Mesh's DateTime scalar, which needs a UTC offset; Linode's
//   timestamps have none ("2021-05-03T07:37:11"), so every `created` failed ("DateTime cannot
//   represent an invalid date-time-string"). getScalarForFormat maps date-time to String.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphQLString } from 'graphql';
import { defineConfig } from '@graphql-mesh/compose-cli';
import { loadOpenAPISubgraph } from '@omnigraph/openapi';

/** Writes the patched copy of the spec (to a temporary directory, never into the repository). */
function patchedSpec() {
  const spec = readFileSync(new URL('../../packages/linode-facts/data/openapi-4.176.0.yaml', import.meta.url), 'utf8');
  const broken = "'^[a-zA-Z]((?!--|__|..)[a-zA-Z0-9-_.])+$'";
  const fixed = "'^[a-zA-Z]((?!--|__|\\.\\.)[a-zA-Z0-9-_.])+$'";
  if (spec.split(broken).length - 1 !== 2) throw new Error(`expected the broken label pattern twice in the spec`);
  const out = process.env.MESH_SPEC_DIR ?? join(tmpdir(), 'bench-mesh-spec');
  mkdirSync(out, { recursive: true });
  const patched = join(out, 'openapi-4.176.0.patched.yaml');
  // A function, not a string: in a replacement string `$'` means "the rest of the text".
  writeFileSync(
    patched,
    spec.replaceAll(broken, () => fixed),
  );
  return patched;
}

export const composeConfig = defineConfig({
  subgraphs: [
    {
      // Called by Mesh Compose only (the Hive Gateway CLI also imports this file, looking for a
      // `gatewayConfig` export).
      sourceHandler: (ctx) =>
        loadOpenAPISubgraph('Linode', {
          source: patchedSpec(),
          endpoint: process.env.LINODE_API_URL ?? 'https://api.linode.com/v4',
          operationHeaders: { Authorization: '{context.headers.authorization}' },
          getScalarForFormat: (format) => (format === 'date-time' ? GraphQLString : undefined),
        })(ctx),
    },
  ],
});
