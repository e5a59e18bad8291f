/**
 * The eight questions of the read benchmark (issue 12), each asked three ways: Qawl's GraphQL
 * (`<name>.graphql`), the @neo4j/graphql contender's own query shape (`<name>.peer.graphql`)
 * and hand-written Cypher for the raw driver (`<name>.cypher`). Each contender's answer is
 * normalized to one shape so the harness can check that all three agree before timing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { int } from 'neo4j-driver';
import { luceneQuery } from '../../src/db/queries/search.ts';
import { normalizeArabic } from '../../src/extract/normalize.ts';
import type { Database } from '../../src/db/driver.ts';

const DIR = path.dirname(fileURLToPath(import.meta.url));
const read = (file: string) => fs.readFileSync(path.join(DIR, file), 'utf8');

export type ContenderName = 'qawl' | 'neo4j-graphql' | 'raw';
export const CONTENDERS: readonly ContenderName[] = ['qawl', 'neo4j-graphql', 'raw'];

/** Values the operations are asked about, picked from the graph itself (deterministically). */
export interface Picks {
  /** A prolific speaker. */
  actor: string;
  /** The actor that speaker most often speaks about. */
  target: string;
  /** The month (YYYY-MM) with the most statements. */
  month: string;
  /** A word for full-text search. */
  word: string;
}

type Json = unknown;
type Vars = Record<string, unknown>;

export interface Operation {
  name: string;
  title: string;
  /** Fields Qawl's schema must have (`Type.field`); the operation is skipped without them. */
  requires: string[];
  qawl: { query: string; variables: (p: Picks) => Vars };
  peer: { query: string; variables: (p: Picks) => Vars };
  raw: { cypher: string; variables: (p: Picks) => Vars };
  /**
   * Operations that page with a cursor: the harness walks pages 1-4 first and times page 5.
   * `cursorOf` reads the next cursor from a GraphQL answer.
   */
  walk?: { pages: number; cursorOf: (data: Json) => string | null };
  /** For the raw keyset page: the variables of page `pages + 1`, computed with one query. */
  rawPrepare?: (db: Database, p: Picks) => Promise<Vars>;
  normalize: Record<ContenderName, (data: Json) => Json>;
}

// Loose accessors for JSON answers: the normalizers turn each contender's shape into one.
type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v ?? {}) as Obj;
const arr = (v: unknown): Obj[] => (Array.isArray(v) ? v : []) as Obj[];
const byKey =
  <T extends Obj>(key: (x: T) => string) =>
  (a: T, b: T) =>
    key(a).localeCompare(key(b));
const sortedIds = (list: unknown[]) => [...list].map(String).sort();

/*
 * publishedAt as Qawl's API declares it (PartialDate): the stored value may be a datetime (the
 * real corpus's articles carry their time of day, `2018-10-10T16:43:50.000Z`), which the library
 * and the raw driver return as stored and Qawl serves as its date part (src/api/scalars.ts,
 * servedDate). The date part is the answer all three must agree on.
 */
const STORED_DATETIME = /^(\d{4}-\d{2}-\d{2})T/;
export const publishedDate = (v: unknown): unknown => (typeof v === 'string' ? (STORED_DATETIME.exec(v)?.[1] ?? v) : (v ?? null));

/** Statements compare on their fields (publishedAt as its date); `about` as a sorted id list. */
const stmt = (s: Obj, about?: string[]) => ({
  id: s.id,
  text: s.text,
  kind: s.kind,
  publishedAt: publishedDate(s.publishedAt),
  ...(about ? { about: sortedIds(about) } : {}),
  ...(s.speaker ? { speaker: { id: obj(s.speaker).id, name: obj(s.speaker).name } } : {}),
});

const PAGE_SIZE = 20;
const WALK_PAGES = 4;
const SEARCH_LIMIT = 10;
const GRAPH_LIMIT = 100;

/*
 * A truncated neighbourhood is any `limit` nodes of a larger one: which ones is the planner's
 * choice, so only the center, the node count and the flag compare. An untruncated one compares
 * completely.
 */
