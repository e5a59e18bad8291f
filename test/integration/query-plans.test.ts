/*
 * The plans of the queries the API issues: a page must start from an index (an id lookup, a
 * sort-key range read in page order, a text index), never from every node of a label, so its
 * cost stays flat as the graph grows. Each query function of src/db/queries runs against a
 * Database that answers with EXPLAIN instead of running the query, and the recorded plans are
 * checked operator by operator.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database, type ReadTransaction } from '../../src/db/driver.ts';
import * as actors from '../../src/db/queries/actors.ts';
import * as aggregates from '../../src/db/queries/aggregates.ts';
import * as analysis from '../../src/db/queries/analysis.ts';
import * as articles from '../../src/db/queries/articles.ts';
import * as events from '../../src/db/queries/events.ts';
import * as graph from '../../src/db/queries/graph.ts';
import * as mentions from '../../src/db/queries/mentions.ts';
import * as network from '../../src/db/queries/network.ts';
import * as nodes from '../../src/db/queries/nodes.ts';
import * as searchQueries from '../../src/db/queries/search.ts';
import { STATEMENT_LINKS, type KeysetRequest, type StatementLink } from '../../src/db/queries/shared.ts';
import * as statements from '../../src/db/queries/statements.ts';
import { testDatabase } from '../support/db.ts';
import type { Relation } from '../../src/db/queries/nodes.ts';
import type { StatementQuery } from '../../src/db/queries/statements.ts';

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

interface Explained {
  name: string;
  query: string;
  plan: PlanNode;
}

/** Operators that read every node (of a label) or every relationship (of a type). */
const WHOLE_SCANS =
  /^(AllNodesScan|NodeByLabelScan|UnionNodeByLabelsScan|IntersectionNodeByLabelsScan|(Directed|Undirected)?(AllRelationships|RelationshipType)Scan)/;
/** Operators that order their whole input (a page served in index order needs none). */
const SORTS = /^(Sort|Top|PartialSort|PartialTop)/;

/*
 * Every read query function of src/db/queries: the exported async functions that take the
 * Database first. The writes (mutations.ts) are planned by the loader's tests.
 */
