/**
 * Public entry point: Arabic article text → DocumentGraph (see DESIGN.md).
 * Pure and deterministic; lexicons are loaded once when the module is imported.
 */
import { createHash } from 'node:crypto';
import { DOCUMENT_GRAPH_VERSION, type DocumentGraph } from '../graph/document-graph.ts';
import { assertDocumentGraph } from '../graph/validate.ts';
import { clean } from './clean.ts';

export interface ExtractInput {
  text: string;
  id?: string;
  title?: string | null;
  publishedAt?: string | null;
  language?: string;
  source?: string | null;
  url?: string | null;
}

/** Thrown for input that is not text at all (binary bytes); empty or non-Arabic text yields an empty graph instead. */
export class ExtractionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExtractionError';
  }
}

export function extract(input: ExtractInput): DocumentGraph {
  const cleaned = clean(input.text ?? '');
  const text = cleaned.text;
  const id = input.id ?? `article:${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
  const graph: DocumentGraph = {
    version: DOCUMENT_GRAPH_VERSION,
    article: {
      id, title: input.title ?? null, language: input.language ?? 'ar', publishedAt: input.publishedAt ?? null,
      source: input.source ?? null, url: input.url ?? null, text,
    },
    actors: [], places: [], events: [], sectors: [], statements: [],
  };
  return assertDocumentGraph(graph);
}
