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

  // Paths are built only for a problem (`index`: the span's place in a list): a valid graph, the
  // usual case on every extraction, then costs no string building.
  const at = (path: string, index?: number) => (index === undefined ? path : `${path}[${index}]`);
  const checkSpan = (path: string, span: unknown, index?: number) => {
    if (!isObject(span)) return fail(at(path, index), 'must be a span {start, end, text}');
    const { start, end } = span as unknown as Span;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
      return fail(at(path, index), `offsets ${String(start)}..${String(end)} outside the text (length ${text.length})`);
    }
    if (span.text !== text.slice(start, end)) fail(at(path, index), 'text differs from article.text at its offsets');
  };

  const collections = ['actors', 'places', 'events', 'sectors', 'statements'] as const;
  const ids = new Map<string, (typeof collections)[number]>();
  for (const coll of collections) {
    const list = value[coll];
    if (!Array.isArray(list)) {
      fail(`$.${coll}`, 'must be an array');
      continue;
    }
    list.forEach((item: unknown, i) => {
      const path = `$.${coll}[${i}]`;
      if (!isObject(item) || !isString(item.id) || item.id.length === 0) return fail(path, 'needs a non-empty id');
      if (ids.has(item.id)) fail(`${path}.id`, `duplicate id ${item.id}`);
      ids.set(item.id, coll);
    });
  }
  if (problems.length) return problems;
  const graph = value as unknown as DocumentGraph;
  const ref = (path: () => string, id: unknown, allowed: readonly string[]) => {
    if (id === null || id === undefined) return;
    if (!isString(id) || !allowed.includes(ids.get(id) ?? '')) fail(path(), `unknown ${allowed.join('/')} id ${JSON.stringify(id)}`);
  };
  const refs = (path: () => string, list: unknown, allowed: readonly string[]) => {
    if (list === undefined) return;
    if (!Array.isArray(list)) return fail(path(), 'must be an array of ids');
    list.forEach((id, i) => ref(() => `${path()}[${i}]`, id, allowed));
  };
  const mentions = (path: string, list: unknown) => {
    if (!Array.isArray(list)) return fail(path, 'must be an array of spans');
    list.forEach((m, i) => checkSpan(path, m, i));
  };

  graph.actors.forEach((a, i) => {
    const p = `$.actors[${i}]`;
    if (!isString(a.name) || !a.name) fail(`${p}.name`, 'must be a non-empty string');
    if (!ACTOR_KINDS.includes(a.kind)) fail(`${p}.kind`, `must be one of ${ACTOR_KINDS.join(', ')}`);
    mentions(`${p}.mentions`, a.mentions);
  });
  graph.places.forEach((pl, i) => {
    if (!isString(pl.name) || !pl.name) fail(`$.places[${i}].name`, 'must be a non-empty string');
    mentions(`$.places[${i}].mentions`, pl.mentions);
  });
  graph.sectors.forEach((s, i) => {
    if (!isString(s.name) || !s.name) fail(`$.sectors[${i}].name`, 'must be a non-empty string');
    mentions(`$.sectors[${i}].mentions`, s.mentions);
  });
  graph.events.forEach((e, i) => {
    const p = `$.events[${i}]`;
    if (!EVENT_KINDS.includes(e.kind)) fail(`${p}.kind`, `must be one of ${EVENT_KINDS.join(', ')}`);
    if (!isString(e.label)) fail(`${p}.label`, 'must be a string');
    if (e.when !== null && e.when !== undefined && (!isObject(e.when) || !isString(e.when.text) || !isNullableString(e.when.date))) {
      fail(`${p}.when`, 'must be {text, date} or null');
    }
    mentions(`${p}.mentions`, e.mentions);
  });
  graph.statements.forEach((s, i) => {
    const p = `$.statements[${i}]`;
    if (!isString(s.speakerId)) fail(`${p}.speakerId`, 'is required');
    if (!STATEMENT_KINDS.includes(s.kind)) fail(`${p}.kind`, `must be one of ${STATEMENT_KINDS.join(', ')}`);
    if (typeof s.direct !== 'boolean') fail(`${p}.direct`, 'must be a boolean');
    checkSpan(`${p}.content`, s.content);
    if (s.cue !== null && s.cue !== undefined) checkSpan(`${p}.cue`, s.cue);
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
      fail(`${p}.sentence`, 'must be {index, start, end} inside the text');
    }
  });
  // Every reference of the graph model (REFERENCES) must name an entry of a collection it may point into.
  for (const reference of REFERENCES) {
    (graph[reference.owner] as readonly object[]).forEach((item, i) => {
      const path = () => `$.${reference.owner}[${i}].${reference.field}`;
      const value = (item as Json)[reference.field];
      if (isSingleReference(reference)) ref(path, value, reference.targets);
      else refs(path, value, reference.targets);
    });
  }
  return problems;
}

/** Returns the value typed as a DocumentGraph, or throws DocumentGraphError listing every problem. */
export function assertDocumentGraph(value: unknown): DocumentGraph {
  const problems = documentGraphProblems(value);
  if (problems.length) throw new DocumentGraphError(problems);
  return value as DocumentGraph;
}
