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

/** Where the EXPLAINing databases of one run record what they planned. */
interface PlanLog {
  readonly explained: Explained[];
  /** The call stacks of the reads, to tell which query functions issued them. */
  readonly stacks: string[];
}

/**
 * A Database whose reads EXPLAIN each query instead of running it, recording the plans under the
 * name of the case it serves (one instance per case, so cases can be planned side by side).
 */
class ExplainingDatabase extends Database {
  constructor(
    plain: Database,
    private readonly name: string,
    private readonly log: PlanLog,
  ) {
    super(plain.driver, plain.databaseName, plain.uri, plain.options);
  }

  override async read<T>(work: (tx: ReadTransaction) => Promise<T>): Promise<T> {
    this.log.stacks.push(new Error().stack ?? '');
    return super.read((tx) =>
      work(
        new Proxy(tx, {
          get: (target, property) =>
            property !== 'run'
              ? Reflect.get(target, property)
              : async (query: string, params?: Record<string, unknown>) => {
                  const result = await target.run(`EXPLAIN ${query}`, params);
                  this.log.explained.push({ name: this.name, query, plan: result.summary.plan as unknown as PlanNode });
                  return result;
                },
        }),
      ),
    );
  }
}

/**
 * How many cases are planned at once, each in a session of its own. Neo4j plans each query on
 * the thread of its session, so one case at a time left a core idle whenever this file ran
 * beside files that wait on I/O; planning is CPU work, so more sessions than cores only queue.
 */
const PLANNING_SESSIONS = 2;

const LINK_SHAPES: [string, readonly StatementLink[]][] = [
  ['none', []],
  ['speaker', ['speaker']],
  ['every', STATEMENT_LINKS],
];

const FIRST_PAGE: KeysetRequest = { after: '', limit: 20, withCount: false };
const COUNTED: KeysetRequest = { ...FIRST_PAGE, withCount: true };
/** A cursor key of search's shape: tier 4, score 1.000, prominence 3, an id. */
const SEARCH_KEY = '5 999999000 999999996 statement:t-x';
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
 * neighbourhood (an article, an addressee, an event, a place, a participant, an actor's
 * denials), by a text match, by an actor's timeline, or the statements of one speaker
 * or one kind in the order their composite index does not keep (oldest first).
 */
