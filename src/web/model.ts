/**
 * What the explorer draws, as plain data: no DOM and no Cytoscape here, so the rules (sizes,
 * colors, which links exist, where the highlight falls) are unit-tested in Node.
 */
import type { ActorKind, StatementKind, WebNetworkQuery, WebRepliesQuery, WebStatementFragment } from './generated/graphql.ts';

export type NetworkResult = WebNetworkQuery['actorNetwork'];

/** Colors of actor kinds (nodes): distinct hues, readable under a dark label. */
export const ACTOR_KIND_COLORS: Record<ActorKind, string> = {
  PERSON: '#4e79a7',
  ORGANIZATION: '#59a14f',
  GOVERNMENT: '#f28e2b',
  COUNTRY: '#e15759',
  GROUP: '#b07aa1',
  MEDIA: '#76b7b2',
  UNNAMED: '#9c9c9c',
};

/** Colors of statement kinds (edges and badges): hostile kinds warm, neutral ones cool or grey. */
export const STATEMENT_KIND_COLORS: Record<StatementKind, string> = {
  CLAIM: '#8a9bb0',
  DENIAL: '#d62728',
  ACCUSATION: '#a0153e',
  WARNING: '#ff7f0e',
  THREAT: '#7f2704',
  DEMAND: '#bcbd22',
  PROMISE: '#2ca02c',
  QUESTION: '#17becf',
  ANSWER: '#1f77b4',
  ANNOUNCEMENT: '#9467bd',
  CONDEMNATION: '#e377c2',
  OTHER: '#7f7f7f',
};

/** Arabic and English labels of the kinds, for legends, filters and badges. */
export const STATEMENT_KIND_LABELS: Record<StatementKind, [string, string]> = {
  CLAIM: ['تصريح', 'claim'],
  DENIAL: ['نفي', 'denial'],
  ACCUSATION: ['اتهام', 'accusation'],
  WARNING: ['تحذير', 'warning'],
  THREAT: ['تهديد', 'threat'],
  DEMAND: ['مطالبة', 'demand'],
  PROMISE: ['تعهد', 'promise'],
  QUESTION: ['سؤال', 'question'],
  ANSWER: ['جواب', 'answer'],
  ANNOUNCEMENT: ['إعلان', 'announcement'],
  CONDEMNATION: ['إدانة', 'condemnation'],
  OTHER: ['أخرى', 'other'],
};

export const ACTOR_KIND_LABELS: Record<ActorKind, [string, string]> = {
  PERSON: ['شخص', 'person'],
  ORGANIZATION: ['منظمة', 'organization'],
  GOVERNMENT: ['حكومة', 'government'],
  COUNTRY: ['دولة', 'country'],
  GROUP: ['جماعة', 'group'],
  MEDIA: ['إعلام', 'media'],
  UNNAMED: ['مصدر غير مسمى', 'unnamed source'],
};

/** Node diameter in pixels: a floor so silent actors stay clickable, growing with the square root of what they said. */
export const NODE_MIN_SIZE = 22;
export const NODE_SIZE_PER_SQRT_STATEMENT = 14;
export const NODE_MAX_SIZE = 110;
/** Edge width in pixels: one statement is a hairline, more statements thicker, capped. */
export const EDGE_MIN_WIDTH = 1.5;
export const EDGE_WIDTH_PER_STATEMENT = 1.5;
export const EDGE_MAX_WIDTH = 14;

export function nodeSize(said: number): number {
  return Math.min(NODE_MAX_SIZE, NODE_MIN_SIZE + NODE_SIZE_PER_SQRT_STATEMENT * Math.sqrt(Math.max(0, said)));
}

export function edgeWidth(weight: number): number {
  return Math.min(EDGE_MAX_WIDTH, EDGE_MIN_WIDTH + EDGE_WIDTH_PER_STATEMENT * Math.max(0, weight - 1));
}

/** Node label: the Arabic name, and the English one beneath it when known and different. */
export function actorLabel(name: string, nameEn: string | null): string {
  return nameEn && nameEn !== name ? `${name}\n${nameEn}` : name;
}

