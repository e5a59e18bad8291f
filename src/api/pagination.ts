import type { Config } from '../config.ts';
import type { Page } from '../db/records.ts';
import { badInput } from './errors.ts';

/*
 * Cursors are opaque to clients but are offsets underneath: lists are ordered
 * deterministically, so an offset names a position, and a bad cursor is easy to detect.
 */
const PREFIX = 'o:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  const offset = decoded.startsWith(PREFIX) ? Number(decoded.slice(PREFIX.length)) : Number.NaN;
  if (!Number.isSafeInteger(offset) || offset < 0 || encodeCursor(offset) !== cursor) {
    throw badInput(`invalid cursor "${cursor}": pass a cursor from a previous page's edges or pageInfo`, { argument: 'after' });
  }
  return offset;
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** Validates `first`/`after` against the configured page sizes; returns the window to fetch. */
export function pageWindow(args: PageArgs, api: Config['api']): { offset: number; limit: number } {
  const limit = args.first ?? api.defaultPageSize;
  if (!Number.isInteger(limit) || limit < 0) throw badInput('`first` must be a non-negative integer', { argument: 'first' });
  if (limit > api.maxPageSize) {
    throw badInput(`\`first\` is ${limit}, the maximum page size is ${api.maxPageSize}`, { argument: 'first', maximum: api.maxPageSize });
  }
  const offset = args.after ? decodeCursor(args.after) + 1 : 0;
  return { offset, limit };
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

export function toConnection<T>(page: Page<T>): Connection<T> {
  const edges = page.items.map((node, i) => ({ cursor: encodeCursor(page.offset + i), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.offset + page.items.length < page.totalCount,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: page.totalCount,
  };
}
