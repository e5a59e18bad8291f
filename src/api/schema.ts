import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.ts';

export const SCHEMA_DIR = path.join(PROJECT_ROOT, 'schema');

/** The SDL files in schema/, in a stable order (common first: it declares Query). */
export function loadTypeDefs(): string[] {
  const files = fs
    .readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .sort((a, b) => (a === 'common.graphql' ? -1 : b === 'common.graphql' ? 1 : a.localeCompare(b)));
  return files.map((file) => fs.readFileSync(path.join(SCHEMA_DIR, file), 'utf8'));
}
