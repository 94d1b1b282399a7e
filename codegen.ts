// GraphQL Code Generator: the example service's documents (examples/documents/*.graphql) compiled
// against the printed schema into TypedDocumentNodes (examples/generated/graphql.ts, committed).
// `npm run codegen` writes it; `npm run codegen:check` fails when the committed file is stale.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: 'examples/documents/*.graphql',
  generates: {
    'examples/generated/graphql.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        useTypeImports: true,
        enumType: 'string-literal',
        strictScalars: true,
        scalars: { DateTime: 'string', JSON: 'unknown', SafeInt: 'number' },
      },
    },
  },
};

export default config;