const graphShape = (g: Obj) => {
  const nodes = arr(g.nodes);
  const truncated = Boolean(g.truncated);
  if (truncated) return { center: nodes[0]?.id ?? null, nodeCount: nodes.length, truncated };
  return {
    center: nodes[0]?.id ?? null,
    // Qawl names types as its GraphNodeType enum (ACTOR), the others by label (Actor).
    nodes: nodes.map((n) => `${String(n.type).toUpperCase()}:${String(n.id)}`).sort(),
    edges: sortedIds(arr(g.edges).map((e) => e.id)),
    truncated,
  };
};

const networkShape = (n: Obj) => ({
  nodes: arr(n.nodes)
    .map((x) => ({ id: x.id, said: Number(x.said), received: Number(x.received), weight: Number(x.weight) }))
    .sort(byKey((x) => String(x.id))),
  edges: arr(n.edges)
    .map((e) => ({ source: e.source, target: e.target, weight: Number(e.weight) }))
    .sort(byKey((e) => `${String(e.source)}\u0000${String(e.target)}`)),
  statementCount: Number(n.statementCount),
  truncated: Boolean(n.truncated),
});

const aggregateShape = (a: Obj) => ({
  count: Number(a.count),
  byKind: arr(a.byKind)
    .map((k) => ({ kind: k.kind, count: Number(k.count) }))
    .sort(byKey((k) => String(k.kind))),
  // Periods compare by month whatever their spelling (`2023-03`, `2023-03-01`).
  byPeriod: arr(a.byPeriod)
    .map((p) => ({ period: String(p.period).slice(0, 7), count: Number(p.count) }))
    .sort(byKey((p) => p.period)),
});

/** Search hits: the set of statements found (ties in score may order differently). */
const searchShape = (hits: Obj[]) => sortedIds(hits.map((h) => h.id));

