import type { Database } from './driver.ts';

/** Every node label of the graph model; each gets a uniqueness constraint on `id`. */
export const NODE_LABELS = ['Article', 'Actor', 'Statement', 'Event', 'Place', 'Sector'] as const;

/*
 * Schema statements cannot take parameters, so they are fixed literals here; `IF NOT EXISTS`
 * makes every run after the first a no-op.
 */
const CONSTRAINTS = NODE_LABELS.map(
  (label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
);

const INDEXES = [
  // The `arabic` analyzer stems and drops stop words, which is what full-text search over news needs.
  "CREATE FULLTEXT INDEX statement_text IF NOT EXISTS FOR (n:Statement) ON EACH [n.text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'arabic'}}",
  "CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (n:Actor) ON EACH [n.name, n.nameAr, n.nameEn, n.aliasText] OPTIONS {indexConfig: {`fulltext.analyzer`: 'arabic'}}",
  "CREATE FULLTEXT INDEX event_labels IF NOT EXISTS FOR (n:Event) ON EACH [n.label, n.dateText] OPTIONS {indexConfig: {`fulltext.analyzer`: 'arabic'}}",
  'CREATE INDEX actor_kind IF NOT EXISTS FOR (n:Actor) ON (n.kind)',
  'CREATE INDEX actor_name_keys IF NOT EXISTS FOR (n:Actor) ON (n.nameKeys)',
  'CREATE INDEX statement_kind IF NOT EXISTS FOR (n:Statement) ON (n.kind)',
  'CREATE INDEX statement_published IF NOT EXISTS FOR (n:Statement) ON (n.publishedAt)',
  'CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.publishedAt)',
  'CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date)',
];

export const SCHEMA_STATEMENTS = [...CONSTRAINTS, ...INDEXES];

/** Creates constraints and indexes (idempotent) and waits until the indexes are online. */
export async function migrate(db: Database): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) {
    await db.write((tx) => tx.run(statement));
  }
  await db.write((tx) => tx.run('CALL db.awaitIndexes(300)'));
}
