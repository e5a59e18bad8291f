import type { CodegenConfig } from '@graphql-codegen/cli';

const records = '../db/records.ts';

/** Both clients (the tests' and README's operations, the explorer page) type their documents alike. */
const CLIENT_CONFIG = {
  useTypeImports: true,
  enumsAsTypes: true,
  scalars: { Date: 'string', PartialDate: 'string', DateTime: 'string', JSON: 'unknown' },
  avoidOptionals: { field: true, inputValue: false, object: false },
  maybeValue: 'T | null',
  inputMaybeValue: 'T | null | undefined',
  onlyOperationTypes: true,
};

const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  // Output is committed; `npm run codegen:check` fails CI when it is stale.
  generates: {
    // Server side: resolver signatures whose parents are the records src/db returns.
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../api/context.ts#ApiContext',
        mapperTypeSuffix: 'Model',
        mappers: {
          Actor: `${records}#ActorRecord`,
          Statement: `${records}#StatementRecord`,
          Article: `${records}#ArticleRecord`,
          Event: `${records}#EventRecord`,
          Place: `${records}#PlaceRecord`,
          Sector: `${records}#SectorRecord`,
          SpeakerStatements: `${records}#SpeakerStatementsRecord`,
          WhoSaidWhat: `${records}#WhoSaidWhatRecord`,
          Stance: `${records}#StanceRecord`,
          Denial: `${records}#ContradictionRecord`,
          TimelineEntry: `${records}#TimelineEntryRecord`,
          GraphView: `${records}#GraphViewRecord`,
          // Connections: totalCount may come later than the page (only when selected); the
          // statement, event and article connections carry their filter for `aggregate`.
          StatementConnection: `${records}#StatementConnectionRecord`,
          ActorConnection: `${records}#ActorConnectionRecord`,
          EventConnection: `${records}#EventConnectionRecord`,
          ArticleConnection: `${records}#ArticleConnectionRecord`,
          SectorConnection: `${records}#SectorConnectionRecord`,
          StanceConnection: `${records}#StanceConnectionRecord`,
          DenialConnection: `${records}#ContradictionConnectionRecord`,
          SearchConnection: `${records}#SearchConnectionRecord`,
          SearchEdge: `${records}#SearchEdgeRecord`,
          SpeakerStatementsConnection: `${records}#SpeakerStatementsConnectionRecord`,
          TimelineConnection: `${records}#TimelineConnectionRecord`,
          MentionConnection: `${records}#MentionConnectionRecord`,
          Mention: `${records}#MentionRecord`,
          StatementAggregate: '../api/resolvers/network.ts#StatementAggregateModel',
          EventAggregate: '../api/resolvers/network.ts#EventAggregateModel',
          ArticleAggregate: '../api/resolvers/network.ts#ArticleAggregateModel',
          ActorNetwork: '../db/queries/network.ts#ActorNetworkRecord',
          Path: '../db/queries/network.ts#PathRecord',
        },
        scalars: { Date: 'string', PartialDate: 'string', DateTime: 'string', JSON: 'unknown' },
        avoidOptionals: { field: true, inputValue: false, object: false },
        maybeValue: 'T | null',
        inputMaybeValue: 'T | null | undefined',
      },
    },
    // Client side: typed documents for the operations the tests and the README use.
    'src/generated/operations.ts': {
      documents: 'schema/operations/*.graphql',
      plugins: ['typescript', 'typescript-operations', 'typed-document-node'],
      config: CLIENT_CONFIG,
    },
    // The explorer page (src/web/): its own operations, typed documents it sends through urql.
    'src/web/generated/graphql.ts': {
      documents: 'src/web/**/*.graphql',
      plugins: ['typescript', 'typescript-operations', 'typed-document-node'],
      config: CLIENT_CONFIG,
    },
  },
};

export default config;
