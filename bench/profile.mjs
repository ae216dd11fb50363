#!/usr/bin/env node
// `node bench/profile.mjs [--roles 10000|default] [--tag mobility-map] [--runs 3] [--top 40]`
// Where the milliseconds of a mount go: builds bench/page/profile.html (unminified), mounts the element on a
// generated framework in headless Chromium while recording a CPU profile, and prints the functions
// with the most self and total time, for the cold mount (first in the page), a warm one and a
// semantic-zoom step (overview → family). Timings are printed too; use `npm run bench` for figures.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { chromeArgs, requireChrome } from '../test/chrome-path.mjs';

const root = new URL('../', import.meta.url).pathname;
const { values: args } = parseArgs({
  options: {
    roles: { type: 'string', default: '10000' },
    tag: { type: 'string', default: 'mobility-map' },
    runs: { type: 'string', default: '3' },
    top: { type: 'string', default: '40' },
    attr: { type: 'string', multiple: true, default: [] },
  },
});

const outDir = mkdtempSync(join(tmpdir(), 'career-profile-'));
await build({
  root: join(root, 'bench/page'),
  configFile: false,
  logLevel: 'warn',
  base: './',
  build: { outDir, emptyOutDir: true, minify: false, target: 'es2022', rollupOptions: { input: join(root, 'bench/page/profile.html') } },
});
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  try {
    const body = readFileSync(join(outDir, path === '/' ? 'profile.html' : path));
    res.writeHead(200, { 'content-type': { '.html': 'text/html', '.js': 'text/javascript' }[extname(path) || '.html'] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await chromium.launch({ executablePath: requireChrome(), headless: true, args: [...chromeArgs, '--disable-gpu-vsync', '--disable-frame-rate-limit'] });

/** Self and total ms per function of a CPU profile, sorted by the key. */
function summarise(profile, key, top) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const dt = new Map();
  profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000));
  const label = (node) => {
    const f = node.callFrame;
    return `${f.functionName || '(anonymous)'} ${f.url ? f.url.split('/').pop() : ''}:${f.lineNumber + 1}`;
  };
  const self = new Map();
  const total = new Map();
  for (const [id, ms] of dt) {
    const node = nodes.get(id);
    self.set(label(node), (self.get(label(node)) ?? 0) + ms);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const name = label(nodes.get(at));
      if (seen.has(name)) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + ms);
    }
  }
  const rows = [...(key === 'self' ? self : total)].sort((a, b) => b[1] - a[1]).slice(0, top);
  return rows.map(([name, ms]) => `${ms.toFixed(1).padStart(8)} ms  self ${(self.get(name) ?? 0).toFixed(1).padStart(7)}  ${name}`).join('\n');
}

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => window.profile?.ready === true);
  await page.evaluate((roles) => window.profile.prepare(roles), args.roles);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const attributes = Object.fromEntries(args.attr.map((pair) => pair.split('=')));
  const profiled = async (title, action) => {
    await cdp.send('Profiler.start');
    const result = await page.evaluate(action.fn, action.arg);
    const { profile } = await cdp.send('Profiler.stop');
    console.log(`\n=== ${title}: ${JSON.stringify(result)}`);
    console.log('--- by total time');
    console.log(summarise(profile, 'total', Number(args.top)));
    console.log('--- by self time');
    console.log(summarise(profile, 'self', Number(args.top)));
  };
  console.log('model (validate, index):', JSON.stringify(await page.evaluate(() => window.profile.model())));
  const mount = { fn: ([tag, attrs]) => window.profile.mount(tag, attrs), arg: [args.tag, attributes] };
  await profiled('cold mount', mount);
  for (let i = 1; i < Number(args.runs); i++) console.log('warm mount:', JSON.stringify(await page.evaluate(mount.fn, mount.arg)));
  await profiled('warm mount', mount);
  if (args.tag === 'mobility-map') {
    const family = await page.evaluate(() => window.profile.firstFamily());
    for (let i = 0; i < 2; i++) {
      await page.evaluate(() => window.profile.step('overview'));
      console.log('family step:', await page.evaluate((id) => window.profile.step('family', id), family));
    }
    await page.evaluate(() => window.profile.step('overview'));
    await profiled('family step', { fn: (id) => window.profile.step('family', id), arg: family });
  }
} finally {
  await browser.close();
  server.close();
  rmSync(outDir, { recursive: true, force: true });
}