export const OPERATIONS: Operation[] = [
  {
    name: 'actor-statements',
    title: 'actor + latest 20 statements + targets',
    requires: ['Query.actor'],
    qawl: { query: read('actor-statements.graphql'), variables: (p) => ({ actor: p.actor }) },
    peer: { query: read('actor-statements.peer.graphql'), variables: (p) => ({ actor: p.actor }) },
    raw: { cypher: read('actor-statements.cypher'), variables: (p) => ({ actor: p.actor }) },
    normalize: {
      qawl: (d) => {
        const a = obj(obj(d).actor);
        return {
          id: a.id,
          name: a.name,
          statements: arr(obj(a.statementsBy).edges).map((e) =>
            stmt(
              obj(e.node),
              arr(obj(e.node).about).map((t) => String(t.id)),
            ),
          ),
        };
      },
      'neo4j-graphql': (d) => {
        const a = arr(obj(d).actors)[0] ?? {};
        return {
          id: a.id,
          name: a.name,
          statements: arr(a.said).map((s) =>
            stmt(
              s,
              ['aboutActors', 'aboutEvents', 'aboutSectors', 'aboutPlaces'].flatMap((f) => arr(s[f]).map((t) => String(t.id))),
            ),
          ),
        };
      },
      raw: (d) => {
        const a = obj(obj(d).actor);
        return { id: a.id, name: a.name, statements: arr(a.statements).map((s) => stmt(s, arr(s.about).map(String))) };
      },
    },
  },
  {
    name: 'speaker-target',
    title: 'statements by speaker + target, totalCount',
    requires: ['Query.statements'],
    qawl: { query: read('speaker-target.graphql'), variables: (p) => ({ actor: p.actor, target: p.target }) },
    peer: { query: read('speaker-target.peer.graphql'), variables: (p) => ({ actor: p.actor, target: p.target }) },
    raw: { cypher: read('speaker-target.cypher'), variables: (p) => ({ actor: p.actor, target: p.target }) },
    normalize: {
      qawl: (d) => connectionShape(obj(obj(d).statements)),
      'neo4j-graphql': (d) => connectionShape(obj(obj(d).statementsConnection)),
      raw: (d) => ({ totalCount: Number(obj(d).totalCount), statements: arr(obj(d).statements).map((s) => stmt(s)) }),
    },
  },
  {
    name: 'statements-page5',
    title: 'page 5 of unfiltered statements, totalCount',
    requires: ['Query.statements'],
    qawl: { query: read('statements-page5.graphql'), variables: () => ({ after: null }) },
    peer: { query: read('statements-page5.peer.graphql'), variables: () => ({ after: null }) },
    raw: { cypher: read('statements-page5.cypher'), variables: () => ({}) },
    walk: {
      pages: WALK_PAGES,
      cursorOf: (d) => {
        const connection = obj(obj(d).statements ?? obj(d).statementsConnection);
        return (obj(connection.pageInfo).endCursor as string | null) ?? null;
      },
    },
    rawPrepare: async (db) => {
      const result = await db.read((tx) =>
        tx.run(
          `MATCH (s:Statement) WHERE s.newestKey > '' WITH s ORDER BY s.newestKey SKIP $skip LIMIT 1 RETURN s.newestKey AS after`,
          // The driver sends JS numbers as floats; SKIP needs an integer.
          { skip: int(PAGE_SIZE * WALK_PAGES - 1) },
        ),
      );
      return { after: result.records[0]?.get('after') ?? null };
    },
    normalize: {
      qawl: (d) => connectionShape(obj(obj(d).statements)),
      'neo4j-graphql': (d) => connectionShape(obj(obj(d).statementsConnection)),
      raw: (d) => ({ totalCount: Number(obj(d).totalCount), statements: arr(obj(d).statements).map((s) => stmt(s)) }),
    },
  },
  {
    name: 'who-said-what',
    title: 'whoSaidWhatAbout an actor (counts by speaker)',
    requires: ['Query.whoSaidWhatAbout'],
    qawl: { query: read('who-said-what.graphql'), variables: (p) => ({ target: p.target }) },
    peer: { query: read('who-said-what.peer.graphql'), variables: (p) => ({ target: p.target }) },
    raw: { cypher: read('who-said-what.cypher'), variables: (p) => ({ target: p.target }) },
    normalize: {
      qawl: (d) => {
        const w = obj(obj(d).whoSaidWhatAbout);
        return speakersShape(
          Number(w.totalCount),
          arr(obj(w.speakers).edges)
            .map((e) => obj(e.node))
            .map((g) => ({ id: obj(g.speaker).id, name: obj(g.speaker).name, count: Number(g.count) })),
        );
      },
      'neo4j-graphql': (d) => {
        const speakers = arr(obj(d).actors).map((a) => ({
          id: a.id,
          name: a.name,
          count: Number(obj(obj(obj(a.saidConnection).aggregate).count).nodes),
        }));
        return speakersShape(
          speakers.reduce((n, s) => n + s.count, 0),
          speakers,
        );
      },
      raw: (d) =>
        speakersShape(
          Number(obj(d).totalCount),
          arr(obj(d).speakers).map((s) => ({ id: s.id, name: s.name, count: Number(s.count) })),
        ),
    },
  },
  {
    name: 'graph-depth2',
    title: 'depth-2 graph around an actor (100 nodes)',
    requires: ['Query.graph'],
    qawl: { query: read('graph-depth2.graphql'), variables: (p) => ({ actor: p.actor }) },
    peer: { query: read('graph-depth2.peer.graphql'), variables: (p) => ({ actor: p.actor }) },
    raw: { cypher: read('graph-depth2.cypher'), variables: (p) => ({ center: p.actor, limit: GRAPH_LIMIT }) },
    normalize: {
      qawl: (d) => graphShape(obj(obj(d).graph)),
      'neo4j-graphql': (d) => graphShape(obj(obj(d).graphAround)),
      raw: (d) => graphShape(obj(obj(d).graph)),
    },
  },
  {
    name: 'actor-network',
    title: 'actorNetwork for a month',
    requires: ['Query.actorNetwork'],
    qawl: { query: read('actor-network.graphql'), variables: (p) => ({ month: p.month }) },
    peer: { query: read('actor-network.peer.graphql'), variables: (p) => ({ month: p.month }) },
    raw: { cypher: read('actor-network.cypher'), variables: (p) => ({ month: p.month }) },
    normalize: {
      qawl: (d) => networkShape(obj(obj(d).actorNetwork)),
      'neo4j-graphql': (d) => networkShape(obj(obj(d).actorNetworkOfMonth)),
      raw: (d) => networkShape(obj(obj(d).network)),
    },
  },
  {
    name: 'search',
    title: 'full-text search (statements, 10 hits)',
    requires: ['Query.search'],
    qawl: { query: read('search.graphql'), variables: (p) => ({ query: p.word }) },
    peer: { query: read('search.peer.graphql'), variables: (p) => ({ lucene: luceneQuery(p.word), normalized: normalizeArabic(p.word) }) },
    raw: {
      cypher: read('search.cypher'),
      variables: (p) => ({ lucene: luceneQuery(p.word), normalized: normalizeArabic(p.word), limit: SEARCH_LIMIT }),
    },
    normalize: {
      qawl: (d) => searchShape(arr(obj(obj(d).search).edges).map((h) => obj(h.node))),
      'neo4j-graphql': (d) => searchShape(arr(obj(d).searchStatements)),
      raw: (d) => searchShape(arr(obj(d).hits)),
    },
  },
  {
    name: 'statement-aggregate',
    title: 'statement aggregate by kind and month',
    requires: ['StatementConnection.aggregate'],
    qawl: { query: read('statement-aggregate.graphql'), variables: (p) => ({ actor: p.actor }) },
    peer: { query: read('statement-aggregate.peer.graphql'), variables: (p) => ({ actor: p.actor }) },
    raw: { cypher: read('statement-aggregate.cypher'), variables: (p) => ({ speaker: p.actor }) },
    normalize: {
      qawl: (d) => aggregateShape(obj(obj(obj(d).statements).aggregate)),
      'neo4j-graphql': (d) => aggregateShape(obj(obj(d).statementAggregate)),
      raw: (d) => aggregateShape(obj(obj(d).aggregate)),
    },
  },
];

