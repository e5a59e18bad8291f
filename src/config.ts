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

export interface Config {
  /** Set when NEO4J_URI is given; otherwise Qawl runs its own local Neo4j. */
  neo4j: Neo4jConnection | null;
  dataDir: string;
  host: string;
  port: number;
  seedsDir: string;
  localNeo4j: { heapMb: number; pageCacheMb: number; startTimeoutMs: number; boltPort: number };
  api: {
    apiKeys: string[];
    readAuth: 'open' | 'required';
    defaultPageSize: number;
    maxPageSize: number;
    maxQueryDepth: number;
    maxQueryCost: number;
    maxBodyBytes: number;
    maxArticleChars: number;
    queryTimeoutMs: number;
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

  const apiKeys = (env.QAWL_API_KEYS ?? '').split(',').map((k) => k.trim()).filter(Boolean);
  const defaultPageSize = int('QAWL_DEFAULT_PAGE_SIZE', 20, 1, 1000);
  const maxPageSize = int('QAWL_MAX_PAGE_SIZE', 100, 1, 10000);
  if (defaultPageSize > maxPageSize) problems.push('QAWL_DEFAULT_PAGE_SIZE must not exceed QAWL_MAX_PAGE_SIZE');
  const host = env.HOST?.trim() || '127.0.0.1';

  const config: Config = {
    neo4j,
    dataDir: path.resolve(env.QAWL_DATA_DIR || '.qawl'),
    host,
    port: int('PORT', 4000, 0, 65535),
    seedsDir: path.resolve(env.QAWL_SEEDS_DIR || path.join(PROJECT_ROOT, 'seeds')),
    localNeo4j: {
      heapMb: int('QAWL_NEO4J_HEAP_MB', 768, 128, 65536),
      pageCacheMb: int('QAWL_NEO4J_PAGECACHE_MB', 256, 16, 65536),
      startTimeoutMs: int('QAWL_NEO4J_START_TIMEOUT_MS', 180_000, 1000, 3_600_000),
      boltPort: int('QAWL_NEO4J_BOLT_PORT', 0, 0, 65535),
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
    },
    logLevel: oneOf('LOG_LEVEL', 'info', ['debug', 'info', 'warn', 'error'] as const),
  };
  if (problems.length) throw new ConfigError(problems);
  return config;
}
