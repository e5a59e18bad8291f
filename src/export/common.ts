/** What the export formats share: writing with backpressure, and plain values and labels for tools. */
import { once } from 'node:events';
import { NODE_LABELS } from '../graph/model.ts';
import type { Writable } from 'node:stream';

export type Props = Record<string, unknown>;

export interface ExportResult {
  nodes: number;
  edges: number;
  articles: number;
  /** Articles left out of a JSONL export because the stored data did not make a valid DocumentGraph. */
  problems: string[];
}

/** Writes a chunk, waiting for the stream to drain when its buffer is full. */
export async function write(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

/** Longest display label; longer ones are cut with an ellipsis. */
const MAX_LABEL_CHARS = 80;

/** A short human label for a node, what Gephi/yEd/Cytoscape show by default. */
export function displayLabel(labels: string[], props: Props): string {
  const pick = (key: string) => (typeof props[key] === 'string' && props[key] ? props[key] : null);
  const text = pick('name') ?? pick('title') ?? pick('label') ?? pick('text') ?? pick('id') ?? labels[0] ?? '';
  return text.length > MAX_LABEL_CHARS ? `${text.slice(0, MAX_LABEL_CHARS - 1)}…` : text;
}

/** The node type: the model label (Actor, Statement, …), not the actor kind labels. */
export function nodeType(labels: string[]): string {
  return labels.find((l) => (NODE_LABELS as readonly string[]).includes(l)) ?? labels[0] ?? 'Node';
}

/** Neo4j values as plain JSON: lists stay lists, temporal values become ISO strings. */
export function plain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(plain);
  // Neo4j's temporal values print themselves as ISO strings.
  // eslint-disable-next-line @typescript-eslint/no-base-to-string
  if (typeof value === 'object') return String(value);
  return value;
}