function connectionShape(c: Obj) {
  return { totalCount: Number(c.totalCount), statements: arr(c.edges).map((e) => stmt(obj(e.node))) };
}

/** Qawl pages the speakers (speakers(first: 100)); the library and the floor return them all, so every answer is cut to that page. */
const SPEAKERS_PAGE = 100;

function speakersShape(totalCount: number, speakers: { id: unknown; name: unknown; count: number }[]) {
  // Ties by id in code point order, as Cypher's ORDER BY sp.id gives them.
  const byId = (a: unknown, b: unknown) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0);
  return { totalCount, speakers: [...speakers].sort((a, b) => b.count - a.count || byId(a.id, b.id)).slice(0, SPEAKERS_PAGE) };
}

/** The values asked about, chosen from the graph: the same graph always gives the same picks. */
export async function pickValues(db: Database): Promise<Picks> {
  const result = await db.read((tx) =>
    tx.run(`
    CALL {
      MATCH (a:Actor)
      WITH a, COUNT { (a)-[:SAID]->() } AS said ORDER BY said DESC, a.id LIMIT 50
      WITH collect(a.id) AS top
      // The tenth most prolific speaker: busy, but not the one hub every article quotes; when it
      // speaks about no other actor (a news agency on the real corpus), the next one that does.
      UNWIND range(0, size(top) - 1) AS i
      WITH top[i] AS actor, CASE WHEN i >= 9 THEN i ELSE size(top) + i END AS preference
      CALL (actor) {
        MATCH (:Actor {id: actor})-[:SAID]->(:Statement)-[:ABOUT]->(t:Actor) WHERE t.id <> actor
        WITH t, count(*) AS n ORDER BY n DESC, t.id LIMIT 1
        RETURN t.id AS target
      }
      WITH actor, target ORDER BY preference LIMIT 1
      RETURN actor, target
    }
    CALL {
      // The real corpus carries no dates: then any month (the date questions find nothing).
      OPTIONAL MATCH (s:Statement) WHERE s.publishedAt IS NOT NULL
      WITH substring(s.publishedAt, 0, 7) AS month, count(s) AS n ORDER BY n DESC, month LIMIT 1
      RETURN coalesce(month, '${UNDATED_GRAPH_MONTH}') AS month
    }
    RETURN actor, target, month`),
  );
  const r = result.records[0];
  if (!r) throw new Error('the graph is empty: nothing to ask about');
  return { actor: r.get('actor') as string, target: r.get('target') as string, month: r.get('month') as string, word: SEARCH_WORD };
}

/** The month asked about on a graph without dates. */
const UNDATED_GRAPH_MONTH = '2020-01';

/** A word of the generated articles' clauses ("the negotiations"), also common in real news. */
const SEARCH_WORD = 'المفاوضات';
