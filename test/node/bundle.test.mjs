// The self-contained bundle: built by vite, loaded by a plain HTML page under a strict CSP with
// one <script type="module">, it registers every element and exports the package entry.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { requireChrome, chromeArgs } from '../chrome-path.mjs';

const root = new URL('../../', import.meta.url).pathname;
const outDir = mkdtempSync(join(tmpdir(), 'career-bundle-'));
let server;
let browser;
let origin;

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bundle check</title><link rel="icon" href="data:,">
<script type="module" src="/career-elements.js"></script>
<script type="module" src="/page.js"></script></head>
<body><main><career-framework id="provider" src="/acme.json">
<mobility-map></mobility-map><ladder-compare family="data"></ladder-compare><skill-gap target="ml-engineer-3"></skill-gap>
</career-framework></main></body></html>`;

// The policy a host with Trusted Types must allow (README, "Strict CSP and Trusted Types").
const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'";
const TRUSTED_TYPES = "default-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";
const policies = { '/': STRICT, '/tt': TRUSTED_TYPES, '/tt-twice': TRUSTED_TYPES };
const ttPage = page.replace('href="data:,"', 'href="/favicon.ico"');
const pages = {
  '/': page,
  '/tt': ttPage,
  // A second copy of the kit (another bundle on the page): lit asks for its policy again.
  '/tt-twice': ttPage.replace('<script type="module" src="/page.js">', '<script type="module" src="/career-elements.js?copy=2"></script><script type="module" src="/page.js">'),
};

const pageScript = `
window.violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective + ' ' + e.blockedURI));
document.querySelector('#provider').currentRole = 'data-analyst-2';
document.querySelector('#provider').target = 'ml-engineer-3';
`;

before(async () => {
  await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  const files = {
    ...Object.fromEntries(Object.entries(pages).map(([path, html]) => [path, ['text/html', html]])),
    '/page.js': ['text/javascript', pageScript],
    '/favicon.ico': ['image/x-icon', ''],
    '/career-elements.js': ['text/javascript', readFileSync(join(outDir, 'career-elements.js'))],
    '/acme.json': ['application/json', readFileSync(join(root, 'src/examples/acme.json'))],
  };
  server = createServer((req, res) => {
    const path = req.url.split('?')[0];
    // Code the bundle loads on first use (export) sits beside it.
    const chunk = /^\/career-elements-[\w-]+\.js$/.test(path) && existsSync(join(outDir, path)) ? ['text/javascript', readFileSync(join(outDir, path))] : undefined;
    const file = files[path] ?? chunk;
    if (!file) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': file[0], 'content-security-policy': policies[path] ?? STRICT });
    res.end(file[1]);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: requireChrome(), args: chromeArgs, headless: true });
});

after(async () => {
  await browser?.close();
  server?.close();
  rmSync(outDir, { recursive: true, force: true });
});

test('dist/career-elements.js loads in a plain page under a strict CSP, registers the elements and exports the API', async () => {
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  tab.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  await tab.goto(origin + '/');
  await tab.waitForFunction(() => customElements.get('career-framework') !== undefined, null, { timeout: 5000 }).catch(() => assert.fail(errors.join('\n')));
  const result = await tab.evaluate(async () => {
    const kit = await import('/career-elements.js');
    const provider = document.querySelector('career-framework');
    await new Promise((resolve) => (provider.shadowRoot && !provider.shadowRoot.querySelector('[part=status]') ? resolve() : setTimeout(resolve, 1000)));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const tags = ['career-framework', 'mobility-map', 'ladder-compare', 'skill-gap'];
    return {
      validate: typeof kit.validateFramework,
      invalid: kit.validateFramework('nope').valid,
      registered: tags.filter((tag) => customElements.get(tag)),
      errorPanels: tags.flatMap((tag) => [...document.querySelectorAll(tag)].filter((el) => el.shadowRoot?.querySelector('[part=error]'))).length,
      violations: window.violations,
    };
  });
  assert.equal(result.validate, 'function');
  assert.equal(result.invalid, false);
  assert.deepEqual(result.registered, ['career-framework', 'mobility-map', 'ladder-compare', 'skill-gap']);
  assert.equal(result.errorPanels, 0);
  assert.deepEqual(result.violations, [], 'no CSP violations');
  // Export under the same policy: the SVG reaches the canvas as a data: image (img-src 'self' data:).
  const exported = await tab.evaluate(async () => {
    const blobs = await Promise.all(['mobility-map', 'ladder-compare', 'skill-gap'].map((tag) => document.querySelector(tag).toPNG()));
    return { types: blobs.map((blob) => blob.type), sizes: blobs.map((blob) => blob.size), violations: window.violations };
  });
  assert.deepEqual(exported.types, ['image/png', 'image/png', 'image/png']);
  assert.ok(exported.sizes.every((size) => size > 1000), `PNGs with content: ${exported.sizes}`);
  assert.deepEqual(exported.violations, [], 'no CSP violation while exporting');
  // Parts loaded on first use arrive under the same policy: the map's route cards (a target is
  // set) and the ladder's diff of two levels.
  const firstUse = await tab.evaluate(async () => {
    const ladder = document.querySelector('ladder-compare');
    ladder.diff = 'L2 L3';
    const map = document.querySelector('mobility-map');
    await Promise.all([ladder.updateComplete, map.updateComplete]);
    return {
      routeCards: map.shadowRoot.querySelectorAll('[part=route]').length,
      diff: ladder.shadowRoot.querySelectorAll('[part=diff]').length,
      violations: window.violations,
    };
  });
  assert.ok(firstUse.routeCards > 0, 'the map shows its route cards');
  assert.equal(firstUse.diff, 1, 'the ladder shows the diff');
  assert.deepEqual(firstUse.violations, [], 'no CSP violation while loading parts on first use');
  assert.deepEqual(errors, []);
});

test('the bundle is one file: the files beside it are loaded only on first use, and load from it', () => {
  const bundle = readFileSync(join(outDir, 'career-elements.js'), 'utf8');
  const beside = readdirSync(outDir).filter((name) => /^career-elements-.*\.js$/.test(name));
  assert.ok(beside.length >= 3, `export, route planner and ladder diff beside the bundle: ${beside}`);
  // No static import at all: a page loads one file until it uses export, routes or a diff.
  assert.doesNotMatch(bundle, /(^|[;}\n])import\s*[{*\w][^()]*?from\s*["']/, 'the bundle imports no file statically');
  // Each is loaded by import() from the bundle, or is code two such parts share (imported by them).
  const importers = Object.fromEntries(beside.map((name) => [name, [...readFileSync(join(outDir, name), 'utf8').matchAll(/from\s*["']\.\/([^"']+)["']/g)].map((m) => m[1])]));
  for (const name of beside) {
    const shared = beside.filter((other) => importers[other].includes(name));
    assert.ok(bundle.includes(`import("./${name}")`) || shared.length > 0, `${name} is loaded by import() from the bundle or by a part loaded so`);
  }
});

for (const [path, what] of [['/tt', 'one copy'], ['/tt-twice', 'two copies']]) {
  test(`under Trusted Types (require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'), ${what} of the bundle render every element with no violation`, async () => {
    const tab = await browser.newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    tab.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    await tab.goto(origin + path);
    await tab.waitForFunction(() => customElements.get('career-framework') !== undefined, null, { timeout: 5000 }).catch(() => assert.fail(errors.join('\n') || 'not registered'));
    const drawn = await tab
      .waitForFunction(
        () => {
          const shadow = (tag) => document.querySelector(tag)?.shadowRoot;
          const counts = {
            roles: shadow('mobility-map')?.querySelectorAll('[data-role-id]').length ?? 0,
            ladderRows: shadow('ladder-compare')?.querySelectorAll('[data-level-id]').length ?? 0,
            gapSkills: shadow('skill-gap')?.querySelectorAll('[data-skill-id]').length ?? 0,
          };
          return Object.values(counts).every((n) => n > 0) && counts;
        },
        null,
        { timeout: 8000 },
      )
      .then((handle) => handle.jsonValue())
      .catch(async () => assert.fail(`not drawn: ${errors.join('\n')}`));
    // Open the map's panel too: its templates are first used on selection.
    await tab.evaluate(() => {
      const map = document.querySelector('mobility-map');
      map.shadowRoot.querySelector('[data-role-id]')?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const violations = await tab.evaluate(() => window.violations);
    assert.ok(drawn.roles > 0 && drawn.ladderRows > 0 && drawn.gapSkills > 0, JSON.stringify(drawn));
    assert.deepEqual(violations, [], 'no CSP or Trusted Types violations');
    assert.deepEqual(errors, []);
    await tab.close();
  });
}

