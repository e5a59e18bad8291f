import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { DocumentGraph } from '../graph/document-graph.ts';
import { assertDocumentGraph } from '../graph/validate.ts';

/** An article to extract: its text and whatever metadata came with it. */
export interface ArticleInput {
  text: string;
  id?: string;
  title?: string | null;
  url?: string | null;
  source?: string | null;
  language?: string;
  publishedAt?: string | null;
}

export type Loadable =
  | { kind: 'text'; origin: string; input: ArticleInput }
  | { kind: 'graph'; origin: string; graph: DocumentGraph };

export class InputError extends Error {
  constructor(readonly origin: string, message: string) {
    super(`${origin}: ${message}`);
    this.name = 'InputError';
  }
}

const METADATA_KEYS = ['id', 'title', 'url', 'source', 'language', 'publishedAt'] as const;

/** Picks the known metadata fields, checking their types, from front matter or a JSON record. */
export function articleMetadata(origin: string, raw: unknown): Omit<ArticleInput, 'text'> {
  if (raw === null || raw === undefined) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new InputError(origin, 'metadata must be a mapping');
  const record = raw as Record<string, unknown>;
  const out: Record<string, string | null> = {};
  for (const key of METADATA_KEYS) {
    let value = record[key];
    if (value instanceof Date) value = value.toISOString().slice(0, 10);
    if (value === undefined) continue;
    if (value !== null && typeof value !== 'string') throw new InputError(origin, `"${key}" must be a string`);
    out[key] = value;
  }
  if (out.publishedAt && Number.isNaN(Date.parse(out.publishedAt))) {
    throw new InputError(origin, `"publishedAt" is not a date: ${out.publishedAt}`);
  }
  if (out.id === null) delete out.id;
  if (out.language === null) delete out.language;
  return out as Omit<ArticleInput, 'text'>;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits optional YAML front matter (title, url, source, language, publishedAt, id) from a text file. */
export function parseTextArticle(origin: string, content: string): ArticleInput {
  const match = FRONT_MATTER.exec(content);
  if (!match) return { text: content };
  let meta: unknown;
  try {
    meta = parseYaml(match[1] ?? '');
  } catch (error) {
    throw new InputError(origin, `invalid YAML front matter: ${(error as Error).message}`);
  }
  return { ...articleMetadata(origin, meta), text: content.slice(match[0].length) };
}

/**
 * A stable article id when the input names none: from the URL when there is one (the same
 * page re-scraped replaces itself), else from the file name.
 */
export function defaultArticleId(input: ArticleInput, fileName?: string): string | undefined {
  if (input.id) return input.id;
  if (input.url) return `article:${createHash('sha256').update(input.url).digest('hex').slice(0, 16)}`;
  if (fileName) {
    const slug = path.basename(fileName).replace(/\.[^.]+$/, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
    if (slug) return `article:${slug}`;
  }
  return undefined;
}

/** Reads one file: a DocumentGraph `.json`, or article text with optional front matter and a `NAME.meta.json` sidecar. */
export function readArticleFile(file: string): Loadable {
  const origin = file;
  let content: string;
  try {
    content = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(origin, `cannot read: ${(error as Error).message}`);
  }
  if (file.endsWith('.json')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(content);
    } catch (error) {
      throw new InputError(origin, `not valid JSON: ${(error as Error).message}`);
    }
    try {
      return { kind: 'graph', origin, graph: assertDocumentGraph(parsed) };
    } catch (error) {
      throw new InputError(origin, (error as Error).message);
    }
  }
  const input = parseTextArticle(origin, content);
  const sidecar = file.replace(/\.[^.]+$/, '.meta.json');
  if (sidecar !== file && fs.existsSync(sidecar)) {
    let meta: unknown;
    try {
      meta = JSON.parse(fs.readFileSync(sidecar, 'utf8'));
    } catch (error) {
      throw new InputError(sidecar, `not valid JSON: ${(error as Error).message}`);
    }
    Object.assign(input, articleMetadata(sidecar, meta), { text: input.text });
  }
  const id = defaultArticleId(input, file);
  return { kind: 'text', origin, input: id ? { ...input, id } : input };
}
