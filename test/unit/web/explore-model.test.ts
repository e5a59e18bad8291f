import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { toGraphML } from '../../../src/web/graphml.ts';
import {
  ACTOR_KIND_COLORS,
  STATEMENT_KIND_COLORS,
  edgeWidth,
  inRange,
  markArticle,
  markSpan,
  networkElements,
  nodeSize,
  replyElements,
  replyPairs,
  sliderPeriods,
  timeOrdered,
  MAX_SLIDER_DAYS,
} from '../../../src/web/model.ts';
import type { WebNetworkQuery, WebRepliesQuery, WebStatementFragment } from '../../../src/web/generated/graphql.ts';

const actor = (id: string, name: string, nameEn: string | null = null, kind: 'PERSON' | 'COUNTRY' | 'GOVERNMENT' = 'PERSON') => ({
  id,
  name,
  nameEn,
  kind,
});

const network: WebNetworkQuery['actorNetwork'] = {
  statementCount: 4,
  truncated: false,
  nodes: [
    { id: 'actor:a', said: 3, received: 0, weight: 3, actor: actor('actor:a', 'الألف', 'Alif') },
    { id: 'actor:b', said: 0, received: 3, weight: 3, actor: actor('actor:b', 'الباء', null, 'COUNTRY') },
  ],
  edges: [
    {
      id: 'actor:a->actor:b',
      source: 'actor:a',
      target: 'actor:b',
      weight: 3,
      about: 3,
      addressedTo: 0,
      firstDate: '2024-01-01',
      lastDate: '2024-02-01',
      kinds: [
        { kind: 'DENIAL', count: 2 },
        { kind: 'CLAIM', count: 1 },
      ],
    },
  ],
};

describe('the explorer network as drawing data', () => {
  it('sizes actors by what they said, colors them by kind, and labels them in Arabic and English', () => {
    const [a, b, edge] = networkElements(network);
    expect(a!.data).toMatchObject({ id: 'actor:a', label: 'الألف\nAlif', color: ACTOR_KIND_COLORS.PERSON, said: 3 });
    expect(b!.data).toMatchObject({ label: 'الباء', color: ACTOR_KIND_COLORS.COUNTRY });
    expect(Number(a!.data.size)).toBeGreaterThan(Number(b!.data.size));
    expect(nodeSize(0)).toBeGreaterThan(0);
    // The edge takes the color of the speaker's most frequent kind, and widens with statements.
    expect(edge!.data).toMatchObject({
      source: 'actor:a',
      target: 'actor:b',
      kind: 'DENIAL',
      color: STATEMENT_KIND_COLORS.DENIAL,
      kinds: 'DENIAL:2 CLAIM:1',
    });
    expect(edgeWidth(3)).toBeGreaterThan(edgeWidth(1));
    expect(edgeWidth(10_000)).toBe(edgeWidth(1_000));
  });

  it('turns DENIES and ANSWERS into speaker → speaker links, each statement pair once, outsiders as extra nodes', () => {
    const speakerA = actor('actor:a', 'الألف');
    const speakerC = actor('actor:c', 'الجيم');
    const replies: WebRepliesQuery = {
      denials: {
        edges: [
          {
            node: {
              denial: { id: 's2', publishedAt: '2024-02-01', speaker: speakerC },
              denied: { id: 's1', publishedAt: '2024-01-01', speaker: speakerA },
            },
          },
        ],
      },
      questions: {
        edges: [
          {
            node: {
              id: 'q1',
              publishedAt: '2024-01-01',
              speaker: speakerC,
              answeredBy: { edges: [{ node: { id: 'r1', publishedAt: '2024-01-01', speaker: speakerA } }] },
            },
          },
        ],
      },
      answers: {
        edges: [
          {
            node: {
              id: 'r1',
              publishedAt: '2024-01-01',
              speaker: speakerA,
              answers: { id: 'q1', publishedAt: '2024-01-01', speaker: speakerC },
            },
          },
        ],
      },
    };
    const pairs = replyPairs(replies);
    expect(pairs.map((p) => `${p.type}:${p.from.id}->${p.to.id}`)).toEqual(['DENIES:actor:c->actor:a', 'ANSWERS:actor:a->actor:c']);
    const elements = replyElements(pairs, new Set(['actor:a']));
    expect(elements.filter((e) => e.group === 'nodes').map((e) => e.data.id)).toEqual(['actor:c']);
    expect(elements.filter((e) => e.group === 'edges').map((e) => e.classes)).toEqual(['reply denies', 'reply answers']);
    // Out of the chosen period, the denial is not drawn.
    expect(replyElements(pairs, new Set(['actor:a', 'actor:c']), { from: '2024-01', to: '2024-01' }).map((e) => e.data.type)).toEqual([
      'ANSWERS',
    ]);
  });

  it('compares dates of any precision with the slider range; undated always passes', () => {
    expect(inRange('2024-03-05', { from: '2024-03', to: '2024-03' })).toBe(true);
    expect(inRange('2024-04-01', { from: '2024-03', to: '2024-03' })).toBe(false);
    expect(inRange('2024-02-28', { from: '2024-03-01', to: null })).toBe(false);
    expect(inRange(null, { from: '2024-03', to: '2024-03' })).toBe(true);
  });

  it('steps the slider by day when there are few days, by month otherwise', () => {
    const days = Array.from({ length: MAX_SLIDER_DAYS + 1 }, (_, i) => ({ period: `d${i}` }));
    expect(sliderPeriods(days.slice(0, 3), [{ period: '2024-01' }])).toEqual(['d0', 'd1', 'd2']);
    expect(sliderPeriods(days, [{ period: '2024-01' }])).toEqual(['2024-01']);
  });
});

