import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLFormattedError } from 'graphql';
import type { Config } from '../config.ts';
import { isUnavailable, QueryTimeoutError, type Database } from '../db/driver.ts';
import type { ApiContext } from './context.ts';
import { authPlugin, bearerKey } from './auth.ts';
import { EXPLORE_PATH, exploreRouter } from './explore.ts';
import { queryLimitRules } from './limits.ts';
import { createLoaders } from './loaders.ts';
import { resolvers } from './resolvers.ts';
import { loadTypeDefs } from './schema.ts';

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const KNOWN_CODES = new Set([
  'BAD_USER_INPUT', 'NOT_FOUND', 'UNAUTHENTICATED', 'FORBIDDEN', 'DATABASE_UNAVAILABLE', 'QUERY_TOO_COMPLEX',
  'PAYLOAD_TOO_LARGE', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Clients see codes and messages they can act on; anything unexpected is logged in full here
 * and reaches the client only as INTERNAL_SERVER_ERROR, so no Cypher or stack trace leaks.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = (error as { originalError?: unknown } | null)?.originalError ?? error;
  if (isUnavailable(original)) {
    return { message: 'The database is unavailable; try again shortly.', path: formatted.path, extensions: { code: 'DATABASE_UNAVAILABLE' } };
  }
  if (original instanceof QueryTimeoutError) {
    return { message: original.message, path: formatted.path, extensions: { code: 'QUERY_TIMEOUT', timeoutMs: original.timeoutMs } };
  }
  if (formatted.extensions?.queryLimit) {
    return { ...formatted, extensions: { ...formatted.extensions, code: 'QUERY_TOO_COMPLEX' } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && KNOWN_CODES.has(code)) return formatted;
  console.error('qawl: unexpected error while resolving', formatted.path?.join('.') ?? '(no path)', original);
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

export async function startServer(db: Database, config: Config): Promise<RunningServer> {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<ApiContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    introspection: true,
    formatError,
    validationRules: queryLimitRules(config.api),
    plugins: [
      authPlugin,
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false }),
    ],
  });
  await apollo.start();

  app.get('/health', async (_req, res) => {
    try {
      await db.verify();
      res.json({ status: 'ok', database: 'up' });
    } catch {
      res.status(503).json({ status: 'degraded', database: 'unavailable' });
    }
  });
  app.use(EXPLORE_PATH, exploreRouter());
  app.use(
    '/graphql',
    express.json({ limit: config.api.maxBodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const { presented, key } = bearerKey(req.headers.authorization, config.api.apiKeys);
        return { db, config, loaders: createLoaders(db), apiKey: key, presentedKey: presented };
      },
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://${config.host}:${port}/graphql`,
    port,
    close: () => apollo.stop(),
  };
}
