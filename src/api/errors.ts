import { GraphQLError } from 'graphql';

export type ErrorCode =
  | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'DATABASE_UNAVAILABLE'
  | 'QUERY_TOO_COMPLEX' | 'QUERY_TIMEOUT' | 'PAYLOAD_TOO_LARGE' | 'INTERNAL_SERVER_ERROR';

export function apiError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const badInput = (message: string, extra?: Record<string, unknown>) => apiError('BAD_USER_INPUT', message, extra);
