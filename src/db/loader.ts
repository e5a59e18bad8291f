import { int, type Integer, type ManagedTransaction, type QueryResult } from 'neo4j-driver';
import {
  actorAliases,
  actorProperties,
  articleProperties,
  eventProperties,
  MAX_ALIASES,
  MAX_KEY_CHARS,
  MAX_NAME_KEYS,
  mentionOffsets,
  placeProperties,
  sectorProperties,
  statementProperties,
} from '../graph/codec.ts';
import { contentHash, type PreparedDocument } from '../graph/content-hash.ts';
import {
  ACTOR_KIND_LABELS,
  ALL_PERIODS,
  COLLECTION_LABELS,
  periodLabel,
  PERIOD_LENGTH,
  periodOf,
  REFERENCES,
  referenceParameter,
  STATEMENT_KIND_LABELS,
  type Collection,
} from '../graph/model.ts';
import { nameKeys } from '../text/arabic.ts';
import {
  aboutKeys,
  mentionKeys,
  activityPairKey,
  activityRankKey,
  participationKeys,
  periodPairKey,
  actorKey,
  actorNameText,
  articleKey,
  eventKey,
  stanceKey,
  stanceKindKey,
  stanceKindProperty,
  stanceKindPairKey,
  stancePairKey,
  statementNewestKey,
  statementOldestKey,
  searchText,
} from './queries/keys.ts';
import type { DocumentGraph } from '../graph/document-graph.ts';
import type { Database } from './driver.ts';

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

/** The positions of a collection's entries by id (the first, should an id repeat). */
const positions = (items: readonly { id: string }[]) => new Map(items.map((item, i) => [item.id, i] as const).reverse());

type Pair = { from: Integer; to: Integer };

/**
 * The pairs (owner position, target position) of every reference relationship of the model
 * (REFERENCES in src/graph/model.ts), keyed by referenceParameter: what the write UNWINDs.
 */
function referencePairs(graph: DocumentGraph, at: Record<Collection, Map<string, number>>): Record<string, Pair[]> {
  const pairs: Record<string, Pair[]> = {};
  for (const ref of REFERENCES) {
    for (const target of ref.targets) pairs[referenceParameter(ref, target)] = [];
    const owners: readonly { id: string }[] = graph[ref.owner];
    owners.forEach((item, from) => {
      const value = (item as unknown as Record<string, string | null | undefined | readonly string[]>)[ref.field];
      // Relationships out of an article's own nodes are CREATEd, so each pair must appear once.
      const ids = value == null ? [] : typeof value === 'string' ? [value] : [...new Set(value)];
      for (const id of ids) {
        const target = ref.targets.find((t) => at[t].has(id));
        if (target === undefined) {
          throw new Error(
            `${item.id} refers to ${id} (${ref.field}), which is not a node of article ${graph.article.id} of the kind the reference needs`,
          );
        }
        // Integers, not floats: Cypher indexes lists only with integers.
        pairs[referenceParameter(ref, target)]!.push({ from: int(from), to: int(at[target].get(id)!) });
      }
    });
  }
  return pairs;
}

/** Turns a DocumentGraph into the one map parameter the write query reads (see writeArticleBody). */
export function toLoadParameters(graph: DocumentGraph, hash: string) {
  const { article } = graph;
  const period = periodOf(article.publishedAt);
  // Relationships are written between nodes the same statement just merged or created, found by
  // their position in the article's lists: no index seek per relationship (profiling put those
  // seeks at a sixth of the write). So every reference must name a node of this article, as a
  // valid DocumentGraph's do; anything else is refused rather than silently left out.
  const at: Record<Collection, Map<string, number>> = {
    actors: positions(graph.actors),
    places: positions(graph.places),
    events: positions(graph.events),
    sectors: positions(graph.sectors),
    statements: positions(graph.statements),
  };
  return {
    article: { id: article.id, props: articleProperties(graph, hash) },
    actors: graph.actors.map((a) => {
      const aliases = actorAliases(a);
      return {
        id: a.id,
        label: ACTOR_KIND_LABELS[a.kind],
        props: actorProperties(a),
        aliases,
        nameKeys: [...new Set([a.name, a.nameEn ?? '', ...aliases].flatMap(nameKeys))]
          .filter((k) => k.length <= MAX_KEY_CHARS)
          .slice(0, MAX_NAME_KEYS),
        ...mentionOffsets(a.mentions),
      };
    }),
    places: graph.places.map((p) => ({ id: p.id, props: placeProperties(p), ...mentionOffsets(p.mentions) })),
    sectors: graph.sectors.map((s) => ({ id: s.id, props: sectorProperties(s), ...mentionOffsets(s.mentions) })),
    events: graph.events.map((e) => ({ id: e.id, props: eventProperties(e, article), ...mentionOffsets(e.mentions) })),
    statements: graph.statements.map((s) => ({
      id: s.id,
      label: STATEMENT_KIND_LABELS[s.kind],
      periodLabels: period === null ? [] : [periodLabel(period)],
      start: s.content.start,
      end: s.content.end,
      props: statementProperties(s, article, at.actors),
    })),
    refs: referencePairs(graph, at),
    stances: stancePairs(graph, at),
    ...periodNetwork(graph, at),
  };
}