const READ_MODULES = { actors, aggregates, analysis, articles, events, graph, mentions, network, nodes, searchQueries, statements };
const QUERY_FUNCTIONS = Object.values(READ_MODULES).flatMap((module) =>
  Object.entries(module as Record<string, unknown>)
    .filter(([, value]) => typeof value === 'function' && /^async function \w+\(\s*db\b/.test(String(value)))
    .map(([name]) => name),
);
const { listActors } = actors;
const { articleAggregates, eventAggregates, statementAggregates } = aggregates;
const { speakerStatementsAbout, stanceNetwork, whoSaidWhatAbout } = analysis;
const { existingArticleIds, listArticles, listSectors, neo4jVersion } = articles;
const { listEvents, timeline } = events;
const { graphView } = graph;
const { mentionPages } = mentions;
const { actorNetwork, shortestPath, stanceStatementPages } = network;
const { nodesByIds, nodeWithPages, relatedPages, RELATIONS } = nodes;
const { search } = searchQueries;
const { countStatements, listContradictions, listStatements } = statements;

const operators = (plan: PlanNode): string[] => [plan.operatorType.replace(/@.*$/, ''), ...plan.children.flatMap(operators)];

/** A Database whose reads EXPLAIN each query instead of running it, recording the plans. */
class ExplainingDatabase extends Database {
  readonly explained: Explained[] = [];
  /** The call stacks of the reads, to tell which query functions issued them. */
  readonly stacks: string[] = [];
  current = '';

  override async read<T>(work: (tx: ReadTransaction) => Promise<T>): Promise<T> {
    this.stacks.push(new Error().stack ?? '');
    return super.read((tx) =>
      work(
        new Proxy(tx, {
          get: (target, property) =>
            property !== 'run'
              ? Reflect.get(target, property)
              : async (query: string, params?: Record<string, unknown>) => {
                  const result = await target.run(`EXPLAIN ${query}`, params);
                  this.explained.push({ name: this.current, query, plan: result.summary.plan as unknown as PlanNode });
                  return result;
                },
        }),
      ),
    );
  }
}

const LINK_SHAPES: [string, readonly StatementLink[]][] = [
  ['none', []],
  ['speaker', ['speaker']],
  ['every', STATEMENT_LINKS],
];

const FIRST_PAGE: KeysetRequest = { after: '', limit: 20, withCount: false };
const COUNTED: KeysetRequest = { ...FIRST_PAGE, withCount: true };
const NEXT_PAGE: KeysetRequest = { after: 'some key', limit: 20, withCount: true };

/*
 * Lists whose whole label is read by design: sectors are a fixed gazetteer (tens of nodes),
 * ordered by degree.
 */
const WHOLE_LABEL_BY_DESIGN = new Set(['listSectors', 'listSectors next page']);

/*
 * Networks and aggregates rank what they count (heaviest first), so they sort by design, but
 * from an anchor (an id, a date range, a kind), never from a whole label.
 *
 * Lists ordered after their candidates are found: candidates bounded by one node's
 * neighbourhood (an article, an addressee, a target, an event, a place, a participant, an
 * actor's denials), by a text match, by an actor's timeline, or the statements of one speaker
 * or one kind in the order their composite index does not keep (oldest first).
 */
const SORTED_AFTER_ANCHOR =
  /statements\((article|addressee|about|event|text)|statements\((speaker|kinds)[^,]*,OLDEST_FIRST\)|events\((participants|place)\)|actors\(name\)|actors\(kinds: 2\)|contradictions\(actor\)|timeline|whoSaidWhatAbout|relatedPages|nodeWithPages|search|stanceNetwork\((kinds: 2|dates)|mentionPages|graphView|actorNetwork|aggregate\(/;

describe('query plans', () => {
  let db: ExplainingDatabase;
  let plain: Database;
  // Planning some sixty distinct queries (nothing runs) takes a while on a busy machine.
  const PLANNING_TIMEOUT_MS = 900_000;

  beforeAll(async () => {
    // Deep enough to reach the query function from the driver's read.
    Error.stackTraceLimit = 50;
    plain = await testDatabase();
    db = new ExplainingDatabase(plain.driver, plain.databaseName, plain.uri, plain.options);
    const run = async (name: string, call: () => Promise<unknown>) => {
      db.current = name;
      await call();
    };
    const statementCases: [string, StatementQuery][] = [
      ['all', {}],
      ['speaker', { speaker: 'actor:x' }],
      ['article', { article: 'article:x' }],
      ['addressee', { addressee: 'actor:x' }],
      ['about', { about: 'actor:x' }],
      ['event', { event: 'event:x' }],
      ['text', { text: 'كلمة' }],
      ['kinds', { kinds: ['DENIAL'] }],
      ['dates', { from: '2024-03', to: '2024-03' }],
      ['speaker+about', { speaker: 'actor:x', about: 'actor:y' }],
      ['speaker+about+kinds', { speaker: 'actor:x', about: 'actor:y', kinds: ['CLAIM', 'DENIAL'] }],
      ['speaker+about+kinds+dates', { speaker: 'actor:x', about: 'actor:y', kinds: ['CLAIM'], from: '2024', to: '2025' }],
    ];
    for (const [name, filter] of statementCases) {
      for (const order of ['NEWEST_FIRST', 'OLDEST_FIRST'] as const) {
        await run(`statements(${name},${order})`, () => listStatements(db, filter, order, COUNTED));
      }
      await run(`statements(${name}) next page`, () => listStatements(db, filter, 'NEWEST_FIRST', NEXT_PAGE));
      await run(`countStatements(${name})`, () => countStatements(db, filter));
    }
    // The selection shapes of a statement list: no link (text only), the speaker, every link.
    for (const [shape, links] of LINK_SHAPES) {
      await run(`statements(all,links: ${shape})`, () => listStatements(db, {}, 'NEWEST_FIRST', COUNTED, links));
      await run(`statements(speaker,links: ${shape})`, () => listStatements(db, { speaker: 'actor:x' }, 'NEWEST_FIRST', COUNTED, links));
      await run(`relatedPages(Article.statements,links: ${shape})`, () =>
        relatedPages(db, 'Article.statements', [{ key: 'k', id: 'x', after: '', limit: 20, withCount: true, links }]),
      );
      await run(`timeline(links: ${shape})`, () => timeline(db, 'actor:x', COUNTED, {}, links));
      await run(`contradictions(actor) links: ${shape}`, () =>
        listContradictions(db, 'actor:x', COUNTED, {}, { denial: links, denied: links }),
      );
      await run(`whoSaidWhatAbout(links: ${shape})`, () =>
        whoSaidWhatAbout(db, 'actor:x', { totalCount: true, page: { after: '', limit: 20, withCount: true, statements: 5, links } }),
      );
      await run(`whoSaidWhatAbout.statements(links: ${shape})`, () =>
        speakerStatementsAbout(db, 'actor:x', 'actor:y', {}, NEXT_PAGE, links),
      );
    }
    await run('contradictions', () => listContradictions(db, null, COUNTED));
    await run('contradictions(actor)', () => listContradictions(db, 'actor:x', COUNTED));
    await run('actors', () => listActors(db, {}, COUNTED));
    await run('actors(kind)', () => listActors(db, { kinds: ['PERSON'] }, COUNTED));
    await run('actors(name)', () => listActors(db, { name: 'سامي' }, COUNTED));
    await run('actors(kinds: 2)', () => listActors(db, { kinds: ['PERSON', 'COUNTRY'] }, COUNTED));
    await run('events', () => listEvents(db, {}, COUNTED));
    await run('events(kind,dates)', () => listEvents(db, { kinds: ['MEETING'], from: '2024', to: '2025' }, COUNTED));
    await run('events(participants)', () => listEvents(db, { participants: ['actor:x', 'actor:y'] }, COUNTED));
    await run('events(place)', () => listEvents(db, { place: 'place:x' }, COUNTED));
    await run('articles', () => listArticles(db, COUNTED));
    await run('existingArticleIds', () => existingArticleIds(db, ['article:x']));
    await run('neo4jVersion', () => neo4jVersion(db));
    await run('listSectors', () => listSectors(db, COUNTED));
    await run('listSectors next page', () => listSectors(db, NEXT_PAGE));
    await run('stanceNetwork', () => stanceNetwork(db, null, 1, COUNTED));
    await run('stanceNetwork(minCount)', () => stanceNetwork(db, null, 3, COUNTED));
    await run('stanceNetwork(kinds: 1)', () => stanceNetwork(db, ['DENIAL'], 1, COUNTED));
    await run('stanceNetwork(kinds: 2)', () => stanceNetwork(db, ['DENIAL', 'WARNING'], 1, COUNTED));
    await run('stanceNetwork(dates)', () => stanceNetwork(db, null, 1, COUNTED, { from: '2024-01', to: '2024-02' }));
    await run('stanceNetwork(dates, kinds: 1)', () => stanceNetwork(db, ['DENIAL'], 2, NEXT_PAGE, { from: '2024' }));
    const speakerPage = { after: '', limit: 20, withCount: true, statements: 5 };
    await run('whoSaidWhatAbout', () => whoSaidWhatAbout(db, 'actor:x', { totalCount: true, page: speakerPage }));
    await run('whoSaidWhatAbout(dates)', () =>
      whoSaidWhatAbout(db, 'actor:x', { from: '2024-01', to: '2024-02', totalCount: true, page: speakerPage }),
    );
    await run('whoSaidWhatAbout next page', () =>
      whoSaidWhatAbout(db, 'actor:x', { totalCount: false, page: { ...speakerPage, after: 'some key', withCount: false } }),
    );
    await run('whoSaidWhatAbout(count)', () => whoSaidWhatAbout(db, 'actor:x', { totalCount: true, page: null }));
    await run('whoSaidWhatAbout.statements', () => speakerStatementsAbout(db, 'actor:x', 'actor:y', {}, NEXT_PAGE));
    await run('timeline', () => timeline(db, 'actor:x', COUNTED));
    await run('timeline next page', () =>
      timeline(db, 'actor:x', { ...NEXT_PAGE, after: '2024-01-10 0 000000000 article:x 000000000 event:x' }),
    );
    await run('timeline(dates) next page', () =>
      timeline(db, 'actor:x', { ...NEXT_PAGE, after: '2024-01-20 1 000000000 article:x 000000004 stmt:x' }, { from: '2024', to: '2025' }),
    );
    await run('search', () => search(db, 'كلمة', ['STATEMENT', 'ACTOR', 'EVENT', 'PLACE', 'SECTOR', 'ARTICLE'], COUNTED));
    await run('search(statements, links: speaker)', () => search(db, 'كلمة', ['STATEMENT'], COUNTED, ['speaker']));
    await run('search(after)', () => search(db, 'كلمة', ['ACTOR'], { ...COUNTED, after: '5 000000001' }));
    await run('search(statements, uncounted)', () => search(db, 'كلمة', ['STATEMENT'], FIRST_PAGE));
    await run('mentionPages', () =>
      mentionPages(db, [
        { key: 'a', article: 'article:x', subject: null, after: '', limit: 20 },
        { key: 'b', article: 'article:y', subject: 'actor:x', after: 'some key', limit: 20 },
      ]),
    );
    await run('graphView(center)', () => graphView(db, 'actor:x', 2, 100));
    await run('graphView(center, narrowed)', () =>
      graphView(db, 'actor:x', 2, 100, { nodeLabels: ['Actor', 'Statement'], edgeTypes: ['SAID', 'ABOUT'] }),
    );
    await run('graphView(no center)', () => graphView(db, null, 1, 100));
    await run('nodesByIds', () => nodesByIds(db, ['actor:x', 'stmt:x']));
    await run('Stance.statements', () =>
      stanceStatementPages(db, [
        { key: 'a', speaker: 'actor:x', target: 'actor:y', kinds: null, from: null, to: null, after: '', limit: 20, withCount: true },
        {
          key: 'b',
          speaker: 'actor:x',
          target: 'actor:z',
          kinds: ['CLAIM'],
          from: null,
          to: null,
          after: 'some key',
          limit: 10,
          withCount: false,
        },
        {
          key: 'c',
          speaker: 'actor:x',
          target: 'actor:z',
          kinds: null,
          from: '2024-01',
          to: '2024-02',
          after: '',
          limit: 10,
          withCount: true,
        },
      ]),
    );
    await run('Stance.statements(links: none)', () =>
      stanceStatementPages(db, [
        {
          key: 'a',
          speaker: 'actor:x',
          target: 'actor:y',
          kinds: null,
          from: null,
          to: null,
          after: '',
          limit: 20,
          withCount: true,
          links: [],
        },
      ]),
    );
    const network = { minWeight: 1, limit: 100, cooccurrence: 'NONE' as const };
    await run('actorNetwork(article)', () => actorNetwork(db, { ...network, article: 'article:x' }));
    await run('actorNetwork(dates)', () => actorNetwork(db, { ...network, from: '2024-03', to: '2024-03' }));
    await run('actorNetwork(kinds)', () => actorNetwork(db, { ...network, kinds: ['DENIAL'] }));
    await run('shortestPath', () => shortestPath(db, 'actor:x', 'actor:y', 4));
    const needs = { byKind: true, speakers: 5, targets: 5, granularities: ['MONTH' as const] };
    await run('aggregate(statements: speaker, event, dates)', () =>
      statementAggregates(db, [
        { key: 'a', filter: { speaker: 'actor:x', kinds: ['CLAIM'] }, needs },
        { key: 'b', filter: { event: 'event:x' }, needs },
        { key: 'c', filter: { from: '2024-01', to: '2024-02' }, needs },
      ]),
    );
    await run('aggregate(statements: denies, answers)', () =>
      statementAggregates(db, [
        { key: 'a', filter: { denies: 'stmt:x' }, needs },
        { key: 'b', filter: { answers: 'stmt:y' }, needs },
      ]),
    );
    await run('aggregate(events: place, dates)', () =>
      eventAggregates(db, [
        { key: 'a', filter: { place: 'place:x' }, needs: { byKind: true, places: 5, granularities: ['MONTH'] } },
        { key: 'b', filter: { from: '2024-01' }, needs: { byKind: true, places: 5, granularities: ['MONTH'] } },
      ]),
    );
    await run('aggregate(articles: mentions)', () =>
      articleAggregates(db, [{ key: 'a', filter: { mentions: 'actor:x' }, needs: { sources: 5, granularities: ['DAY'] } }]),
    );
    // A root field with the first pages of its node's lists (actor(id) { statementsBy … }).
    await run('nodeWithPages(Actor: statementsBy, statementsAbout, events)', () =>
      nodeWithPages(db, 'Actor', 'actor:x', [
        { relation: 'Actor.statements', after: '', limit: 20, withCount: false, links: ['about'] },
        { relation: 'Actor.mentionedIn', after: 'some key', limit: 5, withCount: true, links: [] },
        { relation: 'Actor.events', after: '', limit: 10, withCount: true },
      ]),
    );
    for (const relation of Object.keys(RELATIONS) as Relation[]) {
      await run(`relatedPages(${relation})`, () =>
        relatedPages(db, relation, [{ key: 'k', id: 'x', after: 'some key', limit: 20, withCount: true }]),
      );
    }
  }, PLANNING_TIMEOUT_MS);

  afterAll(() => plain.close());

  it('EXPLAIN every query the API issues', () => {
    expect(db.explained.length).toBeGreaterThan(40);
  });

  it('EXPLAIN every exported query function of src/db/queries', () => {
    expect(QUERY_FUNCTIONS.length).toBeGreaterThan(20);
    const called = (name: string) => db.stacks.some((stack) => new RegExp(`\\bat (async )?${name} `).test(stack));
    expect(QUERY_FUNCTIONS.filter((name) => !called(name))).toEqual([]);
  });

  it('start every page from an index, never from every node of a label', () => {
    const scans = db.explained
      .filter((e) => !WHOLE_LABEL_BY_DESIGN.has(e.name))
      .map((e) => ({ name: e.name, scans: operators(e.plan).filter((op) => WHOLE_SCANS.test(op)) }))
      .filter((e) => e.scans.length > 0);
    expect(scans).toEqual([]);
  });

  it('serve unfiltered and single-speaker pages in index order: no sort of the candidates', () => {
    const sorted = db.explained
      .filter((e) => !SORTED_AFTER_ANCHOR.test(e.name) && !WHOLE_LABEL_BY_DESIGN.has(e.name))
      .map((e) => ({ name: e.name, sorts: operators(e.plan).filter((op) => SORTS.test(op)) }))
      .filter((e) => e.sorts.length > 0);
    expect(sorted).toEqual([]);
  });

  it("count a speaker's statements about a target from the STANCE edge, not from the statements", () => {
    for (const name of ['countStatements(speaker+about)', 'countStatements(speaker+about+kinds)']) {
      const explained = db.explained.find((e) => e.name === name)!;
      expect(explained.query, name).toContain(':STANCE]');
      expect(JSON.stringify(explained.plan), name).not.toContain(':Statement');
    }
  });

  it('page whoSaidWhatAbout from the STANCE edges: without a date range no statement about the subject is expanded', () => {
    const explained = db.explained.find((e) => e.name === 'whoSaidWhatAbout')!;
    expect(explained.query).toContain(':STANCE]->(t)');
    // Statements are read from the paged speakers' (speakerId, newestKey) index and from the
    // subject's own SAID (its statements about itself), never from every ABOUT of the subject.
    expect(explained.query).not.toMatch(/\(sp:Actor\)-\[:SAID\]->\(s:Statement\)-\[:ABOUT\]->\(t\)/);
    expect(JSON.stringify(explained.plan)).toContain('speakerId, newestKey');
  });

  it("read an actor's statements with the actor from the (speakerId, newestKey) index, in one query", () => {
    const explained = db.explained.find((e) => e.name.startsWith('nodeWithPages(Actor'))!;
    expect(JSON.stringify(explained.plan)).toContain('speakerId, newestKey');
  });

  it('search only the indexes of the types asked for', () => {
    const actorsOnly = db.explained.find((e) => e.name === 'search(after)')!;
    expect(actorsOnly.query).toContain("'actor_names'");
    for (const index of [
      'statement_text',
      'event_labels',
      'place_names',
      'sector_names',
      'article_titles',
      'MATCH (node:Statement)',
      'MATCH (node:Event)',
    ]) {
      expect(actorsOnly.query, index).not.toContain(index);
    }
  });

  it('page a search without totalCount by a top-k of its candidates, collecting none of them whole', () => {
    const uncounted = db.explained.find((e) => e.name === 'search(statements, uncounted)')!;
    expect(operators(uncounted.plan).some((op) => /^(Top|PartialTop)$/.test(op))).toBe(true);
    expect(uncounted.query).not.toMatch(/AS hits/);
    // A statements-only search has no name to match whole: no match-quality tiers of other types.
    expect(uncounted.query).not.toContain("type = 'ACTOR'");
  });

  it('build a graph view without path lists unless narrowed, and find its edges without expanding dense nodes', () => {
    const plain = db.explained.find((e) => e.name === 'graphView(center)')!;
    const narrowed = db.explained.find((e) => e.name === 'graphView(center, narrowed)')!;
    expect(plain.query).not.toMatch(/relationships\(p\)|nodes\(p\)/);
    expect(narrowed.query).toMatch(/relationships\(p\)/);
    for (const view of [plain, narrowed]) {
      // Dense nodes are checked pairwise (Expand(Into)), the others expanded.
      expect(operators(view.plan), view.name).toContain('Expand(Into)');
      expect(view.query).toMatch(/COUNT \{ \(x\)--\(\) \} AS degree/);
    }
  });

  it('count all statements, articles, events, actors and stance edges from the count store', () => {
    const countStore = (name: string) =>
      operators(db.explained.find((e) => e.name === name)!.plan).some((op) => /CountFromCountStore/.test(op));
    for (const name of ['countStatements(all)', 'articles', 'events', 'actors', 'stanceNetwork']) {
      expect(countStore(name), name).toBe(true);
    }
  });
});
