// The React host (demo/react, career-elements/react components) and the Vue host (demo/vue, the
// tags in a Vue template), each built with vite and opened in Chromium: properties go in (the
// framework object as a property, the region and the selection from app state) and typed events
// come out (the apps' handlers read event.detail and update their state).
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { requireChrome, chromeArgs } from '../chrome-path.mjs';

const root = new URL('../../', import.meta.url).pathname;
const MIME = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
let browser;

before(async () => {
  browser = await chromium.launch({ executablePath: requireChrome(), args: chromeArgs, headless: true });
});
after(() => browser?.close());

/** Builds a host with its own vite config into a temporary folder and serves it. */
async function serveHost(name) {
  const outDir = mkdtempSync(join(tmpdir(), `career-host-${name}-`));
  await build({ configFile: join(root, `demo/${name}/vite.config.ts`), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = createServer((req, res) => {
    const path = req.url === '/' ? '/index.html' : decodeURIComponent(req.url.split('?')[0]);
    const file = join(outDir, path);
    if (!file.startsWith(outDir) || !existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => {
      server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

for (const host of ['react', 'vue']) {
  describe(`the ${host} host`, () => {
    let served;
    let page;
    const errors = [];
    before(async () => {
      served = await serveHost(host);
      page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      await page.goto(served.url);
      await page.waitForFunction(() => document.querySelector('ladder-compare')?.shadowRoot?.querySelector('[data-role-id]'), null, { timeout: 20_000 });
    });
    after(() => served?.close());

    test('properties go in: the framework object, the region and the roles from app state', async () => {
      const state = await page.evaluate(() => {
        const map = document.querySelector('mobility-map');
        const gap = document.querySelector('skill-gap');
        return { name: map.framework?.name, attribute: map.hasAttribute('framework'), region: map.region, gapRole: gap.currentRole, gapTarget: gap.target, errors: [...document.querySelectorAll('mobility-map, ladder-compare, skill-gap')].filter((el) => el.shadowRoot.querySelector('[part=error]')).length };
      });
      assert.deepEqual(state, { name: 'Acme Corp career framework', attribute: false, region: 'US', gapRole: 'data-analyst-2', gapTarget: 'ml-engineer-3', errors: 0 });
      await page.selectOption('#region', 'APAC');
      await page.waitForFunction(() => document.querySelector('ladder-compare').region === 'APAC' && document.querySelector('mobility-map').region === 'APAC');
    });

    test('typed events come out: a role picked in the ladders becomes the app\'s role', async () => {
      await page.locator('ladder-compare button[data-role-id="bi-developer-3"]').first().click();
      await page.waitForFunction(() => document.querySelector('#last-event').textContent === 'career-role-select bi-developer-3');
      assert.match(await page.textContent('#status'), /You are BI Developer/);
      assert.equal(await page.evaluate(() => document.querySelector('skill-gap').currentRole), 'bi-developer-3');
    });

    test('typed events come out: a move chosen on the map becomes the skill-gap target', async () => {
      await page.click('#reset');
      await page.waitForFunction(() => document.querySelector('mobility-map').currentRole === 'data-analyst-2');
      await page.locator('mobility-map [data-from="data-analyst-2"][data-to="bi-developer-3"] button').first().click();
      await page.waitForFunction(() => document.querySelector('#last-event').textContent === 'career-move-select data-analyst-2 → bi-developer-3');
      assert.equal(await page.evaluate(() => document.querySelector('skill-gap').target), 'bi-developer-3');
      assert.deepEqual(errors, []);
    });
  });
}
