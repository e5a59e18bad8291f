import { GraphQLError } from 'graphql';
import type { Response } from 'express';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'DATABASE_UNAVAILABLE'
  | 'QUERY_TOO_COMPLEX'
  | 'QUERY_TIMEOUT'
  | 'PAYLOAD_TOO_LARGE'
  | 'INTERNAL_SERVER_ERROR'
  | 'BAD_REQUEST'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'RATE_LIMITED'
  | 'REQUEST_TIMEOUT'
  | 'SERVER_BUSY';

export function apiError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const badInput = (message: string, extra?: Record<string, unknown>) => apiError('BAD_USER_INPUT', message, extra);

/** GraphQL-over-HTTP's media type; clients that accept it get it, others plain JSON. */
export const GRAPHQL_RESPONSE_TYPE = 'application/graphql-response+json';

/**
 * An error answered before (or instead of) GraphQL execution, in the shape GraphQL clients
 * read: `{"errors": [{"message", "extensions": {"code"}}]}`, never Express's HTML page.
 */
export function sendHttpError(res: Response, status: number, code: ErrorCode, message: string, extra: Record<string, unknown> = {}): void {
  if (res.headersSent) return;
  const accepts = res.req.headers.accept ?? '';
  res
    .status(status)
    .type(accepts.includes(GRAPHQL_RESPONSE_TYPE) ? `${GRAPHQL_RESPONSE_TYPE}; charset=utf-8` : 'application/json; charset=utf-8')
    .send(JSON.stringify({ errors: [{ message, extensions: { code, ...extra } }] }));
}
