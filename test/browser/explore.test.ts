/**
 * The explorer page in a real browser (Debian's chromium through playwright-core) against the
 * real server with the seed loaded: what a person sees and does, clicks and keys included.
 * Screenshots land in test/artifacts/ (git-ignored). CI installs chromium (.ci/run); on a
 * machine without it the browser tests are skipped, and CI=true makes that a failure instead.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { ensureWebBuilt } from '../../tools/web/build.ts';
import { serveSeed, type ServedData } from '../support/server.ts';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];
const ARTIFACTS = path.join(PROJECT_ROOT, 'test/artifacts');
const DESKTOP = { width: 1280, height: 800 };
const NARROW = { width: 390, height: 800 };
/** Hang guards for one browser step on a loaded machine, not speed checks. */
const STEP_TIMEOUT_MS = 120_000;
/**
 * Waiting on the graph polls from the test (CDP evaluation): the page's Content-Security-Policy
 * forbids the string evaluation that playwright's waitForFunction uses inside the page.
 */
const POLL = { timeout: STEP_TIMEOUT_MS, interval: 200 };
const PUTIN = 'actor:vladimir-putin';
const KREMLIN = 'actor:kremlin';
const BIDEN = 'actor:joe-biden';

const haveChromium = fs.existsSync(CHROMIUM);
if (!haveChromium && process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run installs it with apt-get`);

describe.skipIf(!haveChromium)('the explorer page at /explore, in chromium, on the seed', () => {
  let served: ServedData;
  let browser: Browser;
  let page: Page;
  let base: string;
  const problems: string[] = [];

  beforeAll(async () => {
    await ensureWebBuilt();
    served = await serveSeed();
    base = served.server.url.replace(/\/graphql$/, '/explore/');
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
    const context = await browser.newContext({ viewport: DESKTOP, acceptDownloads: true });
    context.setDefaultTimeout(STEP_TIMEOUT_MS);
    page = await context.newPage();
    page.on('console', (message: ConsoleMessage) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
  });

  afterAll(async () => {
    await browser?.close();
    await served?.stop();
  });

  const cyCount = (selector: string) => page.evaluate<number>(`window.qawlExplorer.cy.elements(${JSON.stringify(selector)}).length`);

  it('draws the statement network with the seed actors', async () => {
    await page.goto(base);
    await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(Number(await page.getAttribute('#graph', 'data-nodes'))).toBeGreaterThanOrEqual(2);
    for (const id of [PUTIN, KREMLIN, BIDEN]) expect(await cyCount(`node[id = "${id}"]`)).toBe(1);
    expect(await cyCount('edge.stance')).toBeGreaterThan(0);
    // Kind filters come from the facets: the seed has denials and claims.
    expect(await page.locator('#kinds input[data-kind="DENIAL"]').count()).toBe(1);
    expect(await page.locator('#kinds input[data-kind="CLAIM"]').count()).toBe(1);
    // The Arabic web font is bundled and loaded, not a fallback face.
    expect(await page.evaluate(`document.fonts.check('16px "Noto Naskh Arabic"', 'قول')`)).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, 'explore-network-1280x800.png') });
  });

  it('searching بوتين focuses Putin and shows his statements with the evidence span highlighted', async () => {
    await page.fill('#search', 'بوتين');
    await page.waitForSelector(`#search-results li[data-id="${PUTIN}"]`);
    await page.press('#search', 'Enter');
    await page.waitForSelector(`#panel-title[data-actor="${PUTIN}"]`);
    expect(await page.getAttribute('#graph', 'data-focused')).toBe(PUTIN);
    expect(await cyCount(`node.focused[id = "${PUTIN}"]`)).toBe(1);
    expect(await page.textContent('#panel-title')).toContain('Vladimir Putin');
    const statements = page.locator('#panel .statement');
    expect(await statements.count()).toBeGreaterThanOrEqual(1);
    const marks = page.locator('#panel .statement blockquote.evidence mark');
    expect(await marks.count()).toBeGreaterThanOrEqual(1);
    const first = await marks.first().textContent();
    expect(first?.length ?? 0).toBeGreaterThan(0);
    // The mark sits inside its evidence sentence, which is longer than the marked span.
    expect((await page.locator('#panel .statement blockquote.evidence').first().textContent())!.length).toBeGreaterThan(first!.length);
    await page.screenshot({ path: path.join(ARTIFACTS, 'explore-putin-1280x800.png') });
  });

  it('clicking an actor on the canvas opens its panel', async () => {
    await page.keyboard.press('Escape');
    await page.locator('#graph').focus();
    await page.keyboard.press('Escape');
    expect(await page.locator('#panel').isHidden()).toBe(true);
    // The actor is brought to the middle of the canvas, clear of the status line and the search
    // results that float over its edges, and the click goes where the canvas is on top.
    const at = await page.evaluate<{ x: number; y: number; onCanvas: boolean }>(`(() => {
      const cy = window.qawlExplorer.cy;
      const node = cy.getElementById(${JSON.stringify(KREMLIN)});
      cy.zoom(2);
      cy.center(node);
      const box = document.getElementById('graph').getBoundingClientRect();
      const p = node.renderedPosition();
      const x = box.left + p.x, y = box.top + p.y;
      const hit = document.elementFromPoint(x, y);
      return { x, y, onCanvas: hit !== null && document.getElementById('graph').contains(hit) };
    })()`);
    expect(at.onCanvas).toBe(true);
    await page.mouse.click(at.x, at.y);
    await page.waitForSelector(`#panel-title[data-actor="${KREMLIN}"]`);
    expect(await page.locator('#panel .statement').count()).toBeGreaterThanOrEqual(1);
  });

  it('links each statement to the article text with its span marked', async () => {
    const link = page.locator('#panel a.article-link').first();
    const start = Number(await link.getAttribute('data-start'));
    const end = Number(await link.getAttribute('data-end'));
    await link.click();
    await page.waitForSelector('#article-span');
    expect(page.url()).toContain('article=');
    expect((await page.textContent('#article-span'))!.length).toBe(end - start);
    await page.click('#article-close');
    expect(await page.locator('#article-view').isHidden()).toBe(true);
  });

  it('draws DENIES and ANSWERS links on demand', async () => {
    expect(await cyCount('edge.reply')).toBe(0);
    await page.check('#show-replies');
    await expect.poll(() => cyCount('edge.denies'), POLL).toBeGreaterThan(0);
    expect(await cyCount('edge.answers')).toBeGreaterThan(0);
    await page.uncheck('#show-replies');
    await expect.poll(() => cyCount('edge.reply'), POLL).toBe(0);
  });

  it('filters by statement kind from the facets', async () => {
    const all = await cyCount('edge.stance');
    await page.uncheck('#kinds input[data-kind="CLAIM"]');
    await expect.poll(() => cyCount('edge.stance'), POLL).toBeLessThan(all);
    expect(await cyCount('edge.stance[kind = "CLAIM"]')).toBeLessThan(all);
    await page.check('#kinds input[data-kind="CLAIM"]');
    await expect.poll(() => cyCount('edge.stance'), POLL).toBe(all);
  });

  it('shows the path between two actors', async () => {
    await page.selectOption('#path-from', KREMLIN);
    await page.selectOption('#path-to', BIDEN);
    await page.click('#path-go');
    await page.waitForSelector('#panel ol.path li');
    expect(await cyCount('edge.path-edge')).toBeGreaterThan(0);
    expect(await cyCount(`node.path[id = "${KREMLIN}"]`)).toBe(1);
    await page.click('#path-clear');
    expect(await cyCount('.path-edge')).toBe(0);
  });

  it('exports the visible network as GraphML and PNG', async () => {
    const [graphml] = await Promise.all([page.waitForEvent('download'), page.click('#export-graphml')]);
    expect(graphml.suggestedFilename()).toBe('qawl-network.graphml');
    const xml = fs.readFileSync(await graphml.path(), 'utf8');
    expect(xml).toContain('<graphml');
    expect(xml).toContain(`<node id="${PUTIN}">`);
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    expect(png.suggestedFilename()).toBe('qawl-network.png');
    const bytes = fs.readFileSync(await png.path());
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  });

  it('is usable from the keyboard: / to search, arrows and Enter on the graph', async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('/');
    expect(await page.evaluate('document.activeElement.id')).toBe('search');
    await page.locator('#graph').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#panel-title[data-actor]');
    expect(await page.getAttribute('#graph', 'data-focused')).toBeTruthy();
  });

  it('fits a narrow screen: filters behind a button, the panel under the network', async () => {
    await page.setViewportSize(NARROW);
    await page.fill('#search', 'بوتين');
    await page.waitForSelector(`#search-results li[data-id="${PUTIN}"]`);
    await page.press('#search', 'Enter');
    await page.waitForSelector(`#panel-title[data-actor="${PUTIN}"]`);
    expect(await page.locator('#filters').isVisible()).toBe(false);
    await page.click('#toggle-filters');
    expect(await page.locator('#filters').isVisible()).toBe(true);
    await page.click('#toggle-filters');
    const panel = (await page.locator('#panel').boundingBox())!;
    expect(panel.width).toBeLessThanOrEqual(NARROW.width);
    await page.screenshot({ path: path.join(ARTIFACTS, 'explore-putin-narrow.png') });
    await page.setViewportSize(DESKTOP);
  });

  it('logged no console error, page error or failed request', () => {
    expect(problems).toEqual([]);
  });
});

describe('GET /explore', () => {
  let served: ServedData;
  beforeAll(async () => {
    await ensureWebBuilt();
    served = await serveSeed();
  });
  afterAll(async () => {
    await served?.stop();
  });

  it('redirects to /explore/ and serves the built page and its hashed assets', async () => {
    const origin = served.server.url.replace(/\/graphql$/, '');
    const bare = await fetch(`${origin}/explore`, { redirect: 'manual' });
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/explore/');
    const page = await fetch(`${origin}/explore/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('dir="rtl"');
    const asset = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(asset).toBeTruthy();
    const script = await fetch(`${origin}/explore/${asset}`);
    expect(script.status).toBe(200);
    expect(script.headers.get('cache-control')).toContain('immutable');
    // Nothing is fetched from elsewhere: every URL in the page is relative.
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
  });
});