describe('the evidence highlight', () => {
  const sentence = 'قال المتحدث إن الوفد سيصل غدا إلى العاصمة.';
  it('marks the statement content inside its sentence', () => {
    expect(markSpan(sentence, 'الوفد سيصل غدا إلى العاصمة', null)).toEqual({
      before: 'قال المتحدث إن ',
      marked: 'الوفد سيصل غدا إلى العاصمة',
      after: '.',
    });
  });
  it('falls back to the quote, then to the whole sentence unmarked', () => {
    expect(markSpan(sentence, 'نص آخر', 'سيصل غدا').marked).toBe('سيصل غدا');
    expect(markSpan(sentence, 'نص آخر', null)).toEqual({ before: sentence, marked: '', after: '' });
  });
  it('marks an article span, clamped to the text', () => {
    expect(markArticle('abcdef', 2, 4)).toEqual({ before: 'ab', marked: 'cd', after: 'ef' });
    expect(markArticle('abc', 2, 99)).toEqual({ before: 'ab', marked: 'c', after: '' });
  });
});

describe("an actor's statements in time order", () => {
  const statement = (id: string, publishedAt: string | null, start: number, articleId = 'article:x'): WebStatementFragment => ({
    id,
    text: id,
    quote: null,
    direct: false,
    verb: null,
    kind: 'CLAIM',
    publishedAt,
    speaker: actor('actor:a', 'الألف'),
    addressees: [],
    event: null,
    article: { id: articleId, title: null },
    evidence: { sentence: id, start, end: start + 1 },
  });
  it('merges said, about and to, each statement once with all its roles, oldest first, undated last', () => {
    const items = timeOrdered({
      said: [statement('late', '2024-05-01', 0), statement('both', '2024-01-01', 50)],
      about: [statement('undated', null, 0), statement('both', '2024-01-01', 50)],
      to: [statement('early', '2024-01-01', 10)],
    });
    expect(items.map((i) => i.statement.id)).toEqual(['early', 'both', 'late', 'undated']);
    expect(items.find((i) => i.statement.id === 'both')!.roles).toEqual(['said', 'about']);
  });
});

describe('GraphML of the visible network', () => {
  it('declares typed keys, escapes text, and drops edges whose ends are not exported', () => {
    const elements = networkElements(network);
    const nodes = elements.filter((e) => e.group === 'nodes').map((e) => ({ ...e.data, name: `${String(e.data.name)} <&> "q"` }));
    const edges = [
      ...elements.filter((e) => e.group === 'edges').map((e) => e.data),
      { id: 'dangling', source: 'actor:a', target: 'actor:gone', type: 'DENIES' },
    ];
    const xml = toGraphML({ nodes, edges });
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml) as {
      graphml: {
        key: { id: string; for: string; 'attr.name': string; 'attr.type': string }[];
        graph: { node: { id: string; data: { key: string; '#text': string | number }[] }[]; edge: { id: string } | { id: string }[] };
      };
    };
    const keys = doc.graphml.key;
    expect(keys).toContainEqual({ id: 'n_said', for: 'node', 'attr.name': 'said', 'attr.type': 'int' });
    expect(keys).toContainEqual({ id: 'e_weight', for: 'edge', 'attr.name': 'weight', 'attr.type': 'int' });
    // Drawing-only data (sizes, colors) is not a fact about the graph.
    expect(keys.map((k) => k['attr.name'])).not.toContain('color');
    const a = doc.graphml.graph.node.find((n) => n.id === 'actor:a')!;
    expect(a.data.find((d) => d.key === 'n_name')!['#text']).toBe('الألف <&> "q"');
    const edgesOut = ([] as { id: string }[]).concat(doc.graphml.graph.edge);
    expect(edgesOut.map((e) => e.id)).toEqual(['actor:a->actor:b']);
  });
});
