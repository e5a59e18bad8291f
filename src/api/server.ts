import http from 'node:http';
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type NextFunction, type Request, type Response } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { isUnavailable, QueryTimeoutError, type Database } from '../db/driver.ts';
import { migrate } from '../db/migrations.ts';
import { DatabaseMonitor } from '../db/monitor.ts';
import { AdmissionQueue, admissionPlugin } from './admission.ts';
import { authPlugin, bearerKey, type Credentials } from './auth.ts';
import { apiError, sendHttpError } from './errors.ts';
import { EXPLORE_PATH, exploreRouter } from './explore.ts';
import { queryProtection } from './limits.ts';
import { createLoaders } from './loaders.ts';
import { createLogger, requestLogging } from './logging.ts';
import { resolvers } from './resolvers.ts';
import { STRICT_SCALARS } from './scalars.ts';
import { loadTypeDefs } from './schema.ts';
import type { Config } from '../config.ts';
import type { ApiContext } from './context.ts';
import type { GraphQLFormattedError } from 'graphql';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';

export interface RunningServer {
  url: string;
  port: number;
  monitor: DatabaseMonitor;
  /** Stops accepting, lets requests in flight finish (at most QAWL_SHUTDOWN_GRACE_MS), stops probing. The database stays open. */
  close(): Promise<void>;
}

export interface ServerOptions {
  /** Run once the database is reachable, before the server reports ready (default: migrations). */
  prepare?: () => Promise<void>;
  logger?: Logger;
}

const KNOWN_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'DATABASE_UNAVAILABLE',
  'QUERY_TOO_COMPLEX',
  'PAYLOAD_TOO_LARGE',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'SERVER_BUSY',
  'REQUEST_TIMEOUT',
]);

/** How long a client should wait before retrying while the database is away. */
const RETRY_AFTER_SECONDS = 5;
/** Node's own guard against slow senders: headers must arrive within this. */
const HEADERS_TIMEOUT_MS = 20_000;

/** An error no client code can act on: logged in full on the server, masked for the client. */
function isUnexpected(formatted: GraphQLFormattedError, original: unknown): boolean {
  if (isUnavailable(original) || original instanceof QueryTimeoutError || formatted.extensions?.queryLimit) return false;
  const code = formatted.extensions?.code;
  return !(typeof code === 'string' && KNOWN_CODES.has(code));
}

const originalOf = (error: unknown) => (error as { originalError?: unknown } | null)?.originalError ?? error;

/**
 * Clients see codes and messages they can act on; anything unexpected reaches the client only
 * as INTERNAL_SERVER_ERROR, so no Cypher, stack trace or version leaks (the request's log line
 * has it, see errorLogging). Development keeps the original message for whoever runs it.
 */
/**
 * A literal the scalar refused (`from: "2024-02-30"`) fails validation, which graphql reports as
 * `Expected value of type "Date", found …` with GRAPHQL_VALIDATION_FAILED.
 */
const SCALAR_LITERAL_ERROR = new RegExp(`^Expected value of type "(${STRICT_SCALARS.join('|')})!?", found `);
function isScalarLiteralError(formatted: GraphQLFormattedError): boolean {
  return formatted.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' && SCALAR_LITERAL_ERROR.test(formatted.message);
}

