import type { ApolloServerPlugin } from '@apollo/server';
import { apiError } from './errors.ts';
import type { ApiContext } from './context.ts';

/** Parses `Authorization: Bearer <key>`; the key when it is one of `keys`. */
export function bearerKey(header: string | undefined, keys: readonly string[]): { presented: boolean; key: string | null } {
  const match = /^Bearer\s+(.+)$/i.exec(header ?? '');
  const key = match?.[1]?.trim();
  return { presented: Boolean(header?.trim()), key: key && keys.includes(key) ? key : null };
}

/**
 * The request's credentials against what its operation needs: a valid key for every mutation,
 * and for reads too when QAWL_READ_AUTH=required. No key: UNAUTHENTICATED (401); a key that is
 * not accepted: FORBIDDEN (403).
 */
export function requireKey(context: ApiContext, what: string): void {
  if (context.apiKey) return;
  if (!context.presentedKey) {
    throw apiError('UNAUTHENTICATED', `${what} needs an API key: send "Authorization: Bearer <key>"`, { http: { status: 401 } });
  }
  throw apiError('FORBIDDEN', `the API key presented is not accepted for ${what}`, { http: { status: 403 } });
}

export const authPlugin: ApolloServerPlugin<ApiContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, contextValue }) {
        if (!operation) return;
        if (operation.operation === 'mutation') requireKey(contextValue, 'writing');
        else if (contextValue.config.api.readAuth === 'required') requireKey(contextValue, 'reading (QAWL_READ_AUTH=required)');
      },
    };
  },
};
