#!/usr/bin/env node
/**
 * The production build: `tsc -p tsconfig.build.json` (src/ to dist/, source maps on), then the
 * files tsc does not emit (JSON lexicons and other non-TypeScript assets under src/) copied beside
 * the compiled modules, so code that finds its data next to itself (`import.meta.url`) finds it in
 * dist/ too. Plain JavaScript: it runs before anything is compiled.
 *
 *   node tools/build.mjs             build (incremental: a rebuild of unchanged sources is quick)
 *   node tools/build.mjs --if-stale  build only when a source is newer than the last build (prestart)
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SRC = path.join(ROOT, 'src');
const DIST = path.join(ROOT, 'dist');
/** Written after a successful build; its mtime is the build's time. */
const STAMP = path.join(DIST, '.build-stamp');
/** The /explore page has its own build (tools/web/build.ts, Vite) into dist/web/: not server code. */
const WEB_SRC = path.join(SRC, 'web');
/** Besides the sources, what changes the output. */
const BUILD_INPUTS = ['tsconfig.json', 'tsconfig.build.json', 'package.json'].map((f) => path.join(ROOT, f));

function* files(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (full === WEB_SRC) continue;
    if (entry.isDirectory()) yield* files(full);
    else yield full;
  }
}

function isStale() {
  if (!fs.existsSync(STAMP)) return true;
  const built = fs.statSync(STAMP).mtimeMs;
  for (const file of [...files(SRC), ...BUILD_INPUTS]) {
    if (fs.statSync(file).mtimeMs > built) return true;
  }
  return false;
}

function compile() {
  let tsc;
  try {
    tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  } catch {
    // A production install (`npm ci --omit=dev`) has no compiler: it must come with dist/ built.
    if (fs.existsSync(STAMP)) return;
    process.stderr.write('qawl build: TypeScript is not installed and dist/ is missing; run `npm ci` (with dev dependencies)\n');
    process.exit(1);
  }
  const result = spawnSync(process.execPath, [tsc, '-p', path.join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function copyAssets() {
  for (const file of files(SRC)) {
    if (file.endsWith('.ts')) continue;
    const target = path.join(DIST, path.relative(SRC, file));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(file, target);
  }
}

if (process.argv.includes('--if-stale') && !isStale()) process.exit(0);
compile();
copyAssets();
fs.writeFileSync(STAMP, `${new Date().toISOString()}\n`);