export function formatError(formatted: GraphQLFormattedError, error: unknown, exposeInternals = false): GraphQLFormattedError {
  const original = originalOf(error);
  if (isUnavailable(original)) {
    return {
      message: 'The database is unavailable; try again shortly.',
      path: formatted.path,
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    };
  }
  if (original instanceof QueryTimeoutError) {
    return { message: original.message, path: formatted.path, extensions: { code: 'QUERY_TIMEOUT', timeoutMs: original.timeoutMs } };
  }
  if (formatted.extensions?.queryLimit) {
    return {
      message: formatted.message,
      locations: formatted.locations,
      extensions: { ...formatted.extensions, code: 'QUERY_TOO_COMPLEX' },
    };
  }
  if (isScalarLiteralError(formatted)) {
    // A bad date written in the query is the same mistake as one in a variable: BAD_USER_INPUT either way.
    formatted = { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } };
  }
  if (!isUnexpected(formatted, original)) {
    if (exposeInternals) return formatted;
    // Stack traces are added by Apollo only when asked; strip anything else internal.
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

/** Logs what formatError masks, on the request's own logger, so its id ties the client's error to the cause. */
const errorLogging: ApolloServerPlugin<ApiContext> = {
  async requestDidStart({ contextValue }) {
    return {
      async didResolveOperation({ operationName }) {
        contextValue.res.locals.operationName = operationName ?? undefined;
      },
      async didEncounterErrors({ errors }) {
        for (const error of errors) {
          const original = originalOf(error);
          if (isUnexpected(error, original))
            contextValue.log.error({ err: original, path: error.path?.join('.') }, 'unexpected error while resolving');
        }
      },
    };
  },
};

/**
 * The database's state shapes the HTTP answer: while it is not ready, operations are refused at
 * once with 503 and Retry-After (instead of each waiting on connection timeouts); when a field
 * met an unavailable database mid-request, the response is 503 too and the monitor probes.
 */
function availabilityPlugin(monitor: DatabaseMonitor): ApolloServerPlugin<ApiContext> {
  const retryAfter = new HeaderMap([['retry-after', String(RETRY_AFTER_SECONDS)]]);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation() {
          if (!monitor.ready) {
            throw apiError('DATABASE_UNAVAILABLE', 'The database is unavailable; try again shortly.', {
              http: { status: 503, headers: retryAfter },
            });
          }
        },
        async willSendResponse({ response, errors }) {
          const unavailable = (errors ?? []).find((e) => isUnavailable(originalOf(e)));
          if (!unavailable) return;
          monitor.reportUnavailable(originalOf(unavailable));
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}

/** GraphQL-over-HTTP: a POST body is JSON (`application/json`, UTF-8); anything else is 415, as JSON. */
function requireJsonBody(req: Request, res: Response, next: NextFunction): void {
  if (req.method !== 'POST') return next();
  const type = req.headers['content-type'];
  if (!type || !req.is(['application/json', 'application/graphql-response+json'])) {
    return sendHttpError(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'POST a JSON body with "Content-Type: application/json"');
  }
  next();
}

/** Express and body-parser errors (too large, not JSON, bad charset) as GraphQL JSON errors with their status. */
function jsonErrors(logger: Logger) {
  return (error: unknown, req: Request, res: Response, next: NextFunction): void => {
    if (res.headersSent) return next(error);
    const { type, status: rawStatus, statusCode } = (error ?? {}) as { type?: string; status?: number; statusCode?: number };
    const status = rawStatus ?? statusCode ?? 500;
    if (type === 'entity.too.large')
      return sendHttpError(res, 413, 'PAYLOAD_TOO_LARGE', 'the request body is larger than QAWL_MAX_BODY_BYTES allows');
    if (type === 'entity.parse.failed') return sendHttpError(res, 400, 'BAD_REQUEST', 'the request body is not valid JSON');
    if (type === 'charset.unsupported' || type === 'encoding.unsupported') {
      return sendHttpError(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'the request body must be UTF-8 JSON');
    }
    if (status >= 400 && status < 500) return sendHttpError(res, status, 'BAD_REQUEST', 'bad request');
    (res.locals.log ?? logger).error({ err: error, path: req.path }, 'unexpected error outside GraphQL');
    sendHttpError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
  };
}

/** The whole request within QAWL_REQUEST_TIMEOUT_MS; Neo4j's own transaction timeout stops the query behind it. */
function requestTimeout(ms: number) {
  return (_req: Request, res: Response, next: NextFunction): void => {
    const timer = setTimeout(() => {
      sendHttpError(res, 503, 'REQUEST_TIMEOUT', `the request took longer than ${ms} ms; narrow the query and retry`);
    }, ms);
    timer.unref();
    res.once('close', () => clearTimeout(timer));
    next();
  };
}

const credentialsOf = (res: Response) => res.locals.credentials as Credentials | undefined;

export async function startServer(db: Database, config: Config, options: ServerOptions = {}): Promise<RunningServer> {
  const logger = options.logger ?? createLogger(config);
  const { api } = config;
  const monitor = new DatabaseMonitor(db, options.prepare ?? (() => migrate(db)), {
    log: (event, detail) => (event === 'ready' ? logger.info('database ready') : logger.warn(detail, 'database unavailable')),
  });
  let draining = false;

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', api.trustProxy);
  const httpServer = http.createServer({ requestTimeout: api.requestTimeoutMs, headersTimeout: HEADERS_TIMEOUT_MS }, app);
  const protection = queryProtection(api);
  const apollo = new ApolloServer<ApiContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    introspection: api.introspection,
    includeStacktraceInErrorResponses: api.exposeInternals,
    csrfPrevention: true,
    parseOptions: { maxTokens: api.maxTokens },
    formatError: (formatted, error) => formatError(formatted, error, api.exposeInternals),
    validationRules: protection.validationRules,
    plugins: [
      ...(protection.plugins as ApolloServerPlugin<ApiContext>[]),
      errorLogging,
      authPlugin,
      availabilityPlugin(monitor),
      admissionPlugin(api.maxConcurrentQueries > 0 ? new AdmissionQueue(api.maxConcurrentQueries, api.maxQueuedQueries) : null),
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: api.shutdownGraceMs }),
      api.sandbox
        ? ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false })
        : ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();
  // The first probe (and migrations) before listening, so a server that starts next to a live
  // database serves its first request; a database that is down costs one connection timeout.
  await monitor.start();

  const clientOf = (req: Request, res: Response) => credentialsOf(res)?.key?.id ?? ipKeyGenerator(req.ip ?? 'unknown');
  app.use(requestLogging(logger, clientOf));
  app.use((req, res, next) => {
    res.locals.credentials = bearerKey(req.headers.authorization, api.apiKeys);
    next();
  });

  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/health/ready', (_req, res) => {
    if (draining) res.status(503).json({ status: 'draining' });
    else if (monitor.ready) res.json({ status: 'ready', database: 'up' });
    else res.status(503).json({ status: 'not ready', database: 'unavailable' });
  });
  app.get('/health', async (_req, res) => {
    try {
      await db.verify();
      res.json({ status: 'ok', database: 'up' });
    } catch {
      res.status(503).json({ status: 'degraded', database: 'unavailable' });
    }
  });
  app.use(EXPLORE_PATH, exploreRouter());

  const limiter =
    api.rateLimit > 0
      ? rateLimit({
          windowMs: api.rateWindowMs,
          limit: api.rateLimit,
          standardHeaders: 'draft-7',
          legacyHeaders: false,
          keyGenerator: (req, res) => clientOf(req, res),
          handler: (_req, res) =>
            sendHttpError(res, 429, 'RATE_LIMITED', `more than ${api.rateLimit} requests in ${api.rateWindowMs / 1000} s; slow down`),
        })
      : (_req: Request, _res: Response, next: NextFunction) => next();

  app.use(
    '/graphql',
    // Browsers on the listed origins may call the API; the same origin (the /explore page) needs no CORS.
    cors({
      origin: api.corsOrigins.length ? api.corsOrigins : false,
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight', 'x-request-id'],
      exposedHeaders: ['x-request-id', 'retry-after'],
      maxAge: 600,
    }),
    limiter,
    requestTimeout(api.requestTimeoutMs),
    requireJsonBody,
    express.json({ limit: api.maxBodyBytes, type: ['application/json', 'application/graphql-response+json'] }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const credentials = credentialsOf(res) ?? bearerKey(req.headers.authorization, api.apiKeys);
        return {
          db,
          config,
          loaders: createLoaders(db),
          key: credentials.key,
          presentedKey: credentials.presented,
          requestId: res.locals.requestId,
          log: res.locals.log,
          res,
        };
      },
    }),
  );
  app.use((_req, res) => sendHttpError(res, 404, 'NOT_FOUND', 'no such endpoint: the API is at /graphql'));
  app.use(jsonErrors(logger));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://${config.host}:${port}/graphql`,
    port,
    monitor,
    close: async () => {
      draining = true;
      monitor.stop();
      await apollo.stop();
    },
  };
}
