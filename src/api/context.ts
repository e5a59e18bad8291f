import type { ApiKey, Config } from '../config.ts';
import type { Database } from '../db/driver.ts';
import type { Loaders } from './loaders.ts';
import type { Response } from 'express';
import type { Logger } from 'pino';

/** Everything a resolver may use; built fresh for every request. */
export interface ApiContext {
  db: Database;
  config: Config;
  loaders: Loaders;
  /** The configured API key the request presented, when it presented a valid one (its hash and scopes, never the secret). */
  key: ApiKey | null;
  /** True when the request carried an `Authorization` header at all (valid or not). */
  presentedKey: boolean;
  /** The request's id, echoed in `X-Request-Id` and on every log line about it. */
  requestId: string;
  log: Logger;
  /** The HTTP response, for what the transport needs to know (the operation's name for the request log). */
  res: Response;
}
