import type { Config } from '../../src/config.ts';
import type { Database } from '../../src/db/driver.ts';
import { startServer, type RunningServer } from '../../src/api/server.ts';
import { testConfig } from './db.ts';

export interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: { code?: string } & Record<string, unknown> }[];
}

/** The real Express + Apollo server on a free loopback port. */
export async function testServer(db: Database, overrides: Record<string, string> = {}): Promise<RunningServer & { config: Config }> {
  const config = testConfig(overrides);
  const server = await startServer(db, config);
  return { ...server, config };
}

/** A real HTTP POST of a GraphQL operation. */
export async function gql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{ status: number; body: GraphQLResponse<T> }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<T> };
}
