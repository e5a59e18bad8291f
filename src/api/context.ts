import type { Config } from '../config.ts';
import type { Database } from '../db/driver.ts';
import type { Loaders } from './loaders.ts';

/** Everything a resolver may use; built fresh for every request. */
export interface ApiContext {
  db: Database;
  config: Config;
  loaders: Loaders;
  /** The API key the request presented, when it presented a valid one. */
  apiKey: string | null;
  /** True when the request carried an `Authorization: Bearer …` header at all (valid or not). */
  presentedKey: boolean;
}
