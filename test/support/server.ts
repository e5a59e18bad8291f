import { print } from 'graphql';
import { inject } from 'vitest';
import { startServer, type RunningServer } from '../../src/api/server.ts';
import { Database, type ReadTransaction } from '../../src/db/driver.ts';
import { deleteArticle, loadDocument } from '../../src/db/loader.ts';
import { existingArticleIds } from '../../src/db/queries/articles.ts';
import { assertDocumentGraph } from '../../src/graph/validate.ts';
import { seedGraph, testConfig, testDatabase } from './db.ts';
import type { Config } from '../../src/config.ts';
import type { DocumentGraph, StatementKind } from '../../src/graph/document-graph.ts';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { ManagedTransaction } from 'neo4j-driver';

export interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } & Record<string, unknown> }[];
}

/**
 * The real Express + Apollo server on a free loopback port. On the run's shared Neo4j, which the
 * global setup migrated before any file ran, it skips the migration a server runs before it
 * reports ready (some 50 schema transactions and `db.awaitIndexes` per server, and the suite
 * starts dozens); on a Neo4j of the test's own it migrates, as `qawl serve` does.
 */
export async function testServer(db: Database, overrides: Record<string, string> = {}): Promise<RunningServer & { config: Config }> {
  const config = testConfig(overrides);
  const migratedByGlobalSetup = db.uri === inject('neo4jUri');
  const server = await startServer(db, config, migratedByGlobalSetup ? { prepare: async () => {} } : {});
  return { ...server, config };
}

export type TestServer = Awaited<ReturnType<typeof testServer>>;

/** A database connection and a server over it, with what set them up undone by `stop`. */
export interface ServedData {
  db: Database;
  server: TestServer;
  stop: () => Promise<void>;
}

/**
 * A server over the test database with `graphs` loaded afresh (any earlier copy deleted first,
 * so a rerun after a crash starts clean); `stop` deletes them again and closes both.
 */
export async function serveArticles(graphs: readonly DocumentGraph[]): Promise<ServedData> {
  const db = await testDatabase();
  const removeAll = async () => {
    for (const g of [...graphs].reverse()) await deleteArticle(db, g.article.id);
  };
  await removeAll();
  for (const g of graphs) await loadDocument(db, g);
  const server = await testServer(db);
  return {
    db,
    server,
    stop: async () => {
      await server.close();
      await removeAll();
      await db.close();
    },
  };
}

/**
 * A server over the seed article, which the global setup loaded once for the whole run and no
 * test deletes (files that change the seed use a private copy: `seedGraph(id)`). `stop` closes
 * the server and the connection only.
 */
export async function serveSeed(): Promise<ServedData & { seedId: string }> {
  const db = await testDatabase();
  const seedId = seedGraph().article.id;
  if (!(await existingArticleIds(db, [seedId])).has(seedId)) throw new Error(`the global test setup did not load the seed ${seedId}`);
  const server = await testServer(db);
  return {
    db,
    server,
    seedId,
    stop: async () => {
      await server.close();
      await db.close();
    },
  };
}

/** A real HTTP POST of a GraphQL operation: a string, or a typed document from src/generated/operations.ts. */
export async function gql<T = Record<string, unknown>, V extends Record<string, unknown> = Record<string, unknown>>(
  url: string,
  query: string | TypedDocumentNode<T, V>,
  variables: V | Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{ status: number; body: GraphQLResponse<T> }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: typeof query === 'string' ? query : print(query), variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse<T> };
}

/** The data of a response that must have succeeded (throws with the errors otherwise). */
export function dataOf<T>(response: { body: GraphQLResponse<T> }): T {
  if (response.body.errors?.length || !response.body.data) {
    throw new Error(`GraphQL errors: ${JSON.stringify(response.body.errors)}`);
  }
  return response.body.data;
}

export const codes = (response: { body: GraphQLResponse<unknown> }) => (response.body.errors ?? []).map((e) => e.extensions?.code);

/**
 * The same database, counting every Cypher statement run through it (`runs`) and every
 * transaction (`transactions`): a real Neo4j underneath, nothing mocked.
 */
export class CountingDatabase extends Database {
  runs = 0;
  transactions = 0;

  constructor(inner: Database) {
    super(inner.driver, inner.databaseName, inner.uri, inner.options);
  }

