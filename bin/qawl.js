#!/usr/bin/env node
// The CLI runs the compiled JavaScript in dist/ (built by `npm run build`, which `npm ci` and
// `npm start` run for you). A checkout whose dist/ is missing or older than src/, or
// QAWL_FROM_SOURCE=1, runs the TypeScript sources through tsx instead (a dev dependency), so an
// edit is never hidden behind a stale build.
import fs from 'node:fs';

const compiled = new URL('../dist/cli.js', import.meta.url);
const stamp = new URL('../dist/.build-stamp', import.meta.url);
const sources = new URL('../src/', import.meta.url);

/** Whether a file under src/ changed after the last build (false when src/ is not shipped, as in the Docker image). */
function sourcesNewer(builtAt) {
  if (!fs.existsSync(sources)) return false;
  const newer = (dir) =>
    fs.readdirSync(dir, { withFileTypes: true }).some((entry) => {
      const full = new URL(entry.name + (entry.isDirectory() ? '/' : ''), dir);
      return entry.isDirectory() ? newer(full) : fs.statSync(full).mtimeMs > builtAt;
    });
  return newer(sources);
}

const useCompiled =
  process.env.QAWL_FROM_SOURCE !== '1' && fs.existsSync(compiled) && fs.existsSync(stamp) && !sourcesNewer(fs.statSync(stamp).mtimeMs);

if (useCompiled) {
  // Stack traces point into src/*.ts through dist/'s source maps.
  process.setSourceMapsEnabled(true);
  await import(compiled.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli.ts');
}
