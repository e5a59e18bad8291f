import { timingSafeEqual } from 'node:crypto';
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { hashKey, type ApiKey, type Scope } from '../config.ts';
import { apiError } from './errors.ts';
import type { ApiContext } from './context.ts';

export interface Credentials {
  /** True when the request carried an `Authorization` header at all (valid or not). */
  presented: boolean;
  /** The configured key it matched, if any. */
  key: ApiKey | null;
}

/**
 * Parses `Authorization: Bearer <key>` and finds the configured key by its SHA-256. Every
 * stored hash is compared, in constant time, whatever matched earlier, so the time taken does
 * not tell an attacker how close a guess came or which entry matched.
 */
export function bearerKey(header: string | undefined, keys: readonly ApiKey[]): Credentials {
  const presented = Boolean(header?.trim());
  const secret = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1];
  if (!secret) return { presented, key: null };
  const hash = hashKey(secret);
  let found: ApiKey | null = null;
  for (const key of keys) {
    if (timingSafeEqual(hash, key.hash) && !found) found = key;
  }
  return { presented, key: found };
}

/** RFC 6750: a 401 names the scheme, and says when the token itself was the problem. */
function challenge(presented: boolean): HeaderMap {
  return new HeaderMap([['www-authenticate', presented ? 'Bearer realm="qawl", error="invalid_token"' : 'Bearer realm="qawl"']]);
}

/**
 * The request's credentials against the scope its operation needs. No key or a key that is
 * not accepted: UNAUTHENTICATED, HTTP 401 with `WWW-Authenticate: Bearer`; an accepted key
 * without the scope: FORBIDDEN, HTTP 403.
 */
export function requireScope(context: ApiContext, scope: Scope, what: string): void {
  const { key, presentedKey } = context;
  if (key?.scopes.has(scope)) return;
  if (!key) {
    const message = presentedKey
      ? `the API key presented is not accepted; ${what} needs "Authorization: Bearer <key>" with a key from QAWL_API_KEYS`
      : `${what} needs an API key: send "Authorization: Bearer <key>"`;
    throw apiError('UNAUTHENTICATED', message, { http: { status: 401, headers: challenge(presentedKey) } });
  }
  throw apiError('FORBIDDEN', `this API key lacks the "${scope}" scope needed for ${what}`, { http: { status: 403 } });
}

export const authPlugin: ApolloServerPlugin<ApiContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, contextValue }) {
        if (!operation) return;
        if (operation.operation === 'mutation') requireScope(contextValue, 'write', 'writing');
        else if (contextValue.config.api.readAuth === 'required') requireScope(contextValue, 'read', 'reading (QAWL_READ_AUTH=required)');
      },
    };
  },
};
