import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  // Output is committed; `npm run codegen:check` fails CI when it is stale.
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../api/context.ts#ApiContext',
        mapperTypeSuffix: 'Model',
        mappers: {
          Actor: '../db/records.ts#ActorRecord',
          Statement: '../db/records.ts#StatementRecord',
          Article: '../db/records.ts#ArticleRecord',
        },
        scalars: { Date: 'string' },
        avoidOptionals: { field: true, inputValue: false, object: false },
        maybeValue: 'T | null',
        inputMaybeValue: 'T | null | undefined',
      },
    },
  },
};

export default config;