  private counted<X extends ReadTransaction, T>(work: (tx: X) => Promise<T>) {
    return (tx: X) => {
      this.transactions++;
      const run = tx.run.bind(tx);
      const counting = Object.create(tx) as X;
      counting.run = (query: string, parameters?: Record<string, unknown>) => {
        this.runs++;
        return run(query, parameters);
      };
      return work(counting);
    };
  }

  override read<T>(work: (tx: ReadTransaction) => Promise<T>): Promise<T> {
    return super.read(this.counted(work));
  }

  override write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return super.write(this.counted(work));
  }

  reset(): void {
    this.runs = 0;
    this.transactions = 0;
  }

  /** The driver belongs to the wrapped database: closing is its owner's job. */
  override async close(): Promise<void> {}
}

export interface FixtureStatement {
  id: string;
  speaker: string;
  kind?: StatementKind;
  text: string;
  about?: string[];
  addressees?: string[];
  denies?: string;
  answers?: string;
  reportedBy?: string;
  event?: string;
  direct?: boolean;
}

export interface FixtureSpec {
  article: string;
  publishedAt?: string | null;
  actors: { id: string; name: string; nameEn?: string; kind?: DocumentGraph['actors'][number]['kind']; partOf?: string[] }[];
  events?: {
    id: string;
    kind: DocumentGraph['events'][number]['kind'];
    label: string;
    participants: string[];
    date?: string | null;
    follows?: string[];
    place?: string;
    affects?: string[];
  }[];
  places?: { id: string; name: string }[];
  sectors?: { id: string; name: string; nameEn?: string }[];
  statements: FixtureStatement[];
}

/**
 * A hand-made DocumentGraph (no extractor involved), so tests about the API do not depend on
 * what extraction finds: the text is the statements' texts, one sentence each.
 */
export function fixtureGraph(spec: FixtureSpec): DocumentGraph {
  let text = '';
  const spans = spec.statements.map((s) => {
    const sentenceStart = text.length;
    text += `${s.text}.`;
    const span = { start: sentenceStart, end: sentenceStart + s.text.length, sentenceStart, sentenceEnd: text.length };
    text += ' ';
    return span;
  });
  const mention = (name: string) => [
    { start: 0, end: Math.min(name.length, text.length), text: text.slice(0, Math.min(name.length, text.length)) },
  ];
  // Validated like any input to the loader, so a fixture cannot lean on what a real graph may not do.
  return assertDocumentGraph({
    version: 1,
    article: {
      id: spec.article,
      title: `fixture ${spec.article}`,
      language: 'ar',
      publishedAt: spec.publishedAt ?? '2024-01-01',
      source: null,
      url: null,
      text,
    },
    actors: spec.actors.map((a) => ({
      id: a.id,
      name: a.name,
      nameEn: a.nameEn ?? null,
      kind: a.kind ?? 'PERSON',
      partOfIds: a.partOf ?? [],
      mentions: mention(a.name),
    })),
    places: (spec.places ?? []).map((p) => ({ id: p.id, name: p.name, mentions: mention(p.name) })),
    events: (spec.events ?? []).map((e) => ({
      id: e.id,
      kind: e.kind,
      label: e.label,
      participantIds: e.participants,
      placeId: e.place ?? null,
      when: e.date ? { text: e.date, date: e.date } : null,
      followsIds: e.follows ?? [],
      affectsIds: e.affects ?? [],
      mentions: mention(e.label),
    })),
    sectors: (spec.sectors ?? []).map((s) => ({ id: s.id, name: s.name, nameEn: s.nameEn ?? null, mentions: mention(s.name) })),
    statements: spec.statements.map((s, i) => {
      const span = spans[i]!;
      return {
        id: s.id,
        speakerId: s.speaker,
        addresseeIds: s.addressees ?? [],
        aboutIds: s.about ?? [],
        cue: null,
        verb: 'قال',
        kind: s.kind ?? 'CLAIM',
        direct: s.direct ?? false,
        content: { start: span.start, end: span.end, text: text.slice(span.start, span.end) },
        sentence: { index: i, start: span.sentenceStart, end: span.sentenceEnd },
        reportedById: s.reportedBy ?? null,
        deniesId: s.denies ?? null,
        answersId: s.answers ?? null,
        eventId: s.event ?? null,
      };
    }),
  });
}
