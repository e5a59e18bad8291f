/**
 * The baseline the benchmark compares against: the loader a first attempt would write, one
 * Cypher statement per node and per relationship, each in its own (auto-commit) transaction.
 * Same graph model and MERGE semantics as src/db/loader.ts, none of its batching.
 */
import { ACTOR_KIND_LABELS } from '../src/graph/model.ts';
import type { Database } from '../src/db/driver.ts';
import type { DocumentGraph } from '../src/graph/document-graph.ts';

export async function naiveLoad(db: Database, graph: DocumentGraph): Promise<number> {
  const session = db.driver.session({ database: db.databaseName });
  let statements = 0;
  const run = async (query: string, params: Record<string, unknown>) => {
    statements += 1;
    await session.run(query, params);
  };
  try {
    const { article } = graph;
    const labelOf = new Map<string, string>();
    graph.actors.forEach((x) => labelOf.set(x.id, 'Actor'));
    graph.places.forEach((x) => labelOf.set(x.id, 'Place'));
    graph.events.forEach((x) => labelOf.set(x.id, 'Event'));
    graph.sectors.forEach((x) => labelOf.set(x.id, 'Sector'));
    await run('MERGE (a:Article {id: $id}) SET a += $props', {
      id: article.id,
      props: {
        title: article.title,
        url: article.url,
        source: article.source,
        language: article.language,
        publishedAt: article.publishedAt,
        text: article.text,
        statementCount: graph.statements.length,
      },
    });
    for (const a of graph.actors) {
      await run(
        `MERGE (n:Actor {id: $id}) ON CREATE SET n.name = $name, n.nameEn = $nameEn, n.kind = $kind SET n:${ACTOR_KIND_LABELS[a.kind]}`,
        { id: a.id, name: a.name, nameEn: a.nameEn ?? null, kind: a.kind },
      );
      await run('MATCH (art:Article {id: $art}), (n:Actor {id: $id}) MERGE (art)-[:MENTIONS]->(n)', { art: article.id, id: a.id });
    }
    for (const p of graph.places) {
      await run('MERGE (n:Place {id: $id}) ON CREATE SET n.name = $name', { id: p.id, name: p.name });
      await run('MATCH (art:Article {id: $art}), (n:Place {id: $id}) MERGE (art)-[:MENTIONS]->(n)', { art: article.id, id: p.id });
    }
    for (const s of graph.sectors) {
      await run('MERGE (n:Sector {id: $id}) ON CREATE SET n.name = $name', { id: s.id, name: s.name });
      await run('MATCH (art:Article {id: $art}), (n:Sector {id: $id}) MERGE (art)-[:MENTIONS]->(n)', { art: article.id, id: s.id });
    }
    for (const e of graph.events) {
      await run('MERGE (n:Event {id: $id}) SET n.kind = $kind, n.label = $label', { id: e.id, kind: e.kind, label: e.label });
      await run('MATCH (art:Article {id: $art}), (n:Event {id: $id}) MERGE (art)-[:MENTIONS]->(n)', { art: article.id, id: e.id });
      for (const actor of e.participantIds)
        await run('MATCH (a:Actor {id: $a}), (e:Event {id: $e}) MERGE (a)-[:PARTICIPATED_IN {role: "participant"}]->(e)', {
          a: actor,
          e: e.id,
        });
      if (e.placeId) await run('MATCH (e:Event {id: $e}), (p:Place {id: $p}) MERGE (e)-[:IN]->(p)', { e: e.id, p: e.placeId });
    }
    for (const s of graph.statements) {
      await run('MERGE (n:Statement {id: $id}) SET n.text = $text, n.kind = $kind, n.direct = $direct, n.verb = $verb', {
        id: s.id,
        text: s.content.text,
        kind: s.kind,
        direct: s.direct,
        verb: s.verb,
      });
      await run(
        'MATCH (s:Statement {id: $id}), (art:Article {id: $art}) MERGE (s)-[r:REPORTED_IN]->(art) SET r.start = $start, r.end = $end',
        { id: s.id, art: article.id, start: s.content.start, end: s.content.end },
      );
      await run('MATCH (a:Actor {id: $a}), (s:Statement {id: $s}) MERGE (a)-[:SAID]->(s)', { a: s.speakerId, s: s.id });
      for (const target of s.addresseeIds)
        await run('MATCH (s:Statement {id: $s}), (a:Actor {id: $a}) MERGE (s)-[:ADDRESSED_TO]->(a)', { s: s.id, a: target });
      for (const target of s.aboutIds) {
        const label = labelOf.get(target);
        if (label) await run(`MATCH (s:Statement {id: $s}), (t:${label} {id: $t}) MERGE (s)-[:ABOUT]->(t)`, { s: s.id, t: target });
      }
    }
    for (const a of graph.actors) {
      for (const target of a.partOfIds ?? [])
        await run('MATCH (a:Actor {id: $a}), (b:Actor {id: $b}) MERGE (a)-[:PART_OF]->(b)', { a: a.id, b: target });
    }
  } finally {
    await session.close();
  }
  return statements;
}
