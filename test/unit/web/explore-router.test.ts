import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPLORE_CSP, EXPLORE_PATH, exploreRouter } from '../../../src/api/explore.ts';
import type { AddressInfo } from 'node:net';

/** The /explore mount over a folder of the test's own: built or not. */
async function serve(webDir: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const app = express();
  app.use(EXPLORE_PATH, exploreRouter(webDir));
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('the /explore mount', () => {
  const built = fs.mkdtempSync(path.join(os.tmpdir(), 'qawl-web-built-'));
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'qawl-web-empty-'));
  let withPage: Awaited<ReturnType<typeof serve>>;
  let withoutPage: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    fs.mkdirSync(path.join(built, 'assets'));
    fs.writeFileSync(
      path.join(built, 'index.html'),
      '<!doctype html><html dir="rtl"><script type="module" src="./assets/app-abc123.js"></script></html>',
    );
    fs.writeFileSync(path.join(built, 'assets', 'app-abc123.js'), 'export {};');
    withPage = await serve(built);
    withoutPage = await serve(empty);
  });
  afterAll(async () => {
    await withPage.close();
    await withoutPage.close();
    fs.rmSync(built, { recursive: true, force: true });
    fs.rmSync(empty, { recursive: true, force: true });
  });

  it('redirects /explore to /explore/, keeping the query (the article view address)', async () => {
    const response = await fetch(`${withPage.origin}/explore?article=a%3Ab&start=1&end=2`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/explore/?article=a%3Ab&start=1&end=2');
  });

  it('serves the page with its Content-Security-Policy, and hashed assets as immutable', async () => {
    const page = await fetch(`${withPage.origin}/explore/?article=x`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(EXPLORE_CSP);
    expect(await page.text()).toContain('dir="rtl"');
    const asset = await fetch(`${withPage.origin}/explore/assets/app-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${withPage.origin}/explore/assets/missing.js`)).status).toBe(404);
  });

  it('says how to build the page when it is not built', async () => {
    const response = await fetch(`${withoutPage.origin}/explore/`);
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('npm run build:web');
  });
});
