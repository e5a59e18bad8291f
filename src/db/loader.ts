import { createHash } from 'node:crypto';
import { int, type ManagedTransaction, type QueryResult } from 'neo4j-driver';
import type { ActorKind, DocumentGraph } from '../graph/document-graph.ts';
import { nameKeys } from '../text/arabic.ts';
import type { Database } from './driver.ts';
import {
  actorKey, actorNameText, articleKey, eventKey, stanceKey, stanceKindKey, stanceKindProperty, statementNewestKey, statementOldestKey,
  searchText,
} from './queries/keys.ts';

export type LoadStatus = 'loaded' | 'unchanged' | 'replaced';

export interface LoadResult {
  articleId: string;
  status: LoadStatus;
  statements: number;
  actors: number;
  events: number;
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
}

/** The extra label each actor kind carries, so Neo4j Browser/Bloom can style and filter by kind. */
export const ACTOR_KIND_LABELS: Record<ActorKind, string> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  GOVERNMENT: 'Government',
  COUNTRY: 'Country',
  GROUP: 'Group',
  MEDIA: 'Media',
  UNNAMED: 'Unnamed',
};

/** Hash of everything the load writes: an article whose graph is unchanged is skipped. */
export function contentHash(graph: DocumentGraph): string {
  return createHash('sha256').update(JSON.stringify(graph)).digest('hex');
}