/** The data of one graph element, as Cytoscape and the GraphML export read it. */
export type ElementData = Record<string, string | number | boolean | null> & { id: string };
export interface GraphElement {
  group: 'nodes' | 'edges';
  data: ElementData;
  classes?: string;
}

/** Actors as nodes, speaker → target edges colored by their most frequent kind. */
export function networkElements(network: NetworkResult): GraphElement[] {
  const nodes: GraphElement[] = network.nodes.map((n) => ({
    group: 'nodes',
    classes: 'actor',
    data: {
      id: n.id,
      type: 'Actor',
      label: actorLabel(n.actor.name, n.actor.nameEn),
      name: n.actor.name,
      nameEn: n.actor.nameEn,
      kind: n.actor.kind,
      said: n.said,
      received: n.received,
      weight: n.weight,
      size: nodeSize(n.said),
      color: ACTOR_KIND_COLORS[n.actor.kind],
    },
  }));
  const edges: GraphElement[] = network.edges.map((e) => {
    // Kinds come most frequent first: the edge takes the color of what the speaker mostly did.
    const main = e.kinds[0]?.kind ?? 'OTHER';
    return {
      group: 'edges',
      classes: 'stance',
      data: {
        id: e.id,
        type: 'STANCE',
        source: e.source,
        target: e.target,
        weight: e.weight,
        about: e.about,
        addressedTo: e.addressedTo,
        kind: main,
        kinds: e.kinds.map((k) => `${k.kind}:${k.count}`).join(' '),
        firstDate: e.firstDate,
        lastDate: e.lastDate,
        width: edgeWidth(e.weight),
        color: STATEMENT_KIND_COLORS[main],
      },
    };
  });
  return [...nodes, ...edges];
}

type ReplyActor = { id: string; name: string; nameEn: string | null; kind: ActorKind };
interface ReplyPair {
  type: 'DENIES' | 'ANSWERS';
  from: ReplyActor;
  to: ReplyActor;
  publishedAt: string | null;
}

/** Every DENIES and ANSWERS pair, as speaker → speaker (who denied or answered whom), each once. */
export function replyPairs(replies: WebRepliesQuery): ReplyPair[] {
  const pairs: ReplyPair[] = [];
  const seen = new Set<string>();
  const add = (
    type: ReplyPair['type'],
    fromStatement: string,
    toStatement: string,
    from: ReplyActor,
    to: ReplyActor,
    publishedAt: string | null,
  ) => {
    const key = `${type}:${fromStatement}:${toStatement}`;
    if (seen.has(key)) return;
    seen.add(key);
    pairs.push({ type, from, to, publishedAt });
  };
  for (const { node } of replies.denials.edges) {
    add('DENIES', node.denial.id, node.denied.id, node.denial.speaker, node.denied.speaker, node.denial.publishedAt);
  }
  for (const { node: question } of replies.questions.edges) {
    for (const { node: answer } of question.answeredBy.edges)
      add('ANSWERS', answer.id, question.id, answer.speaker, question.speaker, answer.publishedAt);
  }
  for (const { node: answer } of replies.answers.edges) {
    if (answer.answers) add('ANSWERS', answer.id, answer.answers.id, answer.speaker, answer.answers.speaker, answer.publishedAt);
  }
  return pairs;
}

/**
 * DENIES and ANSWERS edges between speakers, counted per pair. Actors not drawn yet come as
 * nodes of their own (marked `reply-only`), so a denial of someone outside the network still shows.
 */
