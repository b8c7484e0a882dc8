import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

/**
 * The web app's typed operations (`npm run codegen:web`), from the documents in web/src/operations.ts
 * against the supergraph the gateway serves. Persisted documents: each operation is sent by its sha256
 * hash only; web/persisted-manifest.mjs then writes the gateway's manifest from them. __typename is
 * added here, so that what Apollo Client's cache asks for is what is registered.
 */
const config: CodegenConfig = {
  overwrite: true,
  schema: 'schema/supergraph.graphql',
  documents: ['web/src/**/*.ts', 'web/src/**/*.tsx', '!web/src/gql/**'],
  generates: {
    'web/src/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: 'sha256', hashPropertyName: 'hash' },
      },
      documentTransforms: [addTypenameSelectionDocumentTransform],
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { DateTime: 'string', Date: 'string' } },
    },
  },
};

export default config;
