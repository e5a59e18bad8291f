/**
 * The explorer page at /explore: the static build of src/web/ (dist/web/, made by `npm start`'s
 * prestart or `npm run build:web`). The page talks to /graphql like any other client.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Router } from 'express';

export const EXPLORE_PATH = '/explore';
const WEB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');
/** Built assets carry a content hash in their names, so browsers may keep them for good. */
const ASSET_MAX_AGE = '365d';
/**
 * Everything the page needs comes from this server (no CDN): scripts, styles, fonts and the API.
 * Images may be `data:` (the empty favicon) and `blob:` (the PNG export); Cytoscape sets
 * inline styles on its own elements, hence 'unsafe-inline' for styles only.
 */
export const EXPLORE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'self'",
].join('; ');

export function exploreRouter(webDir: string = WEB_DIR): Router {
  const router = express.Router({ strict: true });
  // The page's asset URLs are relative: `/explore` must become `/explore/` before they resolve.
  router.get('/', (req, res) => {
    if (!req.originalUrl.split('?')[0]!.endsWith('/')) {
      const query = req.originalUrl.slice(req.originalUrl.split('?')[0]!.length);
      res.redirect(301, `${req.baseUrl}/${query}`);
      return;
    }
    if (!fs.existsSync(path.join(webDir, 'index.html'))) {
      res.status(503).type('text/plain').send('The explorer page is not built: run `npm run build:web` (npm start does it).\n');
      return;
    }
    res.setHeader('cache-control', 'no-cache');
    res.setHeader('content-security-policy', EXPLORE_CSP);
    res.sendFile(path.join(webDir, 'index.html'));
  });
  router.use('/assets', express.static(path.join(webDir, 'assets'), { immutable: true, maxAge: ASSET_MAX_AGE, fallthrough: false }));
  return router;
}