/** Where a statement's target can be: the collections ABOUT may point into, as the write names its lists. */
const STANCE_TARGETS = REFERENCES.find((r) => r.type === 'ABOUT')!.targets;

/*
 * The article's contribution to the maintained stance network: per speaker → target pair
 * (target = what a statement is about, the speaker itself excluded), how many statements, and
 * how many of each kind. Added to the STANCE / STANCE_KIND relationships in the same write.
 */
function stancePairs(graph: DocumentGraph, at: Record<Collection, Map<string, number>>) {
  const pairs = new Map<string, { from: number; type: Collection; to: number; count: number; kinds: Map<string, number> }>();
  for (const s of graph.statements) {
    const from = at.actors.get(s.speakerId);
    if (from === undefined) continue;
    for (const target of new Set(s.aboutIds)) {
      if (target === s.speakerId) continue;
      const type = STANCE_TARGETS.find((t) => at[t].has(target));
      if (type === undefined) continue;
      const to = at[type].get(target)!;
      const key = `${from}|${type}|${to}`;
      const pair = pairs.get(key) ?? { from, type, to, count: 0, kinds: new Map<string, number>() };
      pair.count += 1;
      pair.kinds.set(s.kind, (pair.kinds.get(s.kind) ?? 0) + 1);
      pairs.set(key, pair);
    }
  }
  return [...pairs.values()].map((p) => ({
    from: int(p.from),
    type: p.type,
    to: int(p.to),
    count: int(p.count),
    kinds: [...p.kinds].map(([kind, count]) => ({ kind, count: int(count) })),
  }));
}

type KindCounts = Map<string, number>;
const addKind = (kinds: KindCounts, kind: string) => kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
const kindList = (kinds: KindCounts) => [...kinds].map(([kind, count]) => ({ kind, count: int(count) }));

/*
 * The article's contribution to the per-period actor network (the graph model's PERIOD_ACTIVITY
 * and PERIOD_PAIR), for its period and for ALL_PERIODS: per actor, the statements it said (per
 * kind) and those of others naming it as an actor target; per speaker → actor target pair, the
 * statements, how many ABOUT and ADDRESSED_TO it, per kind, and their dates. The targets are
 * what actorNetwork reads from a statement: its ABOUT actors and its addressees, the speaker left
 * out. The write adds these to the stored rows (the delete subtracts them).
 */
