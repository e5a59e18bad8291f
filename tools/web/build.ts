/**
 * Builds the explorer page (src/web/) into dist/web/, which the server serves at /explore.
 * `npm start` runs it first (prestart) and the browser test calls `ensureWebBuilt`, so nobody
 * has to remember a build step; a build whose output is newer than every source is skipped.
 *
 *   npx tsx tools/web/build.ts           build when stale
 *   npx tsx tools/web/build.ts --force   build anyway
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const WEB_SOURCE_DIR = path.join(root, 'src/web');
export const WEB_OUT_DIR = path.join(root, 'dist/web');
/** Besides src/web, the page bundles the shared Arabic normalization and the lockfile's libraries. */
const EXTRA_INPUTS = [path.join(root, 'src/text/arabic.ts'), path.join(root, 'package-lock.json')];

function newestMtime(entry: string): number {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

/** True when dist/web/index.html exists and is newer than every source of the page. */
export function webBuildIsFresh(): boolean {
  const built = fs.statSync(path.join(WEB_OUT_DIR, 'index.html'), { throwIfNoEntry: false });
  if (!built) return false;
  return built.mtimeMs >= Math.max(newestMtime(WEB_SOURCE_DIR), ...EXTRA_INPUTS.map(newestMtime));
}

/**
 * Builds into a fresh folder, then swaps it in, so a server (or a second build started by a
 * parallel test) never serves a half-written page.
 */
export async function buildWeb(): Promise<void> {
  const { build } = await import('vite');
  const staging = `${WEB_OUT_DIR}.${process.pid}.${Date.now()}.tmp`;
  await build({ configFile: path.join(WEB_SOURCE_DIR, 'vite.config.ts'), build: { outDir: staging, emptyOutDir: true } });
  const old = `${WEB_OUT_DIR}.${process.pid}.${Date.now()}.old`;
  if (fs.existsSync(WEB_OUT_DIR)) fs.renameSync(WEB_OUT_DIR, old);
  fs.renameSync(staging, WEB_OUT_DIR);
  fs.rmSync(old, { recursive: true, force: true });
}

/** Builds the page unless a fresh build is already there; returns whether it built. */
export async function ensureWebBuilt(options: { force?: boolean } = {}): Promise<boolean> {
  if (!options.force && webBuildIsFresh()) return false;
  await buildWeb();
  return true;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const built = await ensureWebBuilt({ force: process.argv.includes('--force') });
  process.stderr.write(
    built
      ? `qawl: built the explorer page into ${path.relative(root, WEB_OUT_DIR)}/ in ${Date.now() - started} ms\n`
      : `qawl: the explorer page in ${path.relative(root, WEB_OUT_DIR)}/ is up to date\n`,
  );
}