// The bundle aliases d3-transition to a no-op interrupt (vite.config.ts): d3-zoom must still zoom.
test('in the bundle, <mobility-map> zooms by the "+" button, the wheel and a drag', async () => {
  const tab = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.goto(origin + '/');
  await tab.waitForFunction(() => document.querySelector('mobility-map')?.shadowRoot?.querySelector('g.viewport [data-role-id]'), null, { timeout: 8000 });
  const scale = () =>
    tab.evaluate(() => {
      const value = document.querySelector('mobility-map').shadowRoot.querySelector('g.viewport').getAttribute('transform') ?? '';
      const [, x, y, k] = /translate\(([-\d.e]+),([-\d.e]+)\) scale\(([-\d.e]+)\)/.exec(value) ?? [];
      return { x: Number(x), y: Number(y), k: Number(k) };
    });
  await tab.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
  const before = await scale();
  await tab.evaluate(() => document.querySelector('mobility-map').shadowRoot.querySelector('button[aria-label="Zoom in"]').click());
  await tab.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
  const zoomedIn = await scale();
  assert.ok(zoomedIn.k > before.k * 1.1, `"+" multiplies the scale: ${before.k} → ${zoomedIn.k}`);
  const box = await tab.evaluate(() => {
    const rect = document.querySelector('mobility-map').shadowRoot.querySelector('svg').getBoundingClientRect();
    return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
  });
  await tab.mouse.move(box.x, box.y);
  await tab.mouse.wheel(0, 300);
  await tab.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
  const wheeled = await scale();
  assert.ok(wheeled.k < zoomedIn.k, `the wheel zooms out: ${zoomedIn.k} → ${wheeled.k}`);
  await tab.mouse.down();
  await tab.mouse.move(box.x + 80, box.y + 40, { steps: 5 });
  await tab.mouse.up();
  const dragged = await scale();
  assert.ok(Math.abs(dragged.x - wheeled.x - 80) < 2 && Math.abs(dragged.y - wheeled.y - 40) < 2, `a drag pans: ${JSON.stringify([wheeled, dragged])}`);
  assert.deepEqual(errors, []);
  await tab.close();
});
