import { ALL_PERIODS, NODE_LABELS, PERIOD_LENGTH, periodLabelCypher, STATEMENT_KIND_LABELS } from '../graph/model.ts';
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
  searchText,
  stanceKey,
  stanceKindKey,
  stanceKindProperty,
  stanceKindPairKey,
  stancePairKey,
  statementNewestKey,
  statementOldestKey,
} from './queries/keys.ts';
import type { Database } from './driver.ts';

/** Every node label of the graph model (src/graph/model.ts); each gets a uniqueness constraint on `id`. */
export { NODE_LABELS };

/*
 * Schema statements cannot take parameters, so they are fixed literals here; `IF NOT EXISTS`
 * makes every run after the first a no-op.
 */
const CONSTRAINTS = NODE_LABELS.map(
  (label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
);

/*
 * Ids are unique across labels too, not only within one: every model node also carries the
 * shared label `Node` (set by the loader), whose constraint rejects a statement id that is
 * already an actor's. A database loaded before the label existed gets it first (once).
 */
export const SHARED_LABEL = 'Node';
const SHARED_CONSTRAINT_NAME = 'node_id';
const SHARED_CONSTRAINT = `CREATE CONSTRAINT ${SHARED_CONSTRAINT_NAME} IF NOT EXISTS FOR (n:${SHARED_LABEL}) REQUIRE n.id IS UNIQUE`;
const sharedLabelBackfill = () => `MATCH (n) WHERE (${NODE_LABELS.map((l) => `n:${l}`).join(' OR ')}) AND NOT n:${SHARED_LABEL}
   CALL (n) { SET n:${SHARED_LABEL} } IN TRANSACTIONS OF ${BACKFILL_BATCH} ROWS`;

const INDEXES = [
  // The `arabic` analyzer stems and drops stop words, which is what full-text search over news needs.
  "CREATE FULLTEXT INDEX statement_text IF NOT EXISTS FOR (n:Statement) ON EACH [n.text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'arabic'}}",
  "CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (n:Actor) ON EACH [n.name, n.nameAr, n.nameEn, n.aliasText] OPTIONS {indexConfig: {`fulltext.analyzer`: 'arabic'}}",
  "CREATE FULLTEXT INDEX event_labels IF NOT EXISTS FOR (n:Event) ON EACH [n.label, n.dateText] OPTIONS {indexConfig: {`fulltext.analyzer`: 'arabic'}}",
  // What `search` finds besides statements, actors and events.
  "CREATE FULLTEXT INDEX place_names IF NOT EXISTS FOR (n:Place) ON EACH [n.name, n.nameEn] OPTIONS {indexConfig: {`fulltext.analyzer`: 'arabic'}}",
  "CREATE FULLTEXT INDEX sector_names IF NOT EXISTS FOR (n:Sector) ON EACH [n.name, n.nameEn] OPTIONS {indexConfig: {`fulltext.analyzer`: 'arabic'}}",
  "CREATE FULLTEXT INDEX article_titles IF NOT EXISTS FOR (n:Article) ON EACH [n.title] OPTIONS {indexConfig: {`fulltext.analyzer`: 'arabic'}}",
  'CREATE INDEX actor_kind IF NOT EXISTS FOR (n:Actor) ON (n.kind)',
  'CREATE INDEX actor_name_keys IF NOT EXISTS FOR (n:Actor) ON (n.nameKeys)',
  'CREATE INDEX statement_kind IF NOT EXISTS FOR (n:Statement) ON (n.kind)',
  'CREATE INDEX statement_published IF NOT EXISTS FOR (n:Statement) ON (n.publishedAt)',
  'CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.publishedAt)',
  'CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date)',
];

/*
 * The indexes behind keyset pages (see queries/keys.ts): every list order is a range scan of
 * one of these, and substring search a trigram text index. They come after the backfill that
 * fills their properties in a database loaded before they existed; the last one doubles as
 * the marker that the backfill is done, so a start on an up-to-date database only checks it.
 */
const KEY_INDEXES = [
  'CREATE INDEX statement_newest IF NOT EXISTS FOR (n:Statement) ON (n.newestKey)',
  'CREATE INDEX statement_oldest IF NOT EXISTS FOR (n:Statement) ON (n.oldestKey)',
  'CREATE INDEX statement_speaker_newest IF NOT EXISTS FOR (n:Statement) ON (n.speakerId, n.newestKey)',
  // An actor's timeline reads its statements oldest first (queries/events.ts).
  'CREATE INDEX statement_speaker_oldest IF NOT EXISTS FOR (n:Statement) ON (n.speakerId, n.oldestKey)',
  'CREATE INDEX statement_kind_newest IF NOT EXISTS FOR (n:Statement) ON (n.kind, n.newestKey)',
  'CREATE INDEX statement_denial IF NOT EXISTS FOR (n:Statement) ON (n.denialKey)',
  'CREATE INDEX actor_rank IF NOT EXISTS FOR (n:Actor) ON (n.rankKey)',
  'CREATE INDEX actor_kind_rank IF NOT EXISTS FOR (n:Actor) ON (n.kind, n.rankKey)',
  'CREATE INDEX event_sort IF NOT EXISTS FOR (n:Event) ON (n.sortKey)',
  'CREATE INDEX article_list IF NOT EXISTS FOR (n:Article) ON (n.listKey)',
  'CREATE TEXT INDEX statement_search IF NOT EXISTS FOR (n:Statement) ON (n.searchText)',
  'CREATE TEXT INDEX event_search IF NOT EXISTS FOR (n:Event) ON (n.searchText)',
  'CREATE TEXT INDEX actor_name_text IF NOT EXISTS FOR (n:Actor) ON (n.nameText)',
  'CREATE INDEX stance_kind_rank IF NOT EXISTS FOR ()-[r:STANCE_KIND]-() ON (r.rankKey)',
  'CREATE INDEX stance_rank IF NOT EXISTS FOR ()-[r:STANCE]-() ON (r.rankKey)',
  // Last: its presence says the backfill of this version (per-kind counts on STANCE) is done.
  'CREATE INDEX stance_count IF NOT EXISTS FOR ()-[r:STANCE]-() ON (r.count)',
];
const BACKFILL_MARKER = 'stance_count';

/*
 * One target's statements in page order: a range of a relationship index on the ABOUT edges'
 * keys (the graph model's ABOUT_KEYS, keys.ts aboutKeys), instead of every ABOUT edge of a busy
 * target expanded and sorted. Created after the keys are backfilled; the last one is the marker.
 */
const ABOUT_INDEXES = [
  'CREATE INDEX about_newest IF NOT EXISTS FOR ()-[r:ABOUT]-() ON (r.targetId, r.newestKey)',
  'CREATE INDEX about_oldest IF NOT EXISTS FOR ()-[r:ABOUT]-() ON (r.targetId, r.oldestKey)',
];
const ABOUT_MARKER = 'about_oldest';

/* An actor's events in timeline order (queries/events.ts timeline): the marker of its backfill too. */
const PARTICIPATION_INDEX = 'CREATE INDEX participation_timeline IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() ON (r.actorId, r.timelineKey)';
const PARTICIPATION_MARKER = 'participation_timeline';

/*
 * One STANCE edge per speaker and target, one STANCE_KIND per kind too, enforced on the pairKey
 * the loader merges on (keys.ts): the MERGE then seeks the constraint's index instead of
 * expanding the stance edges of two busy nodes. Created after the pair keys are backfilled.
 */
const PAIR_CONSTRAINTS = [
  'CREATE CONSTRAINT stance_pair IF NOT EXISTS FOR ()-[r:STANCE]-() REQUIRE r.pairKey IS UNIQUE',
  'CREATE CONSTRAINT stance_kind_pair IF NOT EXISTS FOR ()-[r:STANCE_KIND]-() REQUIRE r.pairKey IS UNIQUE',
];
/** The last pair constraint: its presence says the pair keys are filled. */
const PAIR_MARKER = 'stance_kind_pair';

/** Rows per transaction of the backfill: big enough to be quick, small enough for the default heap. */
const BACKFILL_BATCH = 5000;

/*
 * Edge keys for first pages that read every edge of a busy node (queries: statements of a speaker
 * about a target and whoSaidWhatAbout's group statements, whoSaidWhatAbout's groups, an actor's
 * articles): ABOUT's speakerId, STANCE's targetId, MENTIONS' targetId and listKey, each filled
 * once on an earlier load by its backfill, then indexed; each index is its backfill's marker.
 */
export const EDGE_KEY_MIGRATIONS: readonly { index: string; marker: string; backfill: string; what: string }[] = [
  {
    index: 'CREATE INDEX about_speaker_newest IF NOT EXISTS FOR ()-[r:ABOUT]-() ON (r.speakerId, r.targetId, r.newestKey)',
    marker: 'about_speaker_newest',
    backfill: `MATCH (s:Statement)-[r:ABOUT]->() WHERE r.speakerId IS NULL AND s.speakerId IS NOT NULL
   CALL (s, r) { SET r.speakerId = s.speakerId } IN TRANSACTIONS OF ${BACKFILL_BATCH} ROWS`,
    what: "the speakers' ids onto the ABOUT relationships",
  },
  {
    index: 'CREATE INDEX stance_target_rank IF NOT EXISTS FOR ()-[r:STANCE]-() ON (r.targetId, r.rankKey)',
    marker: 'stance_target_rank',
    backfill: `MATCH ()-[r:STANCE]->(t) WHERE r.targetId IS NULL
   CALL (r, t) { SET r.targetId = t.id } IN TRANSACTIONS OF ${BACKFILL_BATCH} ROWS`,
    what: "the targets' ids onto the STANCE relationships",
  },
  {
    index: 'CREATE INDEX mentions_list IF NOT EXISTS FOR ()-[r:MENTIONS]-() ON (r.targetId, r.listKey)',
    marker: 'mentions_list',
    backfill: `MATCH (art:Article)-[m:MENTIONS]->(n) WHERE m.targetId IS NULL
   CALL (art, m, n) { SET m += ${mentionKeys('art', 'n')} } IN TRANSACTIONS OF ${BACKFILL_BATCH} ROWS`,
    what: "the articles' list keys onto the MENTIONS relationships",
  },
];
/* The per-period actor network's keys (see PERIOD_BACKFILL). */
const PERIOD_CONSTRAINTS = [
  'CREATE CONSTRAINT period_activity_pair IF NOT EXISTS FOR ()-[r:PERIOD_ACTIVITY]-() REQUIRE r.pairKey IS UNIQUE',
  'CREATE CONSTRAINT period_pair_pair IF NOT EXISTS FOR ()-[r:PERIOD_PAIR]-() REQUIRE r.pairKey IS UNIQUE',
];
const PERIOD_INDEXES = [
  // The pairs out of the kept actors, in one period or a range of them.
  'CREATE INDEX period_pair_source IF NOT EXISTS FOR ()-[r:PERIOD_PAIR]-() ON (r.sourceId, r.period)',
  // Last: a period's actors in network order; its presence says the backfill is done.
  'CREATE INDEX period_activity_rank IF NOT EXISTS FOR ()-[r:PERIOD_ACTIVITY]-() ON (r.period, r.rankKey)',
];
const PERIOD_MARKER = 'period_activity_rank';

export const SCHEMA_STATEMENTS = [
  ...CONSTRAINTS,
  SHARED_CONSTRAINT,
  ...INDEXES,
  ...KEY_INDEXES,
  ...ABOUT_INDEXES,
  PARTICIPATION_INDEX,
  ...PAIR_CONSTRAINTS,
  ...EDGE_KEY_MIGRATIONS.map((m) => m.index),
  ...PERIOD_CONSTRAINTS,
  ...PERIOD_INDEXES,
];

const STANCE_BATCH = 200;

/** Fills the pair keys of stance edges written before the loader set them (once, before PAIR_CONSTRAINTS). */
const PAIR_BACKFILL = [
  `MATCH (sp)-[r:STANCE]->(t) WHERE r.pairKey IS NULL
   CALL (sp, r, t) { SET r.pairKey = ${stancePairKey('sp', 't')} } IN TRANSACTIONS OF ${BACKFILL_BATCH} ROWS`,
  `MATCH (sp)-[r:STANCE_KIND]->(t) WHERE r.pairKey IS NULL
   CALL (sp, r, t) { SET r.pairKey = ${stanceKindPairKey('sp', 't', 'r.kind')} } IN TRANSACTIONS OF ${BACKFILL_BATCH} ROWS`,
];

/*
 * Fills the derived properties and relationships the loader now maintains, for a database
 * loaded by an earlier version. Each statement sets values computed from the graph (never
 * increments), so an interrupted backfill is simply run again.
 */
export const BACKFILL = [
  `MATCH (s:Statement)
   CALL (s) {
     SET s.speakerId = [(sp:Actor)-[:SAID]->(s) | sp.id][0]
     SET s.newestKey = ${statementNewestKey('s')}, s.oldestKey = ${statementOldestKey('s')}, s.searchText = ${searchText('s.text')}
   } IN TRANSACTIONS OF ${BACKFILL_BATCH} ROWS`,
  `MATCH (art:Article) CALL (art) { SET art.listKey = ${articleKey('art')} } IN TRANSACTIONS OF ${BACKFILL_BATCH} ROWS`,
  `MATCH (e:Event)
   CALL (e) {
     SET e.sortKey = ${eventKey('e')}, e.searchText = ${searchText("coalesce(e.label, '') + ' ' + coalesce(e.dateText, '')")}
   } IN TRANSACTIONS OF ${BACKFILL_BATCH} ROWS`,
  `MATCH (a:Actor)
   CALL (a) {
     SET a.statementCount = COUNT { (a)-[:SAID]->() }, a.nameText = ${actorNameText('a')}
     SET a.rankKey = ${actorKey('a')}
   } IN TRANSACTIONS OF ${BACKFILL_BATCH} ROWS`,
  `MATCH (sp:Actor) WHERE sp.statementCount > 0
   CALL (sp) {
     MATCH (sp)-[:SAID]->(s:Statement)-[:ABOUT]->(t) WHERE t <> sp
     WITH t, s.kind AS kind, count(*) AS n
     WITH t, collect({kind: kind, n: n}) AS kinds, sum(n) AS total
     MERGE (sp)-[r:STANCE]->(t)
     SET r.count = total
     SET r.rankKey = ${stanceKey('r', 'sp', 't')}
     WITH t, r, kinds
     UNWIND kinds AS k
     SET r[${stanceKindProperty('k.kind')}] = k.n
     MERGE (sp)-[rk:STANCE_KIND {kind: k.kind}]->(t)
     SET rk.count = k.n
     SET rk.rankKey = ${stanceKindKey('rk', 'sp', 't')}
   } IN TRANSACTIONS OF ${STANCE_BATCH} ROWS`,
];

const DENIAL_INDEX = 'statement_denial';

/** denialKey came after the other keys: filled once, before its index exists, from the DENIES edges (few). */
const DENIAL_BACKFILL = `MATCH (s:Statement)-[:DENIES]->() WITH DISTINCT s
   CALL (s) { SET s.denialKey = s.newestKey } IN TRANSACTIONS OF ${BACKFILL_BATCH} ROWS`;

/*
 * The kind labels of statements (the graph model's STATEMENT_KIND_LABELS) came after the other
 * keys: set once on the statements of an earlier load, then marked done by an index on a label
 * no node carries (as TARGETS_MARKER).
 */
const KIND_LABELS_MARKER = 'migration_statement_kind_labels';
const KIND_LABELS_MARKER_INDEX = `CREATE INDEX ${KIND_LABELS_MARKER} IF NOT EXISTS FOR (n:QawlMigration) ON (n.statementKindLabels)`;
const KIND_LABEL_MAP = `{${Object.entries(STATEMENT_KIND_LABELS)
  .map(([kind, label]) => `${kind}: '${label}'`)
  .join(', ')}}`;
export const KIND_LABELS_BACKFILL = `MATCH (s:Statement) WHERE s.kind IN keys(${KIND_LABEL_MAP})
   CALL (s) { SET s:$(${KIND_LABEL_MAP}[s.kind]) } IN TRANSACTIONS OF ${BACKFILL_BATCH} ROWS`;

/** Fills the keys of PARTICIPATED_IN edges written before the loader set them (once, before PARTICIPATION_INDEX). */
export const PARTICIPATION_BACKFILL = `MATCH (a:Actor)-[r:PARTICIPATED_IN]->(e:Event) WHERE r.actorId IS NULL
   CALL (a, r, e) { SET r += ${participationKeys('e', 'a')} } IN TRANSACTIONS OF ${BACKFILL_BATCH} ROWS`;

/** Fills the keys of ABOUT edges written before the loader set them (once, before ABOUT_INDEXES). */
export const ABOUT_BACKFILL = `MATCH (s:Statement)-[r:ABOUT]->(t) WHERE r.targetId IS NULL
   CALL (s, r, t) { SET r += ${aboutKeys('s', 't')} } IN TRANSACTIONS OF ${BACKFILL_BATCH} ROWS`;

/*
 * A statement's actor targets as properties (aboutActorIds, addresseeIds; see the graph model)
 * came after the other keys: filled once from its ABOUT and ADDRESSED_TO edges, as the loader
 * writes them (distinct ids in code-point order). Nothing is indexed on them, so the marker that
 * the backfill finished is an index on a label no node carries: created after the backfill, it
 * costs no write, and its presence is one SHOW INDEXES away.
 */
const TARGETS_MARKER = 'migration_statement_targets';
const TARGETS_MARKER_INDEX = `CREATE INDEX ${TARGETS_MARKER} IF NOT EXISTS FOR (n:QawlMigration) ON (n.statementTargets)`;
/** The distinct ids, in order, of the actors statement `s` points to by `rel` (a fixed type of this module). */
const targetIds = (s: string, rel: 'ABOUT' | 'ADDRESSED_TO') =>
  `COLLECT { MATCH (${s})-[:${rel}]->(a:Actor) WITH DISTINCT a.id AS targetId ORDER BY targetId RETURN targetId }`;
export const STATEMENT_TARGETS = {
  aboutActorIds: (s: string) => targetIds(s, 'ABOUT'),
  addresseeIds: (s: string) => targetIds(s, 'ADDRESSED_TO'),
};
const TARGETS_BACKFILL = `MATCH (s:Statement)
   CALL (s) {
     SET s.aboutActorIds = ${STATEMENT_TARGETS.aboutActorIds('s')}, s.addresseeIds = ${STATEMENT_TARGETS.addresseeIds('s')}
   } IN TRANSACTIONS OF ${BACKFILL_BATCH} ROWS`;

/*
 * The per-period actor network (the graph model's PERIOD_ACTIVITY and PERIOD_PAIR) and the
 * statements' period labels came after the rest: computed once for an earlier load, as the
 * loader's periodNetwork adds them up, each row SET from the statements (never incremented), so
 * an interrupted backfill is run again. The pair-key constraints come first (nothing to check
 * yet), so every MERGE seeks; the (period, rankKey) index last, as the marker that it is done.
 */
/** Speakers (or targets) per transaction of the backfill: each reads all its statements. */
const PERIOD_BATCH = 100;
/** A statement's periods (its own, and all time), as rows `period`. */
const PERIODS_OF = (s: string) =>
  `UNWIND [p IN [substring(${s}.publishedAt, 0, ${PERIOD_LENGTH}), '${ALL_PERIODS}'] WHERE p IS NOT NULL] AS period`;
/** A statement's actor targets as actorNetwork reads them: ABOUT actors and addressees, the speaker left out. */
const TARGETS_OF = (s: string) =>
  `[t IN coalesce(${s}.aboutActorIds, []) + [a IN coalesce(${s}.addresseeIds, []) WHERE NOT a IN coalesce(${s}.aboutActorIds, [])] WHERE t <> ${s}.speakerId]`;
export const PERIOD_BACKFILL = [
  `MATCH (s:Statement) WHERE s.publishedAt IS NOT NULL
   CALL (s) { SET s:$(${periodLabelCypher('s.publishedAt')}) } IN TRANSACTIONS OF ${BACKFILL_BATCH} ROWS`,
  // Said, per kind, and the pairs: from each speaker's statements.
  `MATCH (sp:Actor) WHERE sp.statementCount > 0
   CALL (sp) {
     CALL (sp) {
       MATCH (sp)-[:SAID]->(s:Statement)
       ${PERIODS_OF('s')}
       WITH period, s.kind AS kind, count(*) AS n
       WITH period, collect({kind: kind, n: n}) AS kinds, sum(n) AS said
       MERGE (sp)-[r:PERIOD_ACTIVITY {pairKey: ${activityPairKey('sp.id', 'period')}}]->(sp)
       SET r.period = period, r.actorId = sp.id, r.said = said
       WITH r, kinds
       UNWIND kinds AS k
       SET r[${stanceKindProperty('k.kind')}] = k.n
     }
     CALL (sp) {
       MATCH (sp)-[:SAID]->(s:Statement)
       ${PERIODS_OF('s')}
       UNWIND ${TARGETS_OF('s')} AS targetId
       WITH period, targetId, s.kind AS kind, count(*) AS n,
            sum(CASE WHEN targetId IN s.aboutActorIds THEN 1 ELSE 0 END) AS about,
            sum(CASE WHEN targetId IN s.addresseeIds THEN 1 ELSE 0 END) AS addressedTo,
            min(s.publishedAt) AS firstDate, max(s.publishedAt) AS lastDate
       WITH period, targetId, collect({kind: kind, n: n}) AS kinds, sum(n) AS count, sum(about) AS about,
            sum(addressedTo) AS addressedTo, min(firstDate) AS firstDate, max(lastDate) AS lastDate
       MATCH (t:Actor {id: targetId})
       MERGE (sp)-[r:PERIOD_PAIR {pairKey: ${periodPairKey('sp.id', 'targetId', 'period')}}]->(t)
       SET r.period = period, r.sourceId = sp.id, r.targetId = targetId, r.count = count, r.about = about,
           r.addressedTo = addressedTo, r.firstDate = firstDate, r.lastDate = lastDate
       WITH r, kinds
       UNWIND kinds AS k
       SET r[${stanceKindProperty('k.kind')}] = k.n
     }
   } IN TRANSACTIONS OF ${PERIOD_BATCH} ROWS`,
  // Received: from the statements naming each actor as a target.
  `MATCH (a:Actor) WHERE EXISTS { (a)<-[:ABOUT|ADDRESSED_TO]-(:Statement) }
   CALL (a) {
     MATCH (a)<-[:ABOUT|ADDRESSED_TO]-(s:Statement) WHERE s.speakerId <> a.id
     WITH DISTINCT s
     ${PERIODS_OF('s')}
     WITH period, count(*) AS received
     MERGE (a)-[r:PERIOD_ACTIVITY {pairKey: ${activityPairKey('a.id', 'period')}}]->(a)
     SET r.period = period, r.actorId = a.id, r.received = received
   } IN TRANSACTIONS OF ${PERIOD_BATCH} ROWS`,
  `MATCH ()-[r:PERIOD_ACTIVITY]->()
   CALL (r) {
     SET r.said = coalesce(r.said, 0), r.received = coalesce(r.received, 0)
     SET r.weight = r.said + r.received
     SET r.rankKey = ${activityRankKey('r')}
   } IN TRANSACTIONS OF ${BACKFILL_BATCH} ROWS`,
];

async function indexExists(db: Database, name: string): Promise<boolean> {
  const result = await db.read((tx) => tx.run('SHOW INDEXES YIELD name WHERE name = $name RETURN name', { name }));
  return result.records.length > 0;
}

async function constraintExists(db: Database, name: string): Promise<boolean> {
  const result = await db.read((tx) => tx.run('SHOW CONSTRAINTS YIELD name WHERE name = $name RETURN name', { name }));
  return result.records.length > 0;
}

/** Runs a statement outside a managed transaction: CALL … IN TRANSACTIONS needs an implicit one. */
async function runImplicit(db: Database, statement: string): Promise<void> {
  const session = db.driver.session({ database: db.databaseName });
  try {
    await session.run(statement);
  } finally {
    await session.close();
  }
}

/**
 * Errors a schema command with IF NOT EXISTS still raises when another process created the same rule
 * between its check and its commit (two servers, or a server and `qawl load`, migrating one database
 * at once): the rule then exists as asked.
 */
const CONCURRENTLY_CREATED = new Set([
  'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists',
  'Neo.ClientError.Schema.IndexAlreadyExists',
  'Neo.ClientError.Schema.ConstraintAlreadyExists',
]);

/** Runs one CREATE … IF NOT EXISTS schema command, at ease with a concurrent migration creating it too. */
export async function createSchemaRule(db: Database, statement: string): Promise<void> {
  try {
    await db.write((tx) => tx.run(statement));
  } catch (error) {
    if (CONCURRENTLY_CREATED.has((error as { code?: string }).code ?? '')) return;
    throw error;
  }
}

/**
 * Creates constraints and indexes (idempotent), backfills the derived keys of a database
 * loaded before they existed, and waits until the indexes are online.
 */
export async function migrate(db: Database, log: (line: string) => void = () => {}): Promise<void> {
  for (const statement of [...CONSTRAINTS, ...INDEXES]) await createSchemaRule(db, statement);
  if (!(await constraintExists(db, SHARED_CONSTRAINT_NAME))) {
    await runImplicit(db, sharedLabelBackfill());
    await createSchemaRule(db, SHARED_CONSTRAINT);
  }
  if (!(await indexExists(db, BACKFILL_MARKER))) {
    log('qawl: computing sort keys and the stance network for data loaded by an earlier version (once)');
    for (const statement of BACKFILL) await runImplicit(db, statement);
  }
  if (!(await indexExists(db, DENIAL_INDEX))) await runImplicit(db, DENIAL_BACKFILL);
  if (!(await indexExists(db, TARGETS_MARKER))) {
    log("qawl: storing each statement's actor targets for data loaded by an earlier version (once)");
    await runImplicit(db, TARGETS_BACKFILL);
    await createSchemaRule(db, TARGETS_MARKER_INDEX);
  }
  // Also after the backfill: adds the key indexes a later version introduced (no-ops otherwise).
  for (const statement of KEY_INDEXES) await createSchemaRule(db, statement);
  if (!(await indexExists(db, KIND_LABELS_MARKER))) {
    log('qawl: labelling statements by kind for data loaded by an earlier version (once)');
    await runImplicit(db, KIND_LABELS_BACKFILL);
    await createSchemaRule(db, KIND_LABELS_MARKER_INDEX);
  }
  if (!(await indexExists(db, ABOUT_MARKER))) {
    log('qawl: copying the statement keys onto the ABOUT relationships for data loaded by an earlier version (once)');
    await runImplicit(db, ABOUT_BACKFILL);
    for (const statement of ABOUT_INDEXES) await createSchemaRule(db, statement);
  }
  if (!(await indexExists(db, PARTICIPATION_MARKER))) {
    log("qawl: copying the events' timeline keys onto the PARTICIPATED_IN relationships for data loaded by an earlier version (once)");
    await runImplicit(db, PARTICIPATION_BACKFILL);
    await createSchemaRule(db, PARTICIPATION_INDEX);
  }
  if (!(await constraintExists(db, PAIR_MARKER))) {
    for (const statement of PAIR_BACKFILL) await runImplicit(db, statement);
    for (const statement of PAIR_CONSTRAINTS) await createSchemaRule(db, statement);
  }
  for (const migration of EDGE_KEY_MIGRATIONS) {
    if (await indexExists(db, migration.marker)) continue;
    log(`qawl: copying ${migration.what} for data loaded by an earlier version (once)`);
    await runImplicit(db, migration.backfill);
    await createSchemaRule(db, migration.index);
  }
  if (!(await indexExists(db, PERIOD_MARKER))) {
    log('qawl: computing the actor network per month for data loaded by an earlier version (once)');
    for (const statement of PERIOD_CONSTRAINTS) await createSchemaRule(db, statement);
    await awaitOwnIndexesOnline(db);
    for (const statement of PERIOD_BACKFILL) await runImplicit(db, statement);
    for (const statement of PERIOD_INDEXES) await createSchemaRule(db, statement);
  }
  await awaitOwnIndexesOnline(db);
}

/** How long a start waits for this module's indexes to populate (a first load's backfill can be long). */
const INDEX_ONLINE_TIMEOUT_MS = 300_000;
/** Between two looks at the indexes' states: short next to a population, long next to the query. */
const INDEX_POLL_MS = 200;

/** The name a schema command of this module gives its rule (each names one, so IF NOT EXISTS can find it). */
export function schemaRuleName(statement: string): string {
  const name = /^CREATE (?:[A-Z]+ )?(?:INDEX|CONSTRAINT) (\w+) IF NOT EXISTS /.exec(statement)?.[1];
  if (name === undefined) throw new Error(`a schema command without a rule name: ${statement}`);
  return name;
}

/** Every index (or constraint's backing index, which carries the constraint's name) this module creates. */
const OWN_INDEX_NAMES = [...SCHEMA_STATEMENTS, TARGETS_MARKER_INDEX, KIND_LABELS_MARKER_INDEX].map(schemaRuleName);

/**
 * Waits until this module's indexes are online, looking in short read transactions.
 * `CALL db.awaitIndexes` would wait for every index of the database inside one transaction, and
 * deadlock with a uniqueness constraint another session is creating: that constraint's index
 * comes online only when its creator takes the schema lock the waiting transaction holds, so both
 * sat until the procedure's timeout (seen as 300 s stalls of every process migrating at once).
 * Other applications' indexes are none of Qawl's business either.
 */
export async function awaitOwnIndexesOnline(db: Database, timeoutMs = INDEX_ONLINE_TIMEOUT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await db.read((tx) =>
      tx.run(
        `SHOW INDEXES YIELD name, state, populationPercent, failureMessage
         WHERE name IN $names AND state <> 'ONLINE'
         RETURN name, state, populationPercent, failureMessage`,
        { names: OWN_INDEX_NAMES },
      ),
    );
    const pending = result.records.map((r) => ({
      name: r.get('name') as string,
      state: r.get('state') as string,
      percent: r.get('populationPercent') as number | null,
      failure: r.get('failureMessage') as string | null,
    }));
    if (pending.length === 0) return;
    const failed = pending.find((index) => index.state === 'FAILED');
    if (failed)
      throw new Error(
        `index ${failed.name} failed to populate: ${failed.failure ?? 'no reason given'}; drop it and start again to rebuild it`,
      );
    if (Date.now() > deadline) {
      const states = pending.map((index) => `${index.name} ${index.state}${index.percent === null ? '' : ` ${index.percent}%`}`).join(', ');
      throw new Error(`indexes not online after ${Math.round(timeoutMs / 1000)} s: ${states}`);
    }
    await new Promise((resolve) => setTimeout(resolve, INDEX_POLL_MS));
  }
}
