// The README's promise: `npm start` serves the demo on the embedded default framework. This serves
// it the same way (vite's dev server with the project's config), opens it in Chromium, checks that
// every element draws without an error panel, that the page passes axe, and that the elements
// are linked through the provider.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { requireChrome, chromeArgs } from '../chrome-path.mjs';

const require = createRequire(import.meta.url);
const root = new URL('../../', import.meta.url).pathname;
let server;
let browser;
let page;
const problems = [];

before(async () => {
  server = await createServer({ configFile: root + 'vite.config.ts', logLevel: 'silent', server: { port: 0, host: '127.0.0.1' } });
  await server.listen();
  const { port } = server.httpServer.address();
  browser = await chromium.launch({ executablePath: requireChrome(), args: chromeArgs, headless: true });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => document.querySelector('skill-gap')?.shadowRoot?.querySelector('[data-skill-id]'), null, { timeout: 20_000 });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const shadowText = (selector) => page.evaluate((s) => document.querySelector(s).shadowRoot.textContent.replace(/\s+/g, ' '), selector);

test('the demo draws every element on the default framework, with no error panel or page error', async () => {
  const state = await page.evaluate(() =>
    ['mobility-map', 'ladder-compare', 'skill-gap'].map((tag) => {
      const root = document.querySelector(tag).shadowRoot;
      return { tag, error: !!root.querySelector('[part="error"]'), roles: root.querySelectorAll('[data-role-id]').length, skills: root.querySelectorAll('[data-skill-id]').length };
    }),
  );
  for (const element of state) assert.equal(element.error, false, `${element.tag} shows an error panel`);
  assert.ok(state[0].roles >= 40, 'the map draws the roles');
  assert.ok(state[1].roles > 5, 'the ladders list roles');
  assert.ok(state[2].skills > 3, 'the skill gap lists skills');
  assert.match(await shadowText('skill-gap'), /Data Analyst → ML Engineer/);
  assert.deepEqual(problems, []);
});

test('the demo page passes axe', async () => {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => (await window.axe.run(document)).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
  assert.deepEqual(violations, []);
});

test('choosing a move on the map makes its destination the skill-gap target', async () => {
  // The panel's card for the move Data Analyst → BI Developer (playwright's locators pierce shadow roots).
  await page.locator('mobility-map [data-from="data-analyst-2"][data-to="bi-developer-3"] button').first().click();
  await page.waitForFunction(() => /BI Developer/.test(document.querySelector('skill-gap').shadowRoot.querySelector('h2, h3')?.textContent ?? ''), null, { timeout: 5000 }).catch(async () => {
    const debug = await page.evaluate(() => ({ status: document.querySelector('#selection-status').textContent, provider: document.querySelector('career-framework').target, heading: document.querySelector('skill-gap').shadowRoot.querySelector('h2, h3')?.textContent }));
    assert.fail(JSON.stringify(debug));
  });
  assert.match(await page.textContent('#selection-status'), /Data Analyst → BI Developer/);
});
