/**
 * The DocumentGraph reader: rebuilds the graphs of stored articles from what the loader wrote,
 * the inverse of src/db/loader.ts. Properties map back through src/graph/codec.ts and every
 * reference relationship of the model (REFERENCES) is read back into its entry field, so a
 * relationship added to the model is read without a change here.
 */
import {
  actorEntry,
  articleInfo,
  canonicalDocumentGraph,
  emptyDocumentGraph,
  eventEntry,
  mentionSpans,
  placeEntry,
  sectorEntry,
  statementEntry,
} from '../graph/codec.ts';
import { COLLECTION_LABELS, isSingleReference, REFERENCES, type Collection, type Reference } from '../graph/model.ts';
import type { DocumentGraph } from '../graph/document-graph.ts';
import type { Database } from './driver.ts';

type Stored = Record<string, unknown>;

/** The ids a reference points at from the node `n`, as a pattern comprehension (column named after the field). */
function referenceColumn(ref: Reference): string {
  const labels = ref.targets.map((t) => COLLECTION_LABELS[t]).join('|');
  const pattern = ref.direction === 'out' ? `(n)-[:${ref.type}]->(t:${labels})` : `(t:${labels})-[:${ref.type}]->(n)`;
  return `[${pattern} | t.id] AS ${ref.field}`;
}

const referencesOf = (owners: readonly Collection[]) => REFERENCES.filter((ref) => owners.includes(ref.owner));
const columns = (owners: readonly Collection[]) => referencesOf(owners).map(referenceColumn).join(',\n  ');

const ARTICLES_QUERY = 'UNWIND $ids AS id MATCH (art:Article {id: id}) RETURN id, properties(art) AS props';
const MENTIONS_QUERY = `
UNWIND $ids AS id
MATCH (:Article {id: id})-[m:MENTIONS]->(n)
RETURN id AS article, labels(n) AS labels, properties(n) AS props, m.starts AS starts, m.ends AS ends,
  ${columns(['actors', 'places', 'sectors', 'events'])}`;
const STATEMENTS_QUERY = `
UNWIND $ids AS id
MATCH (n:Statement)-[r:REPORTED_IN]->(:Article {id: id})
RETURN id AS article, properties(n) AS props, r.start AS start, r.end AS end,
  ${columns(['statements'])}`;

/** Sets the reference fields of an entry from a row of reference columns. */
function setReferences(entry: object, owner: Collection, row: (key: string) => unknown): void {
  const target = entry as Record<string, unknown>;
  for (const ref of referencesOf([owner])) {
    const raw = row(ref.field);
    const ids = Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string') : [];
    if (isSingleReference(ref)) target[ref.field] = ids[0] ?? (ref.field === 'speakerId' ? '' : null);
    else if (ids.length > 0 || !('optional' in ref)) target[ref.field] = ids;
  }
}

/**
 * Relationships between shared nodes (PART_OF, BASED_IN) may come from other articles: only
 * those whose both ends this article mentions are kept, so the graph stays self-contained.
 */
function keepOwnReferences(graph: DocumentGraph): void {
  const present = new Set<string>();
  for (const c of ['actors', 'places', 'events', 'sectors', 'statements'] as const) for (const item of graph[c]) present.add(item.id);
  for (const ref of REFERENCES) {
    if (ref.write !== 'MERGE') continue;
    for (const item of graph[ref.owner] as readonly object[]) {
      const entry = item as Record<string, unknown> & { id: string };
      const value = entry[ref.field];
      if (!Array.isArray(value)) continue;
      const kept = value.filter((id: unknown) => typeof id === 'string' && present.has(id) && id !== entry.id);
      if (kept.length > 0 || !('optional' in ref)) entry[ref.field] = kept;
      else delete entry[ref.field];
    }
  }
}

/** Rebuilds the DocumentGraphs of a page of articles (in the order of `ids`; unknown ids are left out). */
export async function readDocumentGraphs(db: Database, ids: readonly string[]): Promise<DocumentGraph[]> {
  return db.read(async (tx) => {
    const [articles, mentions, statements] = await Promise.all([
      tx.run(ARTICLES_QUERY, { ids }),
      tx.run(MENTIONS_QUERY, { ids }),
      tx.run(STATEMENTS_QUERY, { ids }),
    ]);
    const graphs = new Map<string, DocumentGraph>();
    for (const r of articles.records) graphs.set(r.get('id') as string, emptyDocumentGraph(articleInfo(r.get('props') as Stored)));
    for (const r of mentions.records) {
      const graph = graphs.get(r.get('article') as string);
      if (!graph) continue;
      const labels = r.get('labels') as string[];
      const props = r.get('props') as Stored;
      const spans = mentionSpans(graph.article.text, r.get('starts'), r.get('ends'));
      const row = (key: string): unknown => r.get(key);
      if (labels.includes(COLLECTION_LABELS.actors)) {
        const actor = actorEntry(props, spans);
        setReferences(actor, 'actors', row);
        graph.actors.push(actor);
      } else if (labels.includes(COLLECTION_LABELS.places)) {
        graph.places.push(placeEntry(props, spans));
      } else if (labels.includes(COLLECTION_LABELS.sectors)) {
        graph.sectors.push(sectorEntry(props, spans));
      } else if (labels.includes(COLLECTION_LABELS.events)) {
        const event = eventEntry(props, spans);
        setReferences(event, 'events', row);
        graph.events.push(event);
      }
    }
    for (const r of statements.records) {
      const graph = graphs.get(r.get('article') as string);
      if (!graph) continue;
      const statement = statementEntry(r.get('props') as Stored, graph.article.text, { start: r.get('start'), end: r.get('end') });
      setReferences(statement, 'statements', (key) => r.get(key));
      graph.statements.push(statement);
    }
    const result: DocumentGraph[] = [];
    for (const id of ids) {
      const graph = graphs.get(id);
      if (!graph) continue;
      keepOwnReferences(graph);
      result.push(canonicalDocumentGraph(graph));
    }
    return result;
  });
}