const quoteMarks = /^[\s"'“”«»″]+|[\s"'“”«»″]+$/g;

/*
 * An actor named in thousands of articles collects every surface form they use ("السفير
 * البرازيلي كريستوفر", "وكريستوفر راي", …). Unbounded, its nameKeys list outgrew the range
 * index's 8 KB key limit and every later article naming the actor failed to load (found by
 * loading 1,000 generated articles). The first forms seen are kept, up to these bounds
 * (40 keys × 60 characters stays well under the limit even in 2-byte UTF-8).
 */
export const MAX_NAME_KEYS = 40;
export const MAX_ALIASES = 100;
const MAX_KEY_CHARS = 60;

/** Mention offsets as two parallel lists, stored on the MENTIONS relationship so an export can rebuild the spans. */
const spans = (mentions: readonly { start: number; end: number }[]) => ({
  starts: mentions.map((m) => m.start),
  ends: mentions.map((m) => m.end),
});

/** Turns a DocumentGraph into the flat parameter lists the write query UNWINDs. */
export function toLoadParameters(graph: DocumentGraph, hash: string) {
  const { article } = graph;
  const sentenceText = (start: number, end: number) => article.text.slice(start, end);
  // Relationships are written between nodes the same statement just merged or created, found by
  // their position in the article's lists: no index seek per relationship (profiling put those
  // seeks at a sixth of the write). So every reference must name a node of this article, as a
  // valid DocumentGraph's do; anything else is refused rather than silently left out.
  const positions = (items: readonly { id: string }[]) => new Map(items.map((item, i) => [item.id, i] as const).reverse());
  const actorAt = positions(graph.actors);
  const placeAt = positions(graph.places);
  const eventAt = positions(graph.events);
  const sectorAt = positions(graph.sectors);
  const statementAt = positions(graph.statements);
  type Ref = string | null | undefined | readonly string[];
  // Relationships out of an article's own nodes are CREATEd, so each pair must appear once.
  // `from` is the item's own position in its list, which is where the write's collect puts its node.
  const pairs = <T extends { id: string }>(items: readonly T[], toAt: Map<string, number>, targets: (item: T) => Ref) =>
    items.flatMap((item, from) => {
      const value = targets(item);
      const list = value == null ? [] : typeof value === 'string' ? [value] : [...new Set(value)];
      return list.map((id) => {
        const to = toAt.get(id);
        if (to === undefined) throw new Error(`${item.id} refers to ${id}, which is not a node of article ${article.id} of the kind the reference needs`);
        // Integers, not floats: Cypher indexes lists only with integers.
        return { from: int(from), to: int(to) };
      });
    });
  const kindAt = [actorAt, eventAt, sectorAt, placeAt];
  for (const s of graph.statements) {
    const unknown = s.aboutIds.find((id) => !kindAt.some((at) => at.has(id)));
    if (unknown !== undefined) throw new Error(`${s.id} is about ${unknown}, which is not a node of article ${article.id}`);
  }
  const about = (toAt: Map<string, number>) => pairs(graph.statements, toAt, (s) => s.aboutIds.filter((id) => toAt.has(id)));

  return {
    article: {
      id: article.id,
      props: {
        id: article.id,
        title: article.title,
        url: article.url,
        source: article.source,
        language: article.language,
        publishedAt: article.publishedAt,
        text: article.text,
        contentHash: hash,
        // Lets a reader (and the fault tests) check an article is complete: it either has
        // exactly this many statements or does not exist.
        statementCount: graph.statements.length,
      },
    },
    actors: graph.actors.map((a) => {
      const aliases = [...new Set([...(a.aliases ?? []), ...a.mentions.map((m) => m.text)].filter((x) => x !== a.name && x.length <= MAX_KEY_CHARS))]
        .slice(0, MAX_ALIASES);
      return {
        id: a.id,
        label: ACTOR_KIND_LABELS[a.kind],
        props: {
          id: a.id,
          name: a.name,
          nameAr: a.nameAr ?? a.name,
          nameEn: a.nameEn ?? null,
          kind: a.kind,
          wikidataId: a.wikidataId ?? null,
        },
        aliases,
        nameKeys: [...new Set([a.name, a.nameEn ?? '', ...aliases].flatMap(nameKeys))].filter((k) => k.length <= MAX_KEY_CHARS).slice(0, MAX_NAME_KEYS),
        ...spans(a.mentions),
      };
    }),
    places: graph.places.map((p) => ({
      id: p.id,
      props: { id: p.id, name: p.name, nameEn: p.nameEn ?? null, wikidataId: p.wikidataId ?? null },
      ...spans(p.mentions),
    })),
    sectors: graph.sectors.map((s) => ({ id: s.id, props: { id: s.id, name: s.name, nameEn: s.nameEn ?? null }, ...spans(s.mentions) })),
    events: graph.events.map((e) => ({
      id: e.id,
      props: { id: e.id, kind: e.kind, label: e.label, date: e.when?.date ?? null, dateText: e.when?.text ?? null, articleId: article.id },
      ...spans(e.mentions),
    })),
    statements: graph.statements.map((s) => ({
      id: s.id,
      start: s.content.start,
      end: s.content.end,
      props: {
        id: s.id,
        text: s.content.text,
        quote: s.direct ? s.content.text.replace(quoteMarks, '') : null,
        direct: s.direct,
        verb: s.verb,
        kind: s.kind,
        sentence: sentenceText(s.sentence.start, s.sentence.end),
        sentenceIndex: s.sentence.index,
        sentenceStart: s.sentence.start,
        sentenceEnd: s.sentence.end,
        cueStart: s.cue?.start ?? null,
        cueEnd: s.cue?.end ?? null,
        start: s.content.start,
        end: s.content.end,
        implicit: s.implicit ?? false,
        articleId: article.id,
        publishedAt: article.publishedAt,
        // Denormalized (a statement's speaker never changes: a replaced article gets new
        // statements) so one speaker's statements are one range of the speaker_newest index.
        speakerId: s.speakerId,
      },
    })),
    said: pairs(graph.statements, actorAt, (s) => s.speakerId),
    addressedTo: pairs(graph.statements, actorAt, (s) => s.addresseeIds),
    aboutActors: about(actorAt),
    aboutEvents: about(eventAt),
    aboutSectors: about(sectorAt),
    aboutPlaces: about(placeAt),
    reportedBy: pairs(graph.statements, actorAt, (s) => s.reportedById),
    denies: pairs(graph.statements, statementAt, (s) => s.deniesId),
    answers: pairs(graph.statements, statementAt, (s) => s.answersId),
    during: pairs(graph.statements, eventAt, (s) => s.eventId),
    participants: pairs(graph.events, actorAt, (e) => e.participantIds),
    eventPlaces: pairs(graph.events, placeAt, (e) => e.placeId),
    follows: pairs(graph.events, eventAt, (e) => e.followsIds),
    affects: pairs(graph.events, sectorAt, (e) => e.affectsIds),
    partOf: pairs(graph.actors, actorAt, (a) => a.partOfIds),
    basedIn: pairs(graph.actors, placeAt, (a) => a.basedInIds),
    stances: stancePairs(graph, actorAt, kindAt),
  };
}

/** Where a statement's target sits: which list of the write (a, e, s, p) and its position. */
const TARGET_LISTS = ['a', 'e', 's', 'p'] as const;

/*
 * The article's contribution to the maintained stance network: per speaker → target pair
 * (target = what a statement is about, the speaker itself excluded), how many statements, and
 * how many of each kind. Added to the STANCE / STANCE_KIND relationships in the same write.
 */
function stancePairs(graph: DocumentGraph, actorAt: Map<string, number>, kindAt: Map<string, number>[]) {
  const pairs = new Map<string, { from: number; type: typeof TARGET_LISTS[number]; to: number; count: number; kinds: Map<string, number> }>();
  for (const s of graph.statements) {
    const from = actorAt.get(s.speakerId);
    if (from === undefined) continue;
    for (const target of new Set(s.aboutIds)) {
      if (target === s.speakerId) continue;
      const list = kindAt.findIndex((at) => at.has(target));
      const to = kindAt[list]?.get(target);
      if (to === undefined) continue;
      const key = `${from}|${list}|${to}`;
      const pair = pairs.get(key) ?? { from, type: TARGET_LISTS[list]!, to, count: 0, kinds: new Map<string, number>() };
      pair.count += 1;
      pair.kinds.set(s.kind, (pair.kinds.get(s.kind) ?? 0) + 1);
      pairs.set(key, pair);
    }
  }
  return [...pairs.values()].map((p) => ({
    from: int(p.from), type: p.type, to: int(p.to), count: int(p.count),
    kinds: [...p.kinds].map(([kind, count]) => ({ kind, count: int(count) })),
  }));
}

/*
 * Neo4j re-plans a cached query once the statistics it was planned with have drifted (here:
 * every 10 s while a load doubles the store), and planning this write costs about half a
 * second plus fresh JIT work. Profiling a 1,000-article load found 18% of the Bolt worker's time
 * in such re-planning. The write's plan is index seeks by id whatever the store size, so the
 * loader's statements ask Neo4j to keep the plan it has.
 */
const KEEP_PLAN = 'CYPHER replan=skip';

/*
 * Keeps each actor's statementCount (its SAID degree, read from the relationship store in
 * O(1)) and the list key derived from it, for the actors in the list variable \`list\`;
 * written only when it changed, so an actor named everywhere is not rewritten per article.
 */
const UPDATE_ACTOR_COUNTS = (list: string) => `CALL {
  WITH ${list}
  UNWIND ${list} AS a
  WITH a, COUNT { (a)-[:SAID]->() } AS said
  WHERE a.statementCount IS NULL OR a.statementCount <> said OR a.rankKey IS NULL
  SET a.statementCount = said
  SET a.rankKey = ${actorKey('a')}
}`;

/*
 * One statement writes the whole article: a round trip per article rather than per node.
 * Unit subqueries keep each UNWIND from multiplying the rows of the next.
 * Every value arrives inside the single map parameter $d: Neo4j keys its plan cache on the
 * parameter types, so separate list parameters (empty in one article, lists of maps in the
 * next) made it re-plan this large query for almost every article (seconds each); one map
 * parameter has one type and one plan.
 */
const WRITE_ARTICLE_BODY = `
MERGE (art:Article {id: $d.article.id})
SET art += $d.article.props, art.ingestedAt = datetime(), art:Node
SET art.listKey = ${articleKey('art')}
WITH art
CALL {
  WITH art
  UNWIND $d.actors AS x
  MERGE (n:Actor {id: x.id})
  ON CREATE SET n += x.props, n.aliases = x.aliases, n.nameKeys = x.nameKeys,
                n.aliasText = reduce(text = '', alias IN x.aliases | text + ' ' + alias), n:$(x.label), n:Node
  ON CREATE SET n.nameText = ${actorNameText('n')}
  CREATE (art)-[m:MENTIONS {starts: x.starts, ends: x.ends}]->(n)
  // An actor named in thousands of articles is rewritten (and re-indexed, full text included)
  // only when this article teaches something new about it, not on every mention.
  WITH n, x
  CALL {
    WITH n, x
    WITH n, x,
         [alias IN x.aliases WHERE NOT alias IN coalesce(n.aliases, [])] AS newAliases,
         [key IN x.nameKeys WHERE NOT key IN coalesce(n.nameKeys, [])] AS newKeys
    WHERE (size(newAliases) > 0 AND size(coalesce(n.aliases, [])) < ${MAX_ALIASES})
       OR (size(newKeys) > 0 AND size(coalesce(n.nameKeys, [])) < ${MAX_NAME_KEYS})
       OR (n.nameEn IS NULL AND x.props.nameEn IS NOT NULL)
       OR (n.wikidataId IS NULL AND x.props.wikidataId IS NOT NULL)
    SET n.aliases = (coalesce(n.aliases, []) + newAliases)[..${MAX_ALIASES}],
        n.nameKeys = (coalesce(n.nameKeys, []) + newKeys)[..${MAX_NAME_KEYS}],
        n.nameEn = coalesce(n.nameEn, x.props.nameEn),
        n.wikidataId = coalesce(n.wikidataId, x.props.wikidataId)
    SET n.aliasText = reduce(text = '', alias IN n.aliases | text + ' ' + alias)
    SET n.nameText = ${actorNameText('n')}
  }
  RETURN collect(n) AS actors
}
CALL {
  WITH art
  UNWIND $d.places AS x
  MERGE (n:Place {id: x.id}) ON CREATE SET n += x.props, n:Node
  CREATE (art)-[m:MENTIONS {starts: x.starts, ends: x.ends}]->(n)
  RETURN collect(n) AS places
}
CALL {
  WITH art
  UNWIND $d.sectors AS x
  MERGE (n:Sector {id: x.id}) ON CREATE SET n += x.props, n:Node
  CREATE (art)-[m:MENTIONS {starts: x.starts, ends: x.ends}]->(n)
  RETURN collect(n) AS sectors
}
CALL {
  WITH art
  UNWIND $d.events AS x
  CREATE (n:Event:Node) SET n = x.props
  CREATE (art)-[m:MENTIONS {starts: x.starts, ends: x.ends}]->(n)
  RETURN collect(n) AS events
}
CALL {
  WITH art
  UNWIND $d.statements AS x
  CREATE (n:Statement:Node) SET n = x.props
  SET n.newestKey = ${statementNewestKey('n')}, n.oldestKey = ${statementOldestKey('n')}, n.searchText = ${searchText('n.text')}
  CREATE (n)-[r:REPORTED_IN {start: x.start, end: x.end}]->(art)
  RETURN collect(n) AS statements
}
CALL { WITH actors, statements UNWIND $d.said AS x WITH statements[x.from] AS s, actors[x.to] AS a CREATE (a)-[:SAID]->(s) }
CALL { WITH actors, statements UNWIND $d.addressedTo AS x WITH statements[x.from] AS s, actors[x.to] AS a CREATE (s)-[:ADDRESSED_TO]->(a) }
CALL { WITH actors, statements UNWIND $d.aboutActors AS x WITH statements[x.from] AS s, actors[x.to] AS t CREATE (s)-[:ABOUT]->(t) }
CALL { WITH events, statements UNWIND $d.aboutEvents AS x WITH statements[x.from] AS s, events[x.to] AS t CREATE (s)-[:ABOUT]->(t) }
CALL { WITH sectors, statements UNWIND $d.aboutSectors AS x WITH statements[x.from] AS s, sectors[x.to] AS t CREATE (s)-[:ABOUT]->(t) }
CALL { WITH places, statements UNWIND $d.aboutPlaces AS x WITH statements[x.from] AS s, places[x.to] AS t CREATE (s)-[:ABOUT]->(t) }
CALL { WITH actors, statements UNWIND $d.reportedBy AS x WITH statements[x.from] AS s, actors[x.to] AS a CREATE (s)-[:REPORTED_BY]->(a) }
CALL { WITH statements UNWIND $d.denies AS x WITH statements[x.from] AS s, statements[x.to] AS t CREATE (s)-[:DENIES]->(t) }
CALL { WITH statements UNWIND $d.answers AS x WITH statements[x.from] AS s, statements[x.to] AS t CREATE (s)-[:ANSWERS]->(t) }
CALL { WITH events, statements UNWIND $d.during AS x WITH statements[x.from] AS s, events[x.to] AS e CREATE (s)-[:DURING]->(e) }
CALL { WITH actors, events UNWIND $d.participants AS x WITH events[x.from] AS e, actors[x.to] AS a CREATE (a)-[:PARTICIPATED_IN {role: 'participant'}]->(e) }
CALL { WITH places, events UNWIND $d.eventPlaces AS x WITH events[x.from] AS e, places[x.to] AS p CREATE (e)-[:IN]->(p) }
CALL { WITH events UNWIND $d.follows AS x WITH events[x.from] AS e, events[x.to] AS f CREATE (e)-[:FOLLOWS]->(f) }
CALL { WITH events, sectors UNWIND $d.affects AS x WITH events[x.from] AS e, sectors[x.to] AS s CREATE (e)-[:AFFECTS]->(s) }
CALL { WITH actors UNWIND $d.partOf AS x WITH actors[x.from] AS a, actors[x.to] AS b MERGE (a)-[:PART_OF]->(b) }
CALL { WITH actors, places UNWIND $d.basedIn AS x WITH actors[x.from] AS a, places[x.to] AS p MERGE (a)-[:BASED_IN]->(p) }
CALL { WITH events UNWIND events AS e SET e.sortKey = ${eventKey('e')}, e.searchText = ${searchText("coalesce(e.label, '') + ' ' + coalesce(e.dateText, '')")} }
${UPDATE_ACTOR_COUNTS('actors')}
CALL { WITH actors, events, sectors, places
  UNWIND $d.stances AS x
  WITH x, actors[x.from] AS sp,
       CASE x.type WHEN 'a' THEN actors[x.to] WHEN 'e' THEN events[x.to] WHEN 's' THEN sectors[x.to] ELSE places[x.to] END AS t
  MERGE (sp)-[r:STANCE]->(t)
  SET r.count = coalesce(r.count, 0) + x.count
  SET r.rankKey = ${stanceKey('r', 'sp', 't')}
  WITH x, sp, t, r
  UNWIND x.kinds AS k
  SET r[${stanceKindProperty('k.kind')}] = coalesce(r[${stanceKindProperty('k.kind')}], 0) + k.count
  MERGE (sp)-[rk:STANCE_KIND {kind: k.kind}]->(t)
  SET rk.count = coalesce(rk.count, 0) + k.count
  SET rk.rankKey = ${stanceKindKey('rk', 'sp', 't')}
}
RETURN art.id AS id
`;

export const WRITE_ARTICLE = `${KEEP_PLAN}${WRITE_ARTICLE_BODY}`;

/*
 * The same write for a whole batch in one statement: one query execution and one result per
 * batch instead of per article. Derived from WRITE_ARTICLE so the two cannot drift apart.
 */
export const WRITE_BATCH = `${KEEP_PLAN}
UNWIND $docs AS d
CALL {
  WITH d
${WRITE_ARTICLE_BODY.trim()
    .replace(/\$d\./g, 'd.')
    .replace(/^WITH art$/m, 'WITH art, d')
    .replace(/CALL \{\n  WITH art\n/g, 'CALL {\n  WITH art, d\n')
    .replace(/CALL \{ WITH (\w)/g, 'CALL { WITH d, $1')}
}
RETURN id`;

/*
 * Removes an article and whatever only it supported: its statements and events, and the
 * actors, places and sectors that no other article mentions.
 */
export const DELETE_ARTICLE = `${KEEP_PLAN}
MATCH (art:Article {id: $id})
CALL {
  WITH art
  MATCH (sp:Actor)-[:SAID]->(s:Statement)-[:REPORTED_IN]->(art)
  MATCH (s)-[:ABOUT]->(t) WHERE t <> sp
  WITH sp, t, s.kind AS kind, count(*) AS n
  MATCH (sp)-[rk:STANCE_KIND {kind: kind}]->(t)
  SET rk.count = rk.count - n
  WITH sp, t, rk, n, kind
  MATCH (sp)-[rs:STANCE]->(t)
  SET rs[${stanceKindProperty('kind')}] = CASE WHEN rs[${stanceKindProperty('kind')}] - n > 0 THEN rs[${stanceKindProperty('kind')}] - n END
  SET rk.rankKey = ${stanceKindKey('rk', 'sp', 't')}
  WITH sp, t, rk, n
  CALL { WITH rk WITH rk WHERE rk.count <= 0 DELETE rk }
  WITH sp, t, sum(n) AS total
  MATCH (sp)-[r:STANCE]->(t)
  SET r.count = r.count - total
  SET r.rankKey = ${stanceKey('r', 'sp', 't')}
  WITH r WHERE r.count <= 0
  DELETE r
}
CALL {
  WITH art
  MATCH (s:Statement)-[:REPORTED_IN]->(art)
  OPTIONAL MATCH (sp:Actor)-[:SAID]->(s)
  DETACH DELETE s
  RETURN collect(DISTINCT sp) AS speakers
}
${UPDATE_ACTOR_COUNTS('speakers')}
CALL {
  WITH art
  MATCH (art)-[:MENTIONS]->(n)
  WHERE NOT EXISTS { MATCH (n)<-[:MENTIONS]-(other:Article) WHERE other <> art }
  DETACH DELETE n
}
DETACH DELETE art
RETURN count(*) AS deleted
`;

type Counters = Pick<LoadResult, 'nodesCreated' | 'nodesDeleted' | 'relationshipsCreated' | 'relationshipsDeleted'>;

function counters(results: QueryResult[]): Counters {
  const total: Counters = { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 };
  for (const result of results) {
    const updates = result.summary.counters.updates();
    total.nodesCreated += updates.nodesCreated;
    total.nodesDeleted += updates.nodesDeleted;
    total.relationshipsCreated += updates.relationshipsCreated;
    total.relationshipsDeleted += updates.relationshipsDeleted;
  }
  return total;
}

/** Writes one article inside the caller's transaction; see loadDocument. */
export async function writeDocument(tx: ManagedTransaction, graph: DocumentGraph, hash = contentHash(graph)): Promise<LoadResult> {
  const existing = await tx.run('MATCH (a:Article {id: $id}) RETURN a.contentHash AS hash', { id: graph.article.id });
  const present = existing.records.length > 0;
  return writeKnown(tx, graph, hash, present, present ? existing.records[0]?.get('hash') as string | undefined : undefined);
}

async function writeKnown(tx: ManagedTransaction, graph: DocumentGraph, hash: string, present: boolean, previousHash: string | undefined): Promise<LoadResult> {
  const base = { articleId: graph.article.id, statements: graph.statements.length, actors: graph.actors.length, events: graph.events.length };
  if (present && previousHash === hash) {
    return { ...base, status: 'unchanged', ...counters([]) };
  }
  // Parameters first: a graph they refuse must fail before anything is sent.
  const d = toLoadParameters(graph, hash);
  // Both statements go out before either result is awaited: the driver pipelines them.
  const pending: Promise<QueryResult>[] = [];
  if (present) pending.push(tx.run(DELETE_ARTICLE, { id: graph.article.id }));
  pending.push(tx.run(WRITE_ARTICLE, { d }));
  const results = await Promise.all(pending);
  return { ...base, status: present ? 'replaced' : 'loaded', ...counters(results) };
}

/** An article ready to write: its graph and the content hash of that graph. */
export interface PreparedDocument {
  graph: DocumentGraph;
  hash: string;
}

export function prepareDocument(graph: DocumentGraph): PreparedDocument {
  return { graph, hash: contentHash(graph) };
}

/**
 * Writes several articles in one transaction: one lookup of their stored hashes, the deletion
 * of the old version of each changed article, then one statement writing every new or changed
 * article (WRITE_BATCH), all committed together. Each article stays atomic (the batch commits
 * or none of it does); when a batch fails the caller retries its articles one by one
 * (loadDocument), so one bad article cannot sink the others. Ids must be distinct within a batch.
 * The node/relationship counters of the batch are reported on its first written article (a
 * statement's counters cannot be split by article); totals over the batch are exact.
 * By default the whole batch is one statement (WRITE_BATCH): 100 to 130 seed-size articles/s
 * against about 95 when each article is its own statement in the same transaction, on 2 cores
 * with a warm Neo4j. `singleStatement: false` keeps per-article statements, whose counters are
 * exact per article.
 */
export async function loadBatch(db: Database, docs: readonly PreparedDocument[], options: { singleStatement?: boolean } = {}): Promise<LoadResult[]> {
  if (docs.length === 0) return [];
  return db.write(async (tx) => {
    const existing = await tx.run(
      `${KEEP_PLAN} UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN id, a.contentHash AS hash`,
      { ids: docs.map((d) => d.graph.article.id) },
    );
    const stored = new Map(existing.records.map((r) => [r.get('id') as string, r.get('hash') as string | undefined]));
    if (options.singleStatement === false) {
      return Promise.all(docs.map((d) => writeKnown(tx, d.graph, d.hash, stored.has(d.graph.article.id), stored.get(d.graph.article.id))));
    }
    const results: LoadResult[] = [];
    const written: ReturnType<typeof toLoadParameters>[] = [];
    const replaced: string[] = [];
    for (const d of docs) {
      const { graph } = d;
      const present = stored.has(graph.article.id);
      const status: LoadStatus = !present ? 'loaded' : stored.get(graph.article.id) === d.hash ? 'unchanged' : 'replaced';
      results.push({
        articleId: graph.article.id, status, statements: graph.statements.length, actors: graph.actors.length, events: graph.events.length,
        ...counters([]),
      });
      if (status === 'unchanged') continue;
      // Every article's parameters before any statement: a graph they refuse fails the batch
      // before anything is sent.
      written.push(toLoadParameters(graph, d.hash));
      if (status === 'replaced') replaced.push(graph.article.id);
    }
    const pending = replaced.map((id) => tx.run(DELETE_ARTICLE, { id }));
    if (written.length > 0) pending.push(tx.run(WRITE_BATCH, { docs: written }));
    const total = counters(await Promise.all(pending));
    const first = results.find((r) => r.status !== 'unchanged');
    if (first) Object.assign(first, total);
    return results;
  });
}

/**
 * Loads one article atomically and idempotently: a single write transaction, MERGE on ids,
 * a no-op when its content hash is unchanged, a replacement of its statements when it changed.
 */
export async function loadDocument(db: Database, graph: DocumentGraph): Promise<LoadResult> {
  const hash = contentHash(graph);
  return db.write((tx) => writeDocument(tx, graph, hash));
}

/** Deletes an article and what only it supported; false when there was no such article. */
export async function deleteArticle(db: Database, id: string): Promise<{ deleted: boolean } & Counters> {
  return db.write(async (tx) => {
    const result = await tx.run(DELETE_ARTICLE, { id });
    return { deleted: (result.records[0]?.get('deleted') as number | undefined ?? 0) > 0, ...counters([result]) };
  });
}
