import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { parse as parseYaml } from 'yaml';
import { assertDocumentGraph } from '../graph/validate.ts';
import { InputError } from './input-error.ts';
import type { DocumentGraph } from '../graph/document-graph.ts';

export { InputError };

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

export type Loadable = { kind: 'text'; origin: string; input: ArticleInput } | { kind: 'graph'; origin: string; graph: DocumentGraph };

const METADATA_KEYS = ['id', 'title', 'url', 'source', 'language', 'publishedAt'] as const;

/**
 * Other names news exports and scrapers give the same fields (the shared corpus writes `published` and
 * `outlet`); the first one present is read when the field's own name is absent.
 */
const METADATA_ALIASES: Partial<Record<(typeof METADATA_KEYS)[number], readonly string[]>> = {
  publishedAt: ['published', 'published_at', 'pubDate', 'date'],
  source: ['outlet', 'publisher'],
};

const ISO_DATE = /^(\d{4}-\d{2}-\d{2})/;
/** Day first, as Arabic and European outlets write it (21/08/2016, 5.3.2017); never read as the US month/day. */
const DAY_FIRST_DATE = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/;
const MAX_MONTH = 12;
const MAX_DAY = 31;

/**
 * The stored form of an article date, so dates sort as strings: an ISO date or datetime as written; an ISO
 * date whose time part is malformed ("2017-01-22T193400") as its date; a day-first date as YYYY-MM-DD; any
 * other date JavaScript parses (RFC 2822 "Sun, 18 Feb 2018 18:10:45 +0400") as ISO UTC; otherwise null.
 */
