// Storybook as designers get it: `npm run build-storybook` (the manifest, then `storybook build`)
// into a temporary folder, served, and every Docs page and every story opened in Chromium with no
// page error: Docs pages show the element's description and its API tables from the manifest,
// stories draw their element.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { requireChrome, chromeArgs } from '../chrome-path.mjs';

const root = new URL('../../', import.meta.url).pathname;
const out = mkdtempSync(join(tmpdir(), 'career-storybook-'));
const MIME = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.png': 'image/png' };
let server;
let origin;
let browser;
let context;
let entries;

before(async () => {
  const built = spawnSync('npm', ['run', 'build-storybook', '--', '--output-dir', out, '--quiet'], { cwd: root, encoding: 'utf8' });
  assert.equal(built.status, 0, built.stdout + built.stderr);
  entries = Object.values(JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')).entries);
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = join(out, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(out) || !existsSync(file) || statSync(file).isDirectory()) return res.writeHead(404).end();
    // Cacheable, so the pages share one download of Storybook's bundles.
    res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', 'cache-control': 'max-age=3600' }).end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: requireChrome(), args: chromeArgs, headless: true });
  context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
}, { timeout: 600_000 });

after(async () => {
  await browser?.close();
  server?.close();
  rmSync(out, { recursive: true, force: true });
});

/**
 * Opens one entry in its own preview page (the pages share one browser context, so Storybook's
 * bundles are downloaded once) and returns what it shows and the page errors it caused.
 */
async function open(entry) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    const viewMode = entry.type === 'docs' ? 'docs' : 'story';
    await page.goto(`${origin}/iframe.html?id=${entry.id}&viewMode=${viewMode}`);
    if (viewMode === 'docs') {
      await page.waitForSelector('#storybook-docs .sbdocs-content', { timeout: 60_000 });
      await page.waitForSelector('#storybook-docs .docblock-argstable', { timeout: 10_000 }).catch(() => {});
    } else {
      await page.waitForFunction(() => document.querySelector('#storybook-root')?.children.length > 0 || document.body.classList.contains('sb-show-errordisplay'), null, { timeout: 60_000 });
    }
    await page.waitForTimeout(300);
    const shown = await page.evaluate((root) => ({
      outcome: document.body.classList.contains('sb-show-errordisplay') ? `errored: ${document.querySelector('#error-message')?.textContent}` : 'rendered',
      argsTable: [...document.querySelectorAll('.docblock-argstable tbody tr')].map((row) => row.textContent),
      kitElements: [...document.querySelectorAll(`${root} *`)].filter((el) => el.shadowRoot && /^(career-framework|mobility-map|ladder-compare|skill-gap)$/.test(el.localName)).length,
    }), viewMode === 'docs' ? '#storybook-docs' : '#storybook-root');
    return { ...shown, errors };
  } finally {
    await page.close();
  }
}

test('every Docs page renders from the manifest, with no page error', async () => {
  const docs = entries.filter((entry) => entry.type === 'docs');
  assert.ok(docs.length >= 4, `Docs pages: ${docs.map((d) => d.id)}`);
  for (const entry of docs) {
    const shown = await open(entry);
    assert.deepEqual(shown.errors, [], `${entry.id}: page errors`);
    assert.equal(shown.outcome, 'rendered', entry.id);
    assert.ok(shown.kitElements > 0 || /Importers/.test(entry.title), `${entry.id} renders its stories`);
    if (!/Importers/.test(entry.title)) {
      const table = shown.argsTable.join('\n');
      assert.match(table, /current-role/, `${entry.id}: the attributes from the manifest`);
      assert.match(table, /career-error/, `${entry.id}: the events`);
      assert.match(table, /--career-color-accent/, `${entry.id}: the shared custom properties`);
      assert.doesNotMatch(table, /#loader|announceRoleSelect|effectiveLocale/, `${entry.id}: no private members`);
    }
  }
});

test('every story renders its element with no page error', async () => {
  const stories = entries.filter((entry) => entry.type === 'story');
  assert.ok(stories.length >= 25, `${stories.length} stories`);
  for (const entry of stories) {
    const shown = await open(entry);
    assert.deepEqual(shown.errors, [], `${entry.id}: page errors`);
    assert.equal(shown.outcome, 'rendered', entry.id);
    assert.ok(shown.kitElements > 0 || /import-report/.test(entry.id), `${entry.id} draws a kit element`);
  }
});

test('a control changes the story: choosing "hidden" pay in the Controls panel hides the pay bars', async () => {
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/?path=/story/elements-ladder-compare--ic-vs-management`);
    const preview = page.frameLocator('#storybook-preview-iframe');
    await preview.locator('ladder-compare [part~="pay-bar"]').first().waitFor({ timeout: 30_000 });
    await page.locator('input[type="radio"][value="hidden"]').check();
    await preview.locator('ladder-compare[pay="hidden"]').waitFor({ timeout: 10_000 });
    const state = await page.frames().find((frame) => frame.url().includes('iframe.html')).evaluate(() => {
      const ladder = document.querySelector('ladder-compare');
      return { pay: ladder.pay, currentRole: ladder.currentRole, bars: ladder.shadowRoot.querySelectorAll('[part~="pay-bar"]').length };
    });
    assert.deepEqual(state, { pay: 'hidden', currentRole: 'data-analyst-2', bars: 0 });
  } finally {
    await page.close();
  }
});
