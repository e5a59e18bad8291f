import { ACTOR_KINDS, DOCUMENT_GRAPH_VERSION, EVENT_KINDS, STATEMENT_KINDS, type DocumentGraph, type Span } from './document-graph.ts';
import { isSingleReference, REFERENCES } from './model.ts';

/** Thrown when a value is not a valid DocumentGraph; `problems` lists every defect with its path. */
export class DocumentGraphError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid DocumentGraph: ${problems.slice(0, 10).join('; ')}${problems.length > 10 ? ` (+${problems.length - 10} more)` : ''}`);
    this.name = 'DocumentGraphError';
  }
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isNullableString = (v: unknown) => v === null || v === undefined || typeof v === 'string';

/**
 * Checks shape, enums, unique ids, that every span lies inside the text and quotes it exactly,
 * and that every reference resolves. Returns the list of problems (empty when valid).
 */
export function documentGraphProblems(value: unknown): string[] {
  const problems: string[] = [];
  const fail = (path: string, msg: string) => problems.push(`${path}: ${msg}`);
  if (!isObject(value)) return ['$: not an object'];
  if (value.version !== DOCUMENT_GRAPH_VERSION) fail('$.version', `must be ${DOCUMENT_GRAPH_VERSION}`);
  const article = value.article;
  if (!isObject(article)) return [...problems, '$.article: missing'];
  if (!isString(article.id) || article.id.length === 0) fail('$.article.id', 'must be a non-empty string');
  if (!isString(article.text)) return [...problems, '$.article.text: must be a string'];
  if (!isString(article.language)) fail('$.article.language', 'must be a string');
  for (const key of ['title', 'publishedAt', 'source', 'url'] as const) {
    if (!isNullableString(article[key])) fail(`$.article.${key}`, 'must be a string or null');
  }
  if (isString(article.publishedAt) && Number.isNaN(Date.parse(article.publishedAt))) {
    fail('$.article.publishedAt', 'must be an ISO date');
  }
  const text = article.text;

  // Paths are built only for a problem (from the collection, the item's index and the field): a
  // valid graph, the usual case on every extraction, then costs no string building and no closure
  // per item.
  const at = (path: string, index?: number) => (index === undefined ? path : `${path}[${index}]`);
  const checkSpan = (path: string | (() => string), span: unknown, index?: number) => {
    if (!isObject(span)) return fail(at(typeof path === 'string' ? path : path(), index), 'must be a span {start, end, text}');
    const { start, end } = span as unknown as Span;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
      return fail(
        at(typeof path === 'string' ? path : path(), index),
        `offsets ${String(start)}..${String(end)} outside the text (length ${text.length})`,
      );
    }
    if (span.text !== text.slice(start, end))
      fail(at(typeof path === 'string' ? path : path(), index), 'text differs from article.text at its offsets');
  };

  const collections = ['actors', 'places', 'events', 'sectors', 'statements'] as const;
  const ids = new Map<string, (typeof collections)[number]>();
  for (const coll of collections) {
    const list = value[coll];
    if (!Array.isArray(list)) {
      fail(`$.${coll}`, 'must be an array');
      continue;
    }
    for (let i = 0; i < list.length; i++) {
      const item: unknown = list[i];
      if (!isObject(item) || !isString(item.id) || item.id.length === 0) {
        fail(`$.${coll}[${i}]`, 'needs a non-empty id');
        continue;
      }
      if (ids.has(item.id)) fail(`$.${coll}[${i}].id`, `duplicate id ${item.id}`);
      ids.set(item.id, coll);
    }
  }
  if (problems.length) return problems;
  const graph = value as unknown as DocumentGraph;
  /** `$.coll[i].field`, and `[j]` after it for an item of a list. */
  const itemPath = (coll: string, i: number, field: string, j?: number) => at(`$.${coll}[${i}].${field}`, j);
  const ref = (coll: string, i: number, field: string, id: unknown, allowed: readonly string[], j?: number) => {
    if (id === null || id === undefined) return;
    if (!isString(id) || !allowed.includes(ids.get(id) ?? '')) {
      fail(itemPath(coll, i, field, j), `unknown ${allowed.join('/')} id ${JSON.stringify(id)}`);
    }
  };
  const refs = (coll: string, i: number, field: string, list: unknown, allowed: readonly string[]) => {
    if (list === undefined) return;
    if (!Array.isArray(list)) return fail(itemPath(coll, i, field), 'must be an array of ids');
    for (let j = 0; j < list.length; j++) ref(coll, i, field, list[j], allowed, j);
  };
  const mentions = (coll: string, i: number, list: unknown) => {
    if (!Array.isArray(list)) return fail(itemPath(coll, i, 'mentions'), 'must be an array of spans');
    for (let j = 0; j < list.length; j++) checkSpan(() => itemPath(coll, i, 'mentions'), list[j], j);
  };

  graph.actors.forEach((a, i) => {
    if (!isString(a.name) || !a.name) fail(itemPath('actors', i, 'name'), 'must be a non-empty string');
    if (!ACTOR_KINDS.includes(a.kind)) fail(itemPath('actors', i, 'kind'), `must be one of ${ACTOR_KINDS.join(', ')}`);
    mentions('actors', i, a.mentions);
  });
  graph.places.forEach((pl, i) => {
    if (!isString(pl.name) || !pl.name) fail(itemPath('places', i, 'name'), 'must be a non-empty string');
    mentions('places', i, pl.mentions);
  });
  graph.sectors.forEach((s, i) => {
    if (!isString(s.name) || !s.name) fail(itemPath('sectors', i, 'name'), 'must be a non-empty string');
    mentions('sectors', i, s.mentions);
  });
  graph.events.forEach((e, i) => {
    if (!EVENT_KINDS.includes(e.kind)) fail(itemPath('events', i, 'kind'), `must be one of ${EVENT_KINDS.join(', ')}`);
    if (!isString(e.label)) fail(itemPath('events', i, 'label'), 'must be a string');
    if (e.when !== null && e.when !== undefined && (!isObject(e.when) || !isString(e.when.text) || !isNullableString(e.when.date))) {
      fail(itemPath('events', i, 'when'), 'must be {text, date} or null');
    }
    mentions('events', i, e.mentions);
  });
  graph.statements.forEach((s, i) => {
    if (!isString(s.speakerId)) fail(itemPath('statements', i, 'speakerId'), 'is required');
    if (!STATEMENT_KINDS.includes(s.kind)) fail(itemPath('statements', i, 'kind'), `must be one of ${STATEMENT_KINDS.join(', ')}`);
    if (typeof s.direct !== 'boolean') fail(itemPath('statements', i, 'direct'), 'must be a boolean');
    checkSpan(() => itemPath('statements', i, 'content'), s.content);
    if (s.cue !== null && s.cue !== undefined) checkSpan(() => itemPath('statements', i, 'cue'), s.cue);
    const sentence = s.sentence;
    if (
      !isObject(sentence) ||
      !Number.isInteger(sentence.index) ||
      !Number.isInteger(sentence.start) ||
      !Number.isInteger(sentence.end) ||
      sentence.start < 0 ||
      sentence.end > text.length ||
      sentence.start > sentence.end
    ) {
      fail(itemPath('statements', i, 'sentence'), 'must be {index, start, end} inside the text');
    }
  });
  // Every reference of the graph model (REFERENCES) must name an entry of a collection it may point into.
  for (const reference of REFERENCES) {
    const items = graph[reference.owner] as readonly object[];
    const single = isSingleReference(reference);
    for (let i = 0; i < items.length; i++) {
      const value = (items[i] as Json)[reference.field];
      if (single) ref(reference.owner, i, reference.field, value, reference.targets);
      else refs(reference.owner, i, reference.field, value, reference.targets);
    }
  }
  return problems;
}

/** Returns the value typed as a DocumentGraph, or throws DocumentGraphError listing every problem. */
export function assertDocumentGraph(value: unknown): DocumentGraph {
  const problems = documentGraphProblems(value);
  if (problems.length) throw new DocumentGraphError(problems);
  return value as DocumentGraph;
}