export function isoDate(value: string): string | null {
  const dayFirst = DAY_FIRST_DATE.exec(value.trim());
  if (dayFirst) {
    const [day, month, year] = [Number(dayFirst[1]), Number(dayFirst[2]), dayFirst[3]];
    if (month < 1 || month > MAX_MONTH || day < 1 || day > MAX_DAY) return null;
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  const iso = ISO_DATE.exec(value);
  if (iso) return Number.isNaN(Date.parse(value)) ? (iso[1] as string) : value;
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString();
}

/** Picks the known metadata fields, checking their types, from front matter or a JSON record. */
export function articleMetadata(origin: string, raw: unknown): Omit<ArticleInput, 'text'> {
  if (raw === null || raw === undefined) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new InputError(origin, 'metadata must be a mapping');
  const record = raw as Record<string, unknown>;
  const out: Record<string, string | null> = {};
  for (const key of METADATA_KEYS) {
    let value = record[key];
    if (value === undefined) value = METADATA_ALIASES[key]?.map((alias) => record[alias]).find((v) => v !== undefined);
    if (value instanceof Date) value = value.toISOString().slice(0, 10);
    if (value === undefined) continue;
    if (value !== null && typeof value !== 'string') throw new InputError(origin, `"${key}" must be a string`);
    out[key] = value;
  }
  if (out.publishedAt) {
    const date = isoDate(out.publishedAt);
    if (date === null) throw new InputError(origin, `"publishedAt" is not a date: ${out.publishedAt}`);
    out.publishedAt = date;
  }
  if (out.id === null) delete out.id;
  if (out.language === null) delete out.language;
  return out;
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
    const slug = path
      .basename(fileName)
      .replace(/\.[^.]+$/, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '');
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

/**
 * One article read from the input, or the reason it could not be read. `bytes` is its size in
 * the input, so progress can be measured against the total size (an ETA without counting
 * the articles first).
 */
export type SourceItem =
  | { origin: string; bytes: number; loadable: Loadable; error?: undefined }
  | { origin: string; bytes: number; loadable?: undefined; error: Error };

const isDocumentGraphLike = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && 'version' in value && 'article' in value;

/** One JSONL line: an article record `{text, title, url, source, language, publishedAt[, id]}` (or their aliases, METADATA_ALIASES) or a whole DocumentGraph. */
export function parseJsonlRecord(origin: string, line: string): Loadable {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (error) {
    throw new InputError(origin, `not valid JSON: ${(error as Error).message}`);
  }
  if (isDocumentGraphLike(parsed)) {
    try {
      return { kind: 'graph', origin, graph: assertDocumentGraph(parsed) };
    } catch (error) {
      throw new InputError(origin, (error as Error).message);
    }
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new InputError(origin, 'must be a JSON object');
  const text = (parsed as { text?: unknown }).text;
  if (typeof text !== 'string') throw new InputError(origin, '"text" must be a string');
  const input: ArticleInput = { ...articleMetadata(origin, parsed), text };
  const id = defaultArticleId(input);
  return { kind: 'text', origin, input: id ? { ...input, id } : input };
}

/**
 * Lines of a byte stream, read chunk by chunk as the consumer asks for them (the stream's
 * own async iterator applies backpressure), so a 100,000-line file never sits in memory.
 */
export async function* streamLines(stream: AsyncIterable<Buffer | string>): AsyncGenerator<{ line: string; bytes: number }> {
  let carry = '';
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of stream) {
    const text = carry + (typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
    let from = 0;
    for (let nl = text.indexOf('\n', from); nl >= 0; nl = text.indexOf('\n', from)) {
      const line = text.slice(from, nl);
      yield { line: line.endsWith('\r') ? line.slice(0, -1) : line, bytes: Buffer.byteLength(line) + 1 };
      from = nl + 1;
    }
    carry = text.slice(from);
  }
  carry += decoder.decode();
  if (carry.length > 0) yield { line: carry.endsWith('\r') ? carry.slice(0, -1) : carry, bytes: Buffer.byteLength(carry) };
}

async function* jsonlItems(name: string, stream: AsyncIterable<Buffer | string>): AsyncGenerator<SourceItem> {
  let lineNo = 0;
  for await (const { line, bytes } of streamLines(stream)) {
    lineNo += 1;
    if (line.trim() === '') continue;
    const origin = `${name}:${lineNo}`;
    try {
      yield { origin, bytes, loadable: parseJsonlRecord(origin, line) };
    } catch (error) {
      yield { origin, bytes, error: error as Error };
    }
  }
}

const ARTICLE_FILE = /\.(txt|json|jsonl|jsonl\.gz)$/;
const SIDECAR = /\.(meta|gold)\.json$/;

/** Whether a file found while walking a directory is an input (text, DocumentGraph JSON, JSONL, gzipped JSONL; not a sidecar). */
export function isArticleFile(name: string): boolean {
  return ARTICLE_FILE.test(name) && !SIDECAR.test(name);
}

/** Files under a directory, recursively, in a stable (sorted) order, yielded one at a time. */
export async function* walkFiles(dir: string): AsyncGenerator<string> {
  const entries = (await fs.promises.readdir(dir, { withFileTypes: true })).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walkFiles(full);
    else if (isArticleFile(entry.name)) yield full;
  }
}

async function* fileItems(file: string): AsyncGenerator<SourceItem> {
  if (file.endsWith('.jsonl.gz')) {
    // A damaged or truncated archive ends its file as one failed item after the lines read so far.
    try {
      yield* jsonlItems(file, fs.createReadStream(file, { highWaterMark: 256 * 1024 }).pipe(zlib.createGunzip()));
    } catch (error) {
      yield { origin: file, bytes: 0, error: new InputError(file, `not a readable gzip file: ${(error as Error).message}`) };
    }
    return;
  }
  if (file.endsWith('.jsonl')) {
    yield* jsonlItems(file, fs.createReadStream(file, { highWaterMark: 256 * 1024 }));
    return;
  }
  let bytes = 0;
  try {
    bytes = (await fs.promises.stat(file)).size;
    yield { origin: file, bytes, loadable: readArticleFile(file) };
  } catch (error) {
    yield { origin: file, bytes, error: error as Error };
  }
}

/**
 * Every article named by the command line, lazily: files, directories (recursively), and `-`
 * for JSONL on standard input. A path that does not exist is one failed item, not the end.
 */
export async function* readSources(
  paths: readonly string[],
  stdin: AsyncIterable<Buffer | string> = process.stdin,
): AsyncGenerator<SourceItem> {
  for (const target of paths) {
    if (target === '-') {
      yield* jsonlItems('stdin', stdin);
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = await fs.promises.stat(target);
    } catch {
      yield { origin: target, bytes: 0, error: new InputError(target, 'no such file or directory') };
      continue;
    }
    if (stat.isDirectory()) {
      for await (const file of walkFiles(target)) yield* fileItems(file);
    } else {
      yield* fileItems(target);
    }
  }
}

/** Total size in bytes of the inputs (walking directories by name only), for the ETA; null when reading standard input. */
export async function inputBytes(paths: readonly string[]): Promise<number | null> {
  let total = 0;
  for (const target of paths) {
    if (target === '-') return null;
    const stat = await fs.promises.stat(target).catch(() => null);
    if (!stat) continue;
    if (!stat.isDirectory()) {
      total += stat.size;
      continue;
    }
    for await (const file of walkFiles(target)) total += (await fs.promises.stat(file)).size;
  }
  return total;
}