const SORTED_AFTER_ANCHOR =
  /statements\((article|addressee|event|text)|statements\((speaker|kinds)[^,]*,OLDEST_FIRST\)|events\((participants|place)\)|actors\(name\)|actors\(kinds: 2\)|contradictions\(actor\)|timeline|whoSaidWhatAbout|relatedPages|nodeWithPages|search|stanceNetwork\((kinds: 2|dates)|mentionPages|graphView|actorNetwork|aggregate\(/;

describe('query plans', () => {
  const planned: PlanLog = { explained: [], stacks: [] };
  let plain: Database;
  // Planning some sixty distinct queries (nothing runs) takes a while on a busy machine.
  const PLANNING_TIMEOUT_MS = 900_000;

  beforeAll(async () => {
    // Deep enough to reach the query function from the driver's read.
    Error.stackTraceLimit = 50;
    plain = await testDatabase();
    // The cases are listed first and planned afterwards, PLANNING_SESSIONS at a time.
    const cases: [string, (db: Database) => Promise<unknown>][] = [];
    const explain = (name: string, call: (db: Database) => Promise<unknown>) => {
      cases.push([name, call]);
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
        explain(`statements(${name},${order})`, (db) => listStatements(db, filter, order, COUNTED));
      }
      explain(`statements(${name}) next page`, (db) => listStatements(db, filter, 'NEWEST_FIRST', NEXT_PAGE));
      explain(`countStatements(${name})`, (db) => countStatements(db, filter));
    }
    // The selection shapes of a statement list: no link (text only), the speaker, every link.
    for (const [shape, links] of LINK_SHAPES) {
      explain(`statements(all,links: ${shape})`, (db) => listStatements(db, {}, 'NEWEST_FIRST', COUNTED, links));
      explain(`statements(speaker,links: ${shape})`, (db) => listStatements(db, { speaker: 'actor:x' }, 'NEWEST_FIRST', COUNTED, links));
      explain(`relatedPages(Article.statements,links: ${shape})`, (db) =>
        relatedPages(db, 'Article.statements', [{ key: 'k', id: 'x', after: '', limit: 20, withCount: true, links }]),
      );
      explain(`timeline(links: ${shape})`, (db) => timeline(db, 'actor:x', COUNTED, {}, links));
      explain(`contradictions(actor) links: ${shape}`, (db) =>
        listContradictions(db, 'actor:x', COUNTED, {}, { denial: links, denied: links }),
      );
      explain(`whoSaidWhatAbout(links: ${shape})`, (db) =>
        whoSaidWhatAbout(db, 'actor:x', { totalCount: true, page: { after: '', limit: 20, withCount: true, statements: 5, links } }),
      );
      explain(`whoSaidWhatAbout.statements(links: ${shape})`, (db) =>
        speakerStatementsAbout(db, 'actor:x', { id: 'actor:y', nodeType: 'Actor' }, {}, NEXT_PAGE, links),
      );
    }
    explain('countStatements(kinds: 2)', (db) => countStatements(db, { kinds: ['DENIAL', 'CLAIM'] }));
    explain('countStatements(year)', (db) => countStatements(db, { from: '2024', to: '2024' }));
    explain('countStatements(months)', (db) => countStatements(db, { from: '2023-11', to: '2024-02' }));
    explain('contradictions', (db) => listContradictions(db, null, COUNTED));
    explain('contradictions(actor)', (db) => listContradictions(db, 'actor:x', COUNTED));
    explain('actors', (db) => listActors(db, {}, COUNTED));
    explain('actors(kind)', (db) => listActors(db, { kinds: ['PERSON'] }, COUNTED));
    explain('actors(name)', (db) => listActors(db, { name: 'سامي' }, COUNTED));
    explain('actors(kinds: 2)', (db) => listActors(db, { kinds: ['PERSON', 'COUNTRY'] }, COUNTED));
    explain('events', (db) => listEvents(db, {}, COUNTED));
    explain('events(kind,dates)', (db) => listEvents(db, { kinds: ['MEETING'], from: '2024', to: '2025' }, COUNTED));
    explain('events(participants)', (db) => listEvents(db, { participants: ['actor:x', 'actor:y'] }, COUNTED));
    explain('events(place)', (db) => listEvents(db, { place: 'place:x' }, COUNTED));
    explain('articles', (db) => listArticles(db, COUNTED));
    explain('existingArticleIds', (db) => existingArticleIds(db, ['article:x']));
    explain('neo4jVersion', (db) => neo4jVersion(db));
    explain('listSectors', (db) => listSectors(db, COUNTED));
    explain('listSectors next page', (db) => listSectors(db, NEXT_PAGE));
    explain('stanceNetwork', (db) => stanceNetwork(db, null, 1, COUNTED));
    explain('stanceNetwork(minCount)', (db) => stanceNetwork(db, null, 3, COUNTED));
    explain('stanceNetwork(kinds: 1)', (db) => stanceNetwork(db, ['DENIAL'], 1, COUNTED));
    explain('stanceNetwork(kinds: 2)', (db) => stanceNetwork(db, ['DENIAL', 'WARNING'], 1, COUNTED));
    explain('stanceNetwork(dates)', (db) => stanceNetwork(db, null, 1, COUNTED, { from: '2024-01', to: '2024-02' }));
    explain('stanceNetwork(dates, kinds: 1)', (db) => stanceNetwork(db, ['DENIAL'], 2, NEXT_PAGE, { from: '2024' }));
    const speakerPage = { after: '', limit: 20, withCount: true, statements: 5 };
    explain('whoSaidWhatAbout', (db) => whoSaidWhatAbout(db, 'actor:x', { totalCount: true, page: speakerPage }));
    explain('whoSaidWhatAbout(dates)', (db) =>
      whoSaidWhatAbout(db, 'actor:x', { from: '2024-01', to: '2024-02', totalCount: true, page: speakerPage }),
    );
    explain('whoSaidWhatAbout next page', (db) =>
      whoSaidWhatAbout(db, 'actor:x', { totalCount: false, page: { ...speakerPage, after: 'some key', withCount: false } }),
    );
    explain('whoSaidWhatAbout(count)', (db) => whoSaidWhatAbout(db, 'actor:x', { totalCount: true, page: null }));
    explain('whoSaidWhatAbout.statements', (db) =>
      speakerStatementsAbout(db, 'actor:x', { id: 'actor:y', nodeType: 'Actor' }, {}, NEXT_PAGE),
    );
    explain('whoSaidWhatAbout.statements(event)', (db) =>
      speakerStatementsAbout(db, 'actor:x', { id: 'event:y', nodeType: 'Event' }, {}, NEXT_PAGE),
    );
    explain('timeline', (db) => timeline(db, 'actor:x', COUNTED));
    explain('timeline next page', (db) =>
      timeline(db, 'actor:x', { ...NEXT_PAGE, after: '2024-01-10 0 000000000 article:x 000000000 event:x' }),
    );
    explain('timeline(dates) next page', (db) =>
      timeline(db, 'actor:x', { ...NEXT_PAGE, after: '2024-01-20 1 000000000 article:x 000000004 stmt:x' }, { from: '2024', to: '2025' }),
    );
    explain('search', (db) => search(db, 'كلمة', ['STATEMENT', 'ACTOR', 'EVENT', 'PLACE', 'SECTOR', 'ARTICLE'], COUNTED));
    explain('search(statements, links: speaker)', (db) => search(db, 'كلمة', ['STATEMENT'], COUNTED, ['speaker']));
    explain('search(after)', (db) => search(db, 'كلمة', ['ACTOR'], { ...COUNTED, after: '5 000000001' }));
    explain('search(statements, uncounted)', (db) => search(db, 'كلمة', ['STATEMENT'], FIRST_PAGE));
    explain('search(statements, uncounted, after a key)', (db) => search(db, 'كلمة', ['STATEMENT'], { ...FIRST_PAGE, after: SEARCH_KEY }));
    explain('search(statements, after a key)', (db) => search(db, 'كلمة', ['STATEMENT'], { ...COUNTED, after: SEARCH_KEY }));
    explain('search(statements, lean)', (db) => search(db, 'كلمة', ['STATEMENT'], FIRST_PAGE, ['speaker'], ['id', 'text']));
    explain('mentionPages', (db) =>
      mentionPages(db, [
        { key: 'a', article: 'article:x', subject: null, after: '', limit: 20 },
        { key: 'b', article: 'article:y', subject: 'actor:x', after: 'some key', limit: 20 },
      ]),
    );
    explain('graphView(center)', (db) => graphView(db, 'actor:x', 2, 100));
    explain('graphView(center, narrowed)', (db) =>
      graphView(db, 'actor:x', 2, 100, { nodeLabels: ['Actor', 'Statement'], edgeTypes: ['SAID', 'ABOUT'] }),
    );
    explain('graphView(no center)', (db) => graphView(db, null, 1, 100));
    explain('nodesByIds', (db) => nodesByIds(db, ['actor:x', 'stmt:x']));
    explain('Stance.statements', (db) =>
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
    explain('Stance.statements(links: none)', (db) =>
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
    explain('actorNetwork(article)', (db) => actorNetwork(db, { ...network, article: 'article:x' }));
    explain('actorNetwork(dates)', (db) => actorNetwork(db, { ...network, from: '2024-03', to: '2024-03' }));
    explain('actorNetwork(kinds)', (db) => actorNetwork(db, { ...network, kinds: ['DENIAL'] }));
    explain('actorNetwork(all)', (db) => actorNetwork(db, network));
    explain('actorNetwork(year)', (db) => actorNetwork(db, { ...network, from: '2024', to: '2024' }));
    explain('actorNetwork(cooccurrence)', (db) =>
      actorNetwork(db, { ...network, from: '2024-03', to: '2024-03', cooccurrence: 'STATEMENT' }),
    );
    explain('shortestPath', (db) => shortestPath(db, 'actor:x', 'actor:y', 4));
    const needs = { byKind: true, speakers: 5, targets: 5, granularities: ['MONTH' as const] };
    explain('aggregate(statements: speaker, event, dates)', (db) =>
      statementAggregates(db, [
        { key: 'a', filter: { speaker: 'actor:x', kinds: ['CLAIM'] }, needs },
        { key: 'b', filter: { event: 'event:x' }, needs },
        { key: 'c', filter: { from: '2024-01', to: '2024-02' }, needs },
      ]),
    );
    explain('aggregate(statements: speaker only)', (db) =>
      statementAggregates(db, [
        { key: 'a', filter: { speaker: 'actor:x' }, needs: { byKind: true, speakers: 0, targets: 0, granularities: ['MONTH'] } },
      ]),
    );
    explain('aggregate(statements: denies, answers)', (db) =>
      statementAggregates(db, [
        { key: 'a', filter: { denies: 'stmt:x' }, needs },
        { key: 'b', filter: { answers: 'stmt:y' }, needs },
      ]),
    );
    explain('aggregate(events: place, dates)', (db) =>
      eventAggregates(db, [
        { key: 'a', filter: { place: 'place:x' }, needs: { byKind: true, places: 5, granularities: ['MONTH'] } },
        { key: 'b', filter: { from: '2024-01' }, needs: { byKind: true, places: 5, granularities: ['MONTH'] } },
      ]),
    );
    explain('aggregate(articles: mentions)', (db) =>
      articleAggregates(db, [{ key: 'a', filter: { mentions: 'actor:x' }, needs: { sources: 5, granularities: ['DAY'] } }]),
    );
    // A root field with the first pages of its node's lists (actor(id) { statementsBy … }).
    explain('nodeWithPages(Actor: statementsBy, statementsAbout, events)', (db) =>
      nodeWithPages(db, 'Actor', 'actor:x', [
        { relation: 'Actor.statements', after: '', limit: 20, withCount: false, links: ['about'] },
        { relation: 'Actor.mentionedIn', after: 'some key', limit: 5, withCount: true, links: [] },
        { relation: 'Actor.events', after: '', limit: 10, withCount: true },
      ]),
    );
    for (const relation of Object.keys(RELATIONS) as Relation[]) {
      explain(`relatedPages(${relation})`, (db) =>
        relatedPages(db, relation, [{ key: 'k', id: 'x', after: 'some key', limit: 20, withCount: true }]),
      );
    }
    let next = 0;
    const session = async () => {
      for (let i = next++; i < cases.length; i = next++) {
        const [name, call] = cases[i]!;
        await call(new ExplainingDatabase(plain, name, planned));
      }
    };
    await Promise.all(Array.from({ length: PLANNING_SESSIONS }, session));
  }, PLANNING_TIMEOUT_MS);

  afterAll(() => plain.close());

  it('EXPLAIN every query the API issues', () => {
    expect(planned.explained.length).toBeGreaterThan(40);
  });

  it('EXPLAIN every exported query function of src/db/queries', () => {
    expect(QUERY_FUNCTIONS.length).toBeGreaterThan(20);
    const called = (name: string) => planned.stacks.some((stack) => new RegExp(`\\bat (async )?${name} `).test(stack));
    expect(QUERY_FUNCTIONS.filter((name) => !called(name))).toEqual([]);
  });

  it('start every page from an index, never from every node of a label', () => {
    const scans = planned.explained
      .filter((e) => !WHOLE_LABEL_BY_DESIGN.has(e.name))
      .map((e) => ({ name: e.name, scans: operators(e.plan).filter((op) => WHOLE_SCANS.test(op)) }))
      .filter((e) => e.scans.length > 0);
    expect(scans).toEqual([]);
  });

  it('serve unfiltered and single-speaker pages in index order: no sort of the candidates', () => {
    const sorted = planned.explained
      .filter((e) => !SORTED_AFTER_ANCHOR.test(e.name) && !WHOLE_LABEL_BY_DESIGN.has(e.name))
      .map((e) => ({ name: e.name, sorts: operators(e.plan).filter((op) => SORTS.test(op)) }))
      .filter((e) => e.sorts.length > 0);
    expect(sorted).toEqual([]);
  });

  it("count a speaker's statements about a target from the STANCE edge, sought by its pair key, not from the statements", () => {
    for (const name of [
      'countStatements(speaker+about)',
      'countStatements(speaker+about+kinds)',
      'statements(speaker+about,NEWEST_FIRST)',
    ]) {
      const explained = planned.explained.find((e) => e.name === name)!;
      expect(explained.query, name).toMatch(/:STANCE \{pairKey: /);
      // A seek in the pair key's unique index: no STANCE edge of the target expanded.
      expect(JSON.stringify(explained.plan), name).toMatch(/RelationshipUniqueIndexSeek/);
      // (A page's projection expands its statements' links: only the counts expand nothing.)
      if (name.startsWith('count'))
        expect(
          operators(explained.plan).filter((op) => /^(Optional)?Expand/.test(op)),
          name,
        ).toEqual([]);
    }
    expect(JSON.stringify(planned.explained.find((e) => e.name === 'countStatements(speaker+about)')!.plan)).not.toContain(':Statement');
  });

  it("page a speaker's statements about a target from the (speakerId, targetId, newestKey) index on the ABOUT edges, nothing sorted", () => {
    for (const name of [
      'statements(speaker+about,NEWEST_FIRST)',
      'statements(speaker+about) next page',
      'statements(speaker+about+kinds,NEWEST_FIRST)',
      'statements(speaker+about+kinds+dates,NEWEST_FIRST)',
      'countStatements(speaker+about+kinds+dates)',
      'statements(speaker+about,OLDEST_FIRST)',
    ]) {
      const explained = planned.explained.find((e) => e.name === name)!;
      expect(JSON.stringify(explained.plan), name).toContain('speakerId, targetId, newestKey');
      if (!name.includes('OLDEST')) {
        expect(
          operators(explained.plan).filter((op) => SORTS.test(op)),
          name,
        ).toEqual([]);
      }
    }
  });

  it("count a text filter's matches from the candidates its page reads: one full-text query, not two", () => {
    for (const name of ['statements(text,NEWEST_FIRST)', 'statements(text,OLDEST_FIRST)', 'statements(text) next page']) {
      const explained = planned.explained.find((e) => e.name === name)!;
      expect(explained.query.match(/db\.index\.fulltext\.queryNodes/g), name).toHaveLength(1);
      expect(explained.query, name).toMatch(/size\(matched\) AS total/);
    }
  });

  it("page an actor's articles from the (targetId, listKey) index on the MENTIONS edges, nothing sorted", () => {
    const explained = planned.explained.find((e) => e.name === 'relatedPages(Actor.articles)')!;
    expect(JSON.stringify(explained.plan)).toContain('targetId, listKey');
    expect(operators(explained.plan).filter((op) => SORTS.test(op))).toEqual([]);
  });

  it('page whoSaidWhatAbout from the STANCE edges: without a date range no statement about the subject is expanded', () => {
    for (const name of ['whoSaidWhatAbout', 'whoSaidWhatAbout next page']) {
      const explained = planned.explained.find((e) => e.name === name)!;
      // The groups are a range of the (targetId, rankKey) index on STANCE, in page order: not every
      // STANCE edge into the subject read and sorted.
      expect(explained.query, name).toContain('USING INDEX r:STANCE(targetId, rankKey)');
      expect(JSON.stringify(explained.plan), name).toContain('targetId, rankKey');
      // Statements are read from the paged speakers' ABOUT edges into the subject, never from every
      // ABOUT of the subject.
      expect(explained.query, name).not.toMatch(/\(sp:Actor\)-\[:SAID\]->\(s:Statement\)-\[:ABOUT\]->\(t\)/);
      expect(operators(explained.plan), name).not.toContain('Expand(Into)');
    }
    expect(JSON.stringify(planned.explained.find((e) => e.name === 'whoSaidWhatAbout')!.plan)).toContain('speakerId, targetId, newestKey');
  });

  it("page a speaker's statements about a subject of any type from the (speakerId, targetId, newestKey) index on ABOUT", () => {
    for (const name of ['whoSaidWhatAbout.statements(links: none)', 'whoSaidWhatAbout.statements(event)']) {
      const explained = planned.explained.find((e) => e.name === name)!;
      expect(JSON.stringify(explained.plan), name).toContain('speakerId, targetId, newestKey');
      // The range is the page in order: nothing sorted, no edge expanded (showing no link).
      expect(
        operators(explained.plan).filter((op) => SORTS.test(op)),
        name,
      ).toEqual([]);
    }
    const none = planned.explained.find((e) => e.name === 'whoSaidWhatAbout.statements(links: none)')!;
    expect(operators(none.plan).filter((op) => op.startsWith('Expand'))).toEqual([]);
  });

  it("page a target's statements from the index on the ABOUT edges' keys, in either order, not from the target's node", () => {
    const cases: [string, string][] = [
      ['statements(about,NEWEST_FIRST)', 'targetId, newestKey'],
      ['statements(about,OLDEST_FIRST)', 'targetId, oldestKey'],
      ['statements(about) next page', 'targetId, newestKey'],
      ['relatedPages(Actor.mentionedIn)', 'targetId, newestKey'],
      ['relatedPages(Place.statements)', 'targetId, newestKey'],
      ['relatedPages(Sector.statements)', 'targetId, newestKey'],
    ];
    for (const [name, index] of cases) {
      const explained = planned.explained.find((e) => e.name === name)!;
      expect(explained, name).toBeDefined();
      expect(JSON.stringify(explained.plan), name).toContain(index);
      // The page is the index range read in order: nothing sorted.
      expect(
        operators(explained.plan).filter((op) => SORTS.test(op)),
        name,
      ).toEqual([]);
    }
  });

  it("read a timeline's events from the (actorId, timelineKey) index on PARTICIPATED_IN, counting no FOLLOWS path", () => {
    for (const name of ['timeline', 'timeline next page', 'timeline(dates) next page']) {
      const explained = planned.explained.find((e) => e.name === name)!;
      expect(JSON.stringify(explained.plan), name).toContain('actorId, timelineKey');
      expect(
        operators(explained.plan).filter((op) => op.startsWith('VarLengthExpand')),
        name,
      ).toEqual([]);
    }
  });

  it("read an actor's statements with the actor from the (speakerId, newestKey) index, in one query", () => {
    const explained = planned.explained.find((e) => e.name.startsWith('nodeWithPages(Actor'))!;
    expect(JSON.stringify(explained.plan)).toContain('speakerId, newestKey');
  });

  it('search only the indexes of the types asked for', () => {
    const actorsOnly = planned.explained.find((e) => e.name === 'search(after)')!;
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
    const uncounted = planned.explained.find((e) => e.name === 'search(statements, uncounted)')!;
    expect(operators(uncounted.plan).some((op) => /^(Top|PartialTop)$/.test(op))).toBe(true);
    expect(uncounted.query).not.toMatch(/AS hits/);
    // A statements-only search has no name to match whole: no match-quality tiers of other types.
    expect(uncounted.query).not.toContain("type = 'ACTOR'");
  });

  it('read only the statement properties a search selection shows (a lean projection), paged by a top-k', () => {
    const lean = planned.explained.find((e) => e.name === 'search(statements, lean)')!;
    expect(operators(lean.plan).some((op) => /^(Top|PartialTop)$/.test(op))).toBe(true);
    expect(lean.query).toMatch(/\.id, \.text/);
    expect(lean.query).toContain('speaker:');
    for (const property of ['.sentence', '.quote', '.publishedAt']) expect(lean.query, property).not.toContain(property);
  });

  it('page a search on its numbers, building a cursor key only for the hits of the page', () => {
    for (const name of ['search(statements, uncounted)', 'search(statements, uncounted, after a key)', 'search(statements, after a key)']) {
      const explained = planned.explained.find((e) => e.name === name)!;
      expect(
        operators(explained.plan).some((op) => /^(Top|PartialTop)$/.test(op)),
        name,
      ).toBe(true);
      // The key string (its fixed-width complements) is built after the top-k only.
      expect(explained.query.indexOf('right('), name).toBeGreaterThan(explained.query.indexOf('ORDER BY'));
      expect(explained.query, name).not.toMatch(/> \$after\b/);
    }
    // A cursor of another shape is compared as the key string it is.
    expect(planned.explained.find((e) => e.name === 'search(after)')!.query).toMatch(/> \$after\b/);
  });

  it('build a graph view without path lists unless narrowed, and find its edges without expanding dense nodes', () => {
    const plain = planned.explained.find((e) => e.name === 'graphView(center)')!;
    const narrowed = planned.explained.find((e) => e.name === 'graphView(center, narrowed)')!;
    expect(plain.query).not.toMatch(/relationships\(p\)|nodes\(p\)/);
    expect(narrowed.query).toMatch(/relationships\(p\)/);
    for (const view of [plain, narrowed]) {
      // Dense nodes are checked pairwise (Expand(Into)), the others expanded.
      expect(operators(view.plan), view.name).toContain('Expand(Into)');
      expect(view.query).toMatch(/COUNT \{ \(x\)--\(\) \} AS degree/);
    }
  });

  it('expand one hop without a variable-length expand, and check pairs of dense nodes one relationship type at a time', () => {
    const details = (plan: PlanNode, operator: RegExp): string[] => [
      ...(operator.test(plan.operatorType) && typeof plan.arguments.Details === 'string' ? [plan.arguments.Details] : []),
      ...plan.children.flatMap((child) => details(child, operator)),
    ];
    const overview = planned.explained.find((e) => e.name === 'graphView(no center)')!;
    expect(operators(overview.plan)).not.toContain('VarLengthExpand(All)');
    for (const name of ['graphView(center)', 'graphView(center, narrowed)', 'graphView(no center)']) {
      const into = details(planned.explained.find((e) => e.name === name)!.plan, /^Expand\(Into\)/);
      expect(into.length, name).toBeGreaterThan(0);
      // One type per pair check: a list of types walked a busy node's every relationship.
      for (const detail of into) expect(detail, name).toMatch(/\[\w+:[A-Z_]+\]/);
    }
  });

  it("build a month's or all time's actor network from the per-period rows, reading no statement", () => {
    const details = JSON.stringify;
    for (const name of ['actorNetwork(dates)', 'actorNetwork(all)']) {
      const explained = planned.explained.find((e) => e.name === name)!;
      const plan = details(explained.plan);
      // The heaviest actors of the period in index order (a top-k of the range, no sort of it),
      // the kept actors' pairs by (sourceId, period).
      expect(plan, name).toContain('period, rankKey');
      expect(plan, name).toContain('sourceId, period');
      // All time counts every statement from the count store: a number, no statement read.
      expect(plan.replaceAll('count( (:Statement) )', ''), name).not.toMatch(/:Statement\b/);
      expect(
        operators(explained.plan).filter((op) => SORTS.test(op)),
        name,
      ).toEqual(['Sort']); // the kept pairs, by weight: at most limit × limit rows
      expect(
        operators(explained.plan).some((op) => /CountFromCountStore/.test(op)),
        name,
      ).toBe(true);
    }
    // Several periods are summed from their rows; co-occurrences still need the statements.
    expect(details(planned.explained.find((e) => e.name === 'actorNetwork(year)')!.plan)).not.toMatch(/:Statement\b/);
    expect(details(planned.explained.find((e) => e.name === 'actorNetwork(cooccurrence)')!.plan)).toMatch(/:Statement\b/);
  });

  it("aggregate one speaker's statements by kind and month from its per-period rows, reading no statement", () => {
    const explained = planned.explained.find((e) => e.name === 'aggregate(statements: speaker only)')!;
    expect(explained.query).toContain(':PERIOD_ACTIVITY]');
    expect(JSON.stringify(explained.plan)).not.toMatch(/:Statement\b/);
  });

  it('count all statements, the statements of some kinds, articles, events, actors and stance edges from the count store', () => {
    const countStore = (name: string) =>
      operators(planned.explained.find((e) => e.name === name)!.plan).some((op) => /CountFromCountStore/.test(op));
    for (const name of [
      'countStatements(all)',
      'countStatements(kinds)',
      'countStatements(kinds: 2)',
      'countStatements(dates)',
      'countStatements(year)',
      'countStatements(months)',
      'articles',
      'events',
      'actors',
      'stanceNetwork',
    ]) {
      expect(countStore(name), name).toBe(true);
    }
  });
});
