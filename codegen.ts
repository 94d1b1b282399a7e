// GraphQL Code Generator: the example service's documents (examples/documents/*.graphql) compiled
// against the printed schema into TypedDocumentNodes (examples/generated/graphql.ts, committed).
// `npm run codegen` writes it; `npm run codegen:check` fails when the committed file is stale.
import type { CodegenConfig } from '@graphql-codegen/cli';
import { scalars } from './src/clients/codegen-scalars.generated.js';

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
        // DateTime is a string (RFC 3339), SafeInt a number, JSON unknown: `npm run client-config` writes them from the schema.
        scalars,
      },
    },
  },
};

export default config;