export function periodNetwork(graph: DocumentGraph, at: Record<Collection, Map<string, number>>) {
  const period = periodOf(graph.article.publishedAt);
  const date = graph.article.publishedAt ?? null;
  const activity = new Map<number, { said: number; received: number; kinds: KindCounts }>();
  const pairs = new Map<string, { from: number; to: number; count: number; about: number; addressedTo: number; kinds: KindCounts }>();
  const actorRow = (a: number) => {
    const row = activity.get(a) ?? { said: 0, received: 0, kinds: new Map<string, number>() };
    activity.set(a, row);
    return row;
  };
  for (const s of graph.statements) {
    const from = at.actors.get(s.speakerId);
    if (from === undefined) continue;
    const speaker = actorRow(from);
    speaker.said += 1;
    addKind(speaker.kinds, s.kind);
    const about = new Set(s.aboutIds.filter((id) => at.actors.has(id)));
    const addressed = new Set(s.addresseeIds.filter((id) => at.actors.has(id)));
    for (const target of new Set([...about, ...addressed])) {
      if (target === s.speakerId) continue;
      const to = at.actors.get(target)!;
      actorRow(to).received += 1;
      const key = `${from}|${to}`;
      const pair = pairs.get(key) ?? { from, to, count: 0, about: 0, addressedTo: 0, kinds: new Map<string, number>() };
      pair.count += 1;
      if (about.has(target)) pair.about += 1;
      if (addressed.has(target)) pair.addressedTo += 1;
      addKind(pair.kinds, s.kind);
      pairs.set(key, pair);
    }
  }
  const periods = period === null ? [ALL_PERIODS] : [period, ALL_PERIODS];
  return {
    periodActivity: periods.flatMap((p) =>
      [...activity].map(([actor, row]) => ({
        actor: int(actor),
        period: p,
        said: int(row.said),
        received: int(row.received),
        kinds: kindList(row.kinds),
      })),
    ),
    periodPairs: periods.flatMap((p) =>
      [...pairs.values()].map((pair) => ({
        from: int(pair.from),
        to: int(pair.to),
        period: p,
        count: int(pair.count),
        about: int(pair.about),
        addressedTo: int(pair.addressedTo),
        kinds: kindList(pair.kinds),
        date,
      })),
    ),
  };
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

/** A mentioned node of the article's own (CREATE) or shared across articles (MERGE on id), with its MENTIONS. */
const mentioned = (d: string, w: (...vars: string[]) => string, collection: Collection, write: 'CREATE' | 'MERGE') => `CALL {
  ${w('art')}
  UNWIND ${d}.${collection} AS x
  ${
    write === 'MERGE'
      ? `MERGE (n:${COLLECTION_LABELS[collection]} {id: x.id}) ON CREATE SET n += x.props, n:Node`
      : `CREATE (n:${COLLECTION_LABELS[collection]}:Node) SET n = x.props`
  }
  CREATE (art)-[m:MENTIONS {starts: x.starts, ends: x.ends, ${mapEntries(mentionKeys('art', 'n'))}}]->(n)
  RETURN collect(n) AS ${collection}
}`;

/** The derived keys of the references that declare some (the model's `keys`), over owner and target. */
const REFERENCE_KEYS: Readonly<Record<string, (owner: string, target: string) => string>> = {
  ABOUT: aboutKeys,
  PARTICIPATED_IN: participationKeys,
};

/** The inside of a Cypher map literal (`{a: 1}` → `a: 1`), to join two of them. */
const mapEntries = (literal: string) => literal.slice(1, -1);

/** The properties a reference relationship is created with: its constant ones and its keys. */
function referenceProperties(ref: (typeof REFERENCES)[number]): string {
  const parts = 'constant' in ref && ref.constant ? [mapEntries(ref.constant)] : [];
  if ('keys' in ref) {
    const keys = REFERENCE_KEYS[ref.type];
    if (!keys) throw new Error(`the graph model declares keys on ${ref.type}, which the loader does not compute`);
    parts.push(mapEntries(keys('o', 't')));
  }
  return parts.length > 0 ? ` {${parts.join(', ')}}` : '';
}

/*
 * The relationships of the model's REFERENCES, each between two nodes the write just made,
 * found by position in the lists the subqueries collected (see referencePairs). The statements'
 * own keys are set by then, so an ABOUT edge copies them; PARTICIPATED_IN comes after FOLLOWS in
 * the model's order, so its timeline key counts the event's FOLLOWS paths as written.
 */
const referenceWrites = (d: string, w: (...vars: string[]) => string) =>
  REFERENCES.flatMap((ref) =>
    ref.targets.map((target) => {
      const lists = [...new Set([ref.owner, target])];
      const [from, to] = ref.direction === 'out' ? ['o', 't'] : ['t', 'o'];
      const props = referenceProperties(ref);
      return (
        `CALL { ${w(...lists)} UNWIND ${d}.refs.${referenceParameter(ref, target)} AS x WITH ${ref.owner}[x.from] AS o, ${target}[x.to] AS t ` +
        `${ref.write} (${from})-[:${ref.type}${props}]->(${to}) }`
      );
    }),
  ).join('\n');

/*
 * One statement writes the whole article: a round trip per article rather than per node.
 * Unit subqueries keep each UNWIND from multiplying the rows of the next.
 * Every value arrives inside one map (`d`): Neo4j keys its plan cache on the parameter types,
 * so separate list parameters (empty in one article, lists of maps in the next) made it
 * re-plan this large query for almost every article (seconds each); one map parameter has one
 * type and one plan. The single-article write reads the map from the parameter `$d`; the batch
 * write UNWINDs a list of them into the variable `d`, which every subquery then imports
 * (`carry`): both are this one text, so they cannot drift apart.
 */
function writeArticleBody(d: string, carry: readonly string[]): string {
  const w = (...vars: string[]) => `WITH ${[...carry, ...vars].join(', ')}`;
  return `MERGE (art:Article {id: ${d}.article.id})
SET art += ${d}.article.props, art.ingestedAt = datetime(), art:Node
SET art.listKey = ${articleKey('art')}
${w('art')}
CALL {
  ${w('art')}
  UNWIND ${d}.actors AS x
  MERGE (n:Actor {id: x.id})
  ON CREATE SET n += x.props, n.aliases = x.aliases, n.nameKeys = x.nameKeys,
                n.aliasText = reduce(text = '', alias IN x.aliases | text + ' ' + alias), n:$(x.label), n:Node
  ON CREATE SET n.nameText = ${actorNameText('n')}
  CREATE (art)-[m:MENTIONS {starts: x.starts, ends: x.ends, ${mapEntries(mentionKeys('art', 'n'))}}]->(n)
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
${mentioned(d, w, 'places', 'MERGE')}
${mentioned(d, w, 'sectors', 'MERGE')}
${mentioned(d, w, 'events', 'CREATE')}
CALL {
  ${w('art')}
  UNWIND ${d}.statements AS x
  CREATE (n:Statement:Node) SET n = x.props, n:$(x.label), n:$(x.periodLabels)
  SET n.newestKey = ${statementNewestKey('n')}, n.oldestKey = ${statementOldestKey('n')}, n.searchText = ${searchText('n.text')}
  CREATE (n)-[r:REPORTED_IN {start: x.start, end: x.end}]->(art)
  RETURN collect(n) AS statements
}
${referenceWrites(d, w)}
CALL { ${w('statements')} UNWIND statements AS n WITH n WHERE (n)-[:DENIES]->() SET n.denialKey = n.newestKey }
CALL { WITH events UNWIND events AS e SET e.sortKey = ${eventKey('e')}, e.searchText = ${searchText("coalesce(e.label, '') + ' ' + coalesce(e.dateText, '')")} }
${UPDATE_ACTOR_COUNTS('actors')}
CALL { ${w('actors', 'events', 'sectors', 'places')}
  UNWIND ${d}.stances AS x
  WITH x, actors[x.from] AS sp,
       CASE x.type WHEN 'actors' THEN actors[x.to] WHEN 'events' THEN events[x.to] WHEN 'sectors' THEN sectors[x.to] ELSE places[x.to] END AS t
  // Merged on the unique pairKey: an index seek, not an expansion of two hubs' stance edges.
  MERGE (sp)-[r:STANCE {pairKey: ${stancePairKey('sp', 't')}}]->(t)
  ON CREATE SET r.targetId = t.id
  SET r.count = coalesce(r.count, 0) + x.count
  SET r.rankKey = ${stanceKey('r', 'sp', 't')}
  WITH x, sp, t, r
  UNWIND x.kinds AS k
  SET r[${stanceKindProperty('k.kind')}] = coalesce(r[${stanceKindProperty('k.kind')}], 0) + k.count
  MERGE (sp)-[rk:STANCE_KIND {pairKey: ${stanceKindPairKey('sp', 't', 'k.kind')}}]->(t)
  ON CREATE SET rk.kind = k.kind
  SET rk.count = coalesce(rk.count, 0) + k.count
  SET rk.rankKey = ${stanceKindKey('rk', 'sp', 't')}
}
CALL { ${w('actors')}
  UNWIND ${d}.periodActivity AS x
  WITH x, actors[x.actor] AS a
  MERGE (a)-[r:PERIOD_ACTIVITY {pairKey: ${activityPairKey('a.id', 'x.period')}}]->(a)
  ON CREATE SET r.period = x.period, r.actorId = a.id
  SET r.said = coalesce(r.said, 0) + x.said, r.received = coalesce(r.received, 0) + x.received
  SET r.weight = r.said + r.received
  SET r.rankKey = ${activityRankKey('r')}
  WITH x, r
  UNWIND x.kinds AS k
  SET r[${stanceKindProperty('k.kind')}] = coalesce(r[${stanceKindProperty('k.kind')}], 0) + k.count
}
CALL { ${w('actors')}
  UNWIND ${d}.periodPairs AS x
  WITH x, actors[x.from] AS sp, actors[x.to] AS t
  MERGE (sp)-[r:PERIOD_PAIR {pairKey: ${periodPairKey('sp.id', 't.id', 'x.period')}}]->(t)
  ON CREATE SET r.period = x.period, r.sourceId = sp.id, r.targetId = t.id
  SET r.count = coalesce(r.count, 0) + x.count, r.about = coalesce(r.about, 0) + x.about,
      r.addressedTo = coalesce(r.addressedTo, 0) + x.addressedTo
  // min and max of text, null (an undated article) left out as Cypher's min/max do.
  SET r.firstDate = CASE WHEN r.firstDate IS NULL OR x.date < r.firstDate THEN coalesce(x.date, r.firstDate) ELSE r.firstDate END,
      r.lastDate = CASE WHEN r.lastDate IS NULL OR x.date > r.lastDate THEN coalesce(x.date, r.lastDate) ELSE r.lastDate END
  WITH x, r
  UNWIND x.kinds AS k
  SET r[${stanceKindProperty('k.kind')}] = coalesce(r[${stanceKindProperty('k.kind')}], 0) + k.count
}
RETURN art.id AS id`;
}

export const WRITE_ARTICLE = `${KEEP_PLAN}
${writeArticleBody('$d', [])}`;

/** The same write for a whole batch in one statement: one query execution and one result per batch instead of per article. */
export const WRITE_BATCH = `${KEEP_PLAN}
UNWIND $docs AS d
CALL {
  WITH d
${writeArticleBody('d', ['d'])}
}
RETURN id`;

/** The article's statements (`s`) with their actor targets, per period (the variables periodNetwork's rows come from). */
const STATEMENT_PERIODS = `MATCH (s:Statement)-[:REPORTED_IN]->(art) WHERE s.speakerId IS NOT NULL
  WITH s, coalesce(s.aboutActorIds, []) AS about, coalesce(s.addresseeIds, []) AS addressed
  WITH s, about, addressed, [t IN about + [a IN addressed WHERE NOT a IN about] WHERE t <> s.speakerId] AS targets
  UNWIND [p IN [substring(s.publishedAt, 0, ${PERIOD_LENGTH}), '${ALL_PERIODS}'] WHERE p IS NOT NULL] AS period`;

/** Lowers the kind counts `kinds` (one entry per statement) of row `r`, removing a count that reaches 0. */
const SUBTRACT_KINDS = (r: string) => `CALL (${r}, kinds) {
    UNWIND kinds AS k
    SET ${r}[${stanceKindProperty('k')}] = CASE WHEN ${r}[${stanceKindProperty('k')}] > 1 THEN ${r}[${stanceKindProperty('k')}] - 1 END
  }`;

/*
 * Takes the article's statements out of the per-period actor network before they are deleted:
 * the counts periodNetwork added, grouped per row first (a row is matched, lowered and perhaps
 * deleted once). Rows left at nothing are deleted; the pairs that remain are returned
 * (`touchedPairs`), their dates to be read again once the statements are gone.
 */
const SUBTRACT_PERIOD_NETWORK = `CALL {
  WITH art
  ${STATEMENT_PERIODS}
  UNWIND [{a: s.speakerId, said: 1}] + [t IN targets | {a: t, said: 0}] AS involved
  WITH involved.a AS actorId, period, sum(involved.said) AS said, count(*) - sum(involved.said) AS received,
       collect(CASE WHEN involved.said = 1 THEN s.kind END) AS kinds
  MATCH ()-[r:PERIOD_ACTIVITY {pairKey: ${activityPairKey('actorId', 'period')}}]->()
  SET r.said = r.said - said, r.received = r.received - received
  SET r.weight = r.said + r.received
  SET r.rankKey = ${activityRankKey('r')}
  WITH r, kinds
  ${SUBTRACT_KINDS('r')}
  WITH r WHERE r.weight <= 0
  DELETE r
}
CALL {
  WITH art
  ${STATEMENT_PERIODS}
  UNWIND targets AS t
  WITH s.speakerId AS sourceId, t AS targetId, period, count(*) AS n,
       sum(CASE WHEN t IN about THEN 1 ELSE 0 END) AS nAbout, sum(CASE WHEN t IN addressed THEN 1 ELSE 0 END) AS nAddressed,
       collect(s.kind) AS kinds
  MATCH ()-[r:PERIOD_PAIR {pairKey: ${periodPairKey('sourceId', 'targetId', 'period')}}]->()
  SET r.count = r.count - n, r.about = r.about - nAbout, r.addressedTo = r.addressedTo - nAddressed
  WITH r, kinds
  ${SUBTRACT_KINDS('r')}
  // Whether it is left at nothing, read before it is deleted (a deleted relationship has no properties to read).
  WITH r, r.count <= 0 AS gone
  CALL (r, gone) { WITH r WHERE gone DELETE r }
  WITH r WHERE NOT gone
  RETURN collect(r) AS touchedPairs
}`;

/*
 * The first and last dates of the pairs the deletion lowered, from the speaker's remaining
 * statements of the period (a range of the (speakerId, oldestKey) index: oldest keys start with
 * the date): a minimum cannot be lowered by subtraction.
 */
const PAIR_DATES_AFTER_DELETE = `CALL {
  WITH touchedPairs
  UNWIND touchedPairs AS r
  CALL (r) {
    MATCH (s:Statement) USING INDEX s:Statement(speakerId, oldestKey)
    WHERE s.speakerId = r.sourceId AND s.oldestKey >= r.period AND s.oldestKey < r.period + '\uffff'
      AND (r.period = '${ALL_PERIODS}' OR substring(s.publishedAt, 0, ${PERIOD_LENGTH}) = r.period)
      AND (r.targetId IN s.aboutActorIds OR r.targetId IN s.addresseeIds)
    RETURN min(s.publishedAt) AS firstDate, max(s.publishedAt) AS lastDate
  }
  SET r.firstDate = firstDate, r.lastDate = lastDate
}`;

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
  MATCH ()-[rk:STANCE_KIND {pairKey: ${stanceKindPairKey('sp', 't', 'kind')}}]->()
  SET rk.count = rk.count - n
  WITH sp, t, rk, n, kind
  MATCH ()-[rs:STANCE {pairKey: ${stancePairKey('sp', 't')}}]->()
  SET rs[${stanceKindProperty('kind')}] = CASE WHEN rs[${stanceKindProperty('kind')}] - n > 0 THEN rs[${stanceKindProperty('kind')}] - n END
  SET rk.rankKey = ${stanceKindKey('rk', 'sp', 't')}
  WITH sp, t, rk, n
  CALL { WITH rk WITH rk WHERE rk.count <= 0 DELETE rk }
  WITH sp, t, sum(n) AS total
  MATCH ()-[r:STANCE {pairKey: ${stancePairKey('sp', 't')}}]->()
  SET r.count = r.count - total
  SET r.rankKey = ${stanceKey('r', 'sp', 't')}
  WITH r WHERE r.count <= 0
  DELETE r
}
${SUBTRACT_PERIOD_NETWORK}
CALL {
  WITH art
  MATCH (s:Statement)-[:REPORTED_IN]->(art)
  OPTIONAL MATCH (sp:Actor)-[:SAID]->(s)
  DETACH DELETE s
  RETURN collect(DISTINCT sp) AS speakers
}
${UPDATE_ACTOR_COUNTS('speakers')}
${PAIR_DATES_AFTER_DELETE}
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
  return writeKnown(tx, graph, hash, present, present ? (existing.records[0]?.get('hash') as string | undefined) : undefined);
}

async function writeKnown(
  tx: ManagedTransaction,
  graph: DocumentGraph,
  hash: string,
  present: boolean,
  previousHash: string | undefined,
): Promise<LoadResult> {
  const base = {
    articleId: graph.article.id,
    statements: graph.statements.length,
    actors: graph.actors.length,
    events: graph.events.length,
  };
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
export async function loadBatch(
  db: Database,
  docs: readonly PreparedDocument[],
  options: { singleStatement?: boolean } = {},
): Promise<LoadResult[]> {
  if (docs.length === 0) return [];
  return db.write(async (tx) => {
    const existing = await tx.run(`${KEEP_PLAN} UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN id, a.contentHash AS hash`, {
      ids: docs.map((d) => d.graph.article.id),
    });
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
        articleId: graph.article.id,
        status,
        statements: graph.statements.length,
        actors: graph.actors.length,
        events: graph.events.length,
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
    return { deleted: ((result.records[0]?.get('deleted') as number | undefined) ?? 0) > 0, ...counters([result]) };
  });
}
