import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root, so defaults do not depend on the caller's working directory. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
}

/** What a key may do: `read` runs queries, `write` runs mutations (and queries). */
export type Scope = 'read' | 'write';
export const SCOPES: readonly Scope[] = ['read', 'write'];

/**
 * An API key as the server keeps it: only the SHA-256 of the secret (so a heap dump or a
 * logged config shows no key), an id derived from the hash for logs and rate limits, and
 * its scopes.
 */
export interface ApiKey {
  id: string;
  hash: Buffer;
  scopes: ReadonlySet<Scope>;
}

export type Environment = 'development' | 'production' | 'test';

export function hashKey(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}

/** Characters of the hash shown as a key's id: enough to tell keys apart, useless to an attacker. */
const KEY_ID_HEX_CHARS = 12;
const SHA256_HEX = /^sha256=([0-9a-f]{64})$/i;

/**
 * `QAWL_API_KEYS`: comma-separated `SECRET[:SCOPES]`, SCOPES `read`, `write` or `read+write`
 * (no scopes: both, as before scopes existed). `sha256=<64 hex>` in place of the secret gives
 * the key's hash, so the configuration itself need not hold the secret.
 */
export function parseApiKeys(raw: string, problems: string[]): ApiKey[] {
  const keys: ApiKey[] = [];
  for (const entry of raw
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const colon = entry.lastIndexOf(':');
    const scopeText = colon > 0 ? entry.slice(colon + 1) : '';
    const isScopeList = scopeText !== '' && scopeText.split('+').every((s) => (SCOPES as readonly string[]).includes(s));
    const secret = isScopeList ? entry.slice(0, colon) : entry;
    const scopes = new Set<Scope>(isScopeList ? (scopeText.split('+') as Scope[]) : SCOPES);
    // A write key answers the payload of its own mutation, which is a read.
    if (scopes.has('write')) scopes.add('read');
    const hashed = SHA256_HEX.exec(secret);
    const hash = hashed ? Buffer.from(hashed[1]!, 'hex') : hashKey(secret);
    if (!secret) {
      problems.push('QAWL_API_KEYS has an entry with an empty key');
      continue;
    }
    keys.push({ id: `key-${hash.toString('hex').slice(0, KEY_ID_HEX_CHARS)}`, hash, scopes });
  }
  return keys;
}