export function replyElements(
  pairs: ReplyPair[],
  drawn: ReadonlySet<string>,
  range: { from: string | null; to: string | null } = { from: null, to: null },
): GraphElement[] {
  const counts = new Map<string, { pair: ReplyPair; count: number }>();
  for (const pair of pairs) {
    if (!inRange(pair.publishedAt, range)) continue;
    const id = `${pair.type}:${pair.from.id}->${pair.to.id}`;
    const entry = counts.get(id);
    if (entry) entry.count++;
    else counts.set(id, { pair, count: 1 });
  }
  const extraNodes = new Map<string, GraphElement>();
  const edges: GraphElement[] = [];
  for (const [id, { pair, count }] of counts) {
    for (const actor of [pair.from, pair.to]) {
      if (drawn.has(actor.id) || extraNodes.has(actor.id)) continue;
      extraNodes.set(actor.id, {
        group: 'nodes',
        classes: 'actor reply-only',
        data: {
          id: actor.id,
          type: 'Actor',
          label: actorLabel(actor.name, actor.nameEn),
          name: actor.name,
          nameEn: actor.nameEn,
          kind: actor.kind,
          said: 0,
          received: 0,
          weight: 0,
          size: nodeSize(0),
          color: ACTOR_KIND_COLORS[actor.kind],
        },
      });
    }
    edges.push({
      group: 'edges',
      classes: `reply ${pair.type.toLowerCase()}`,
      data: { id, type: pair.type, source: pair.from.id, target: pair.to.id, weight: count, width: edgeWidth(count) },
    });
  }
  return [...extraNodes.values(), ...edges];
}

/** Whether a publication date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) falls in a period range; unknown dates always do. */
export function inRange(date: string | null, range: { from: string | null; to: string | null }): boolean {
  if (!date) return true;
  if (range.from && date.slice(0, range.from.length) < range.from) return false;
  if (range.to && date.slice(0, range.to.length) > range.to) return false;
  return true;
}

/** A sentence cut around the statement's content, so the page can mark the quoted span. */
export interface MarkedSentence {
  before: string;
  marked: string;
  after: string;
}

/**
 * The evidence sentence split around the statement's content (its text is the article's span
 * `start..end`, which lies inside the sentence). When the content cannot be found (an edited
 * text), the quote is tried, and failing both the whole sentence is returned unmarked.
 */
export function markSpan(sentence: string, text: string, quote: string | null): MarkedSentence {
  for (const needle of [text, quote]) {
    if (!needle) continue;
    const at = sentence.indexOf(needle);
    if (at >= 0) return { before: sentence.slice(0, at), marked: needle, after: sentence.slice(at + needle.length) };
  }
  return { before: sentence, marked: '', after: '' };
}

/** The article text split around `start..end` (clamped), for the article view. */
export function markArticle(text: string, start: number, end: number): MarkedSentence {
  const s = Math.max(0, Math.min(text.length, start));
  const e = Math.max(s, Math.min(text.length, end));
  return { before: text.slice(0, s), marked: text.slice(s, e), after: text.slice(e) };
}

/** How an actor relates to a statement in its panel. */
export type Role = 'said' | 'about' | 'to';
export interface PanelStatement {
  statement: WebStatementFragment;
  roles: Role[];
}

/**
 * An actor's statements (said, about it, to it) as one list, each once with all its roles, in
 * time order: oldest article first, then by position in the article; undated last.
 */
export function timeOrdered(lists: Partial<Record<Role, readonly WebStatementFragment[]>>): PanelStatement[] {
  const byId = new Map<string, PanelStatement>();
  for (const role of ['said', 'about', 'to'] as const) {
    for (const statement of lists[role] ?? []) {
      const entry = byId.get(statement.id);
      if (entry) entry.roles.push(role);
      else byId.set(statement.id, { statement, roles: [role] });
    }
  }
  return [...byId.values()].sort((a, b) => {
    const da = a.statement.publishedAt;
    const db = b.statement.publishedAt;
    if (da !== db) {
      if (!da) return 1;
      if (!db) return -1;
      return da < db ? -1 : 1;
    }
    if (a.statement.article.id !== b.statement.article.id) return a.statement.article.id < b.statement.article.id ? -1 : 1;
    return a.statement.evidence.start - b.statement.evidence.start;
  });
}

/** Periods the time slider steps through: days when there are few enough, months otherwise. */
export const MAX_SLIDER_DAYS = 120;

export function sliderPeriods(days: readonly { period: string }[], months: readonly { period: string }[]): string[] {
  return (days.length <= MAX_SLIDER_DAYS ? days : months).map((p) => p.period);
}
