import type { Database } from '../driver.ts';
import type { Page, StatementRecord } from '../records.ts';
import { STATEMENT_PROJECTION, column } from './shared.ts';

export interface StatementQuery {
  speaker?: string | null;
  about?: string | null;
}

const ORDER = 'ORDER BY s.publishedAt DESC, s.articleId, s.start, s.id';

export async function listStatements(db: Database, filter: StatementQuery, offset: number, limit: number): Promise<Page<StatementRecord>> {
  const result = await db.read((tx) => tx.run(
    `MATCH (s:Statement)
     WHERE ($speaker IS NULL OR EXISTS { MATCH (:Actor {id: $speaker})-[:SAID]->(s) })
       AND ($about IS NULL OR EXISTS { MATCH (s)-[:ABOUT]->(t) WHERE t.id = $about })
     WITH s ${ORDER}
     WITH collect(s) AS matched
     RETURN size(matched) AS total, [s IN matched[$offset..($offset + $limit)] | ${STATEMENT_PROJECTION}] AS items`,
    { speaker: filter.speaker ?? null, about: filter.about ?? null, offset, limit }));
  const record = result.records[0];
  return {
    items: record ? column<StatementRecord[]>(record, 'items') : [],
    totalCount: record ? column<number>(record, 'total') : 0,
    offset,
  };
}

export interface SpeakerPageRequest {
  key: string;
  actorId: string;
  offset: number;
  limit: number;
}

/** Pages of several actors' statements in one round trip (the DataLoader batch for Actor.statements). */
export async function statementsBySpeakers(db: Database, requests: readonly SpeakerPageRequest[]): Promise<Map<string, Page<StatementRecord>>> {
  const result = await db.read((tx) => tx.run(
    `UNWIND $requests AS req
     CALL {
       WITH req
       MATCH (:Actor {id: req.actorId})-[:SAID]->(s:Statement)
       WITH s ${ORDER}
       WITH collect(s) AS matched
       RETURN size(matched) AS total, [s IN matched[req.offset..(req.offset + req.limit)] | ${STATEMENT_PROJECTION}] AS items
     }
     RETURN req.key AS key, req.offset AS offset, total, items`,
    { requests: requests.map((r) => ({ ...r })) }));
  return new Map(result.records.map((r) => [column<string>(r, 'key'), {
    items: column<StatementRecord[]>(r, 'items'),
    totalCount: column<number>(r, 'total'),
    offset: column<number>(r, 'offset'),
  }]));
}