export interface Config {
  /** Set when NEO4J_URI is given; otherwise Qawl runs its own local Neo4j. */
  neo4j: Neo4jConnection | null;
  dataDir: string;
  host: string;
  port: number;
  seedsDir: string;
  /** shortLived: JVM options for a Neo4j that answers a few queries and stops (src/db/local-neo4j.ts). */
  localNeo4j: { heapMb: number; pageCacheMb: number; startTimeoutMs: number; boltPort: number; shortLived: boolean };
  /** NODE_ENV: `production` turns introspection, Sandbox and internal details off unless enabled. */
  environment: Environment;
  api: {
    apiKeys: ApiKey[];
    readAuth: 'open' | 'required';
    defaultPageSize: number;
    maxPageSize: number;
    maxQueryDepth: number;
    maxQueryCost: number;
    /** Aliased fields per operation: batching one expensive field under many aliases is the cheap attack. */
    maxAliases: number;
    /** Fields at the top of an operation (each one its own database round trip). */
    maxRootFields: number;
    maxDirectives: number;
    /** Lexical tokens the parser reads before giving up, so a huge document costs nothing to refuse. */
    maxTokens: number;
    maxBodyBytes: number;
    maxArticleChars: number;
    queryTimeoutMs: number;
    /** The whole HTTP request, parsing to response; slower ones get 503 REQUEST_TIMEOUT. */
    requestTimeoutMs: number;
    /** Queries executing at once; the rest wait first come, first served (0: no bound). See src/api/admission.ts. */
    maxConcurrentQueries: number;
    /** Queries waiting for a slot; one more is refused with 503 SERVER_BUSY and Retry-After. */
    maxQueuedQueries: number;
    /** Requests per client (API key, else address) per rate window; 0 turns the limit off. */
    rateLimit: number;
    rateWindowMs: number;
    /** Origins allowed to call the API from a browser on another origin; empty: same origin only. */
    corsOrigins: string[];
    /** Express `trust proxy`: hops of load balancers whose X-Forwarded-For names the client. */
    trustProxy: number;
    introspection: boolean;
    sandbox: boolean;
    /** Messages, versions and stack traces of internals reach clients (development only). */
    exposeInternals: boolean;
    /** How long SIGTERM waits for requests in flight before closing their connections. */
    shutdownGraceMs: number;
  };
  logLevel: 'debug' | 'info' | 'warn' | 'error';
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/**
 * Reads every setting once, with defaults, and reports all invalid values together so a user
 * fixes their environment in one go instead of one error per start.
 */
export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name}=${raw} must be an integer between ${min} and ${max}`);
      return fallback;
    }
    return value;
  };
  const oneOf = <T extends string>(name: string, fallback: T, allowed: readonly T[]): T => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if (!(allowed as readonly string[]).includes(raw)) {
      problems.push(`${name}=${raw} must be one of ${allowed.join(', ')}`);
      return fallback;
    }
    return raw as T;
  };

  let neo4j: Neo4jConnection | null = null;
  const uri = env.NEO4J_URI?.trim();
  if (uri) {
    if (!/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/.test(uri)) {
      problems.push(`NEO4J_URI=${uri} must start with neo4j://, bolt://, neo4j+s:// or bolt+s://`);
    }
    neo4j = {
      uri,
      user: env.NEO4J_USER ?? env.NEO4J_USERNAME ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database: env.NEO4J_DATABASE || undefined,
    };
  }

  const apiKeys = parseApiKeys(env.QAWL_API_KEYS ?? '', problems);
  const bool = (name: string, fallback: boolean): boolean => {
    const raw = env[name]?.trim().toLowerCase();
    if (raw === undefined || raw === '') return fallback;
    if (['true', '1', 'yes', 'on'].includes(raw)) return true;
    if (['false', '0', 'no', 'off'].includes(raw)) return false;
    problems.push(`${name}=${env[name]} must be true or false`);
    return fallback;
  };
  const environment = oneOf('NODE_ENV', 'development', ['development', 'production', 'test'] as const);
  const production = environment === 'production';
  const corsOrigins = (env.QAWL_CORS_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of corsOrigins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin))
      problems.push(`QAWL_CORS_ORIGINS entry ${origin} must be an origin such as https://example.org (scheme and host, no path)`);
  }
  const defaultPageSize = int('QAWL_DEFAULT_PAGE_SIZE', 20, 1, 1000);
  const maxPageSize = int('QAWL_MAX_PAGE_SIZE', 100, 1, 10000);
  if (defaultPageSize > maxPageSize) problems.push('QAWL_DEFAULT_PAGE_SIZE must not exceed QAWL_MAX_PAGE_SIZE');
  const host = env.HOST?.trim() || '127.0.0.1';

  const config: Config = {
    neo4j,
    environment,
    dataDir: path.resolve(env.QAWL_DATA_DIR || '.qawl'),
    host,
    port: int('PORT', 4000, 0, 65535),
    seedsDir: path.resolve(env.QAWL_SEEDS_DIR || path.join(PROJECT_ROOT, 'seeds')),
    localNeo4j: {
      heapMb: int('QAWL_NEO4J_HEAP_MB', 768, 128, 65536),
      pageCacheMb: int('QAWL_NEO4J_PAGECACHE_MB', 256, 16, 65536),
      startTimeoutMs: int('QAWL_NEO4J_START_TIMEOUT_MS', 180_000, 1000, 3_600_000),
      boltPort: int('QAWL_NEO4J_BOLT_PORT', 0, 0, 65535),
      shortLived: bool('QAWL_NEO4J_SHORT_LIVED', false),
    },
    api: {
      apiKeys,
      readAuth: oneOf('QAWL_READ_AUTH', 'open', ['open', 'required'] as const),
      defaultPageSize,
      maxPageSize,
      maxQueryDepth: int('QAWL_MAX_QUERY_DEPTH', 12, 2, 100),
      maxQueryCost: int('QAWL_MAX_QUERY_COST', 50_000, 10, 10_000_000),
      maxBodyBytes: int('QAWL_MAX_BODY_BYTES', 6 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
      maxArticleChars: int('QAWL_MAX_ARTICLE_CHARS', 5 * 1024 * 1024, 1, 1024 * 1024 * 1024),
      queryTimeoutMs: int('QAWL_QUERY_TIMEOUT_MS', 30_000, 100, 3_600_000),
      requestTimeoutMs: int('QAWL_REQUEST_TIMEOUT_MS', 60_000, 100, 3_600_000),
      maxAliases: int('QAWL_MAX_ALIASES', 30, 0, 10_000),
      maxRootFields: int('QAWL_MAX_ROOT_FIELDS', 20, 1, 10_000),
      maxDirectives: int('QAWL_MAX_DIRECTIVES', 20, 0, 10_000),
      maxTokens: int('QAWL_MAX_TOKENS', 5_000, 100, 1_000_000),
      maxConcurrentQueries: int('QAWL_MAX_CONCURRENT_QUERIES', 16, 0, 100_000),
      maxQueuedQueries: int('QAWL_MAX_QUEUED_QUERIES', 1000, 0, 1_000_000),
      rateLimit: int('QAWL_RATE_LIMIT', 600, 0, 10_000_000),
      rateWindowMs: int('QAWL_RATE_WINDOW_MS', 60_000, 1000, 86_400_000),
      corsOrigins,
      trustProxy: int('QAWL_TRUST_PROXY', 0, 0, 10),
      introspection: bool('QAWL_INTROSPECTION', !production),
      sandbox: bool('QAWL_SANDBOX', !production),
      exposeInternals: environment === 'development',
      shutdownGraceMs: int('QAWL_SHUTDOWN_GRACE_MS', 10_000, 0, 600_000),
    },
    logLevel: oneOf('LOG_LEVEL', 'info', ['debug', 'info', 'warn', 'error'] as const),
  };
  if (config.api.requestTimeoutMs < config.api.queryTimeoutMs) {
    problems.push('QAWL_REQUEST_TIMEOUT_MS must not be shorter than QAWL_QUERY_TIMEOUT_MS (the request holds the query)');
  }
  if (config.api.sandbox && !config.api.introspection)
    problems.push('QAWL_SANDBOX=true needs QAWL_INTROSPECTION=true (Sandbox reads the schema by introspection)');
  if (problems.length) throw new ConfigError(problems);
  return config;
}
