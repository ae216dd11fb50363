#!/usr/bin/env node
// `npm run bench [-- --quick] [--runs N] [--sizes 100,1000,3000] [--out DIR] [--no-docs]`
// Builds the bench page with vite, serves it on 127.0.0.1, drives it in one headless Chromium
// session over the default framework and generated ones, measures the bundle, then prints the
// markdown report and writes it with the raw JSON to bench/results/ (and, on a full run, into
// docs/benchmarks.md between its result markers).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { chromeArgs, requireChrome } from '../test/chrome-path.mjs';
import { measureBundles } from './bundle-size.mjs';
import { markdown } from './report.mjs';

const root = new URL('../', import.meta.url).pathname;
const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    runs: { type: 'string' },
    sizes: { type: 'string' },
    out: { type: 'string', default: join(root, 'bench/results') },
    'no-docs': { type: 'boolean', default: false },
  },
});
const runs = Number(args.runs ?? (args.quick ? 3 : 7));
const sizes = (args.sizes ?? (args.quick ? '100' : '100,1000,3000,10000')).split(',').map((s) => s.trim());
const datasets = ['default', ...sizes];
const log = (...parts) => console.error('[bench]', ...parts);

async function buildPage() {
  const outDir = mkdtempSync(join(tmpdir(), 'career-bench-'));
  await build({
    root: join(root, 'bench/page'),
    configFile: false,
    logLevel: 'warn',
    base: './',
    build: { outDir, emptyOutDir: true, minify: true, target: 'es2022', chunkSizeWarningLimit: 4000 },
  });
  return outDir;
}

function serve(dir) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = readFileSync(join(dir, path === '/' ? 'index.html' : path));
      res.writeHead(200, { 'content-type': types[extname(path) || '.html'] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function machine(browserVersion) {
  const cpuinfo = (() => {
    try {
      return readFileSync('/proc/cpuinfo', 'utf8');
    } catch {
      return '';
    }
  })();
  return {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    cores: cpus().length,
    cpu: /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1].trim() ?? cpus()[0]?.model ?? 'unknown CPU',
    browser: `Chromium ${browserVersion}`,
    node: process.version,
  };
}

/** Replaces the text between the result markers of docs/benchmarks.md. */
function updateDocs(report) {
  const file = join(root, 'docs/benchmarks.md');
  const start = '<!-- bench:results:start -->';
  const end = '<!-- bench:results:end -->';
  const text = readFileSync(file, 'utf8');
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`docs/benchmarks.md lacks the ${start} … ${end} markers`);
  writeFileSync(file, `${text.slice(0, from + start.length)}\n${report}${text.slice(to)}`);
}

const began = Date.now();
log(`building the bench page (sizes: ${sizes.join(', ')}; ${runs} runs)`);
const pageDir = await buildPage();
const server = await serve(pageDir);
const browser = await chromium.launch({
  executablePath: requireChrome(),
  headless: true,
  // Uncapped frames: without these, headless Chromium paints at 60 Hz and two rAFs take ≥ 33 ms.
  args: [...chromeArgs, '--enable-precise-memory-info', '--js-flags=--expose-gc', '--disable-gpu-vsync', '--disable-frame-rate-limit'],
});
const results = [];
const browserVersion = browser.version();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => window.bench?.ready === true, null, { timeout: 30_000 });
  for (const name of datasets) {
    const at = Date.now();
    results.push(await page.evaluate(([dataset, count]) => window.bench.run(dataset, count), [name, runs]));
    log(`${name}: ${((Date.now() - at) / 1000).toFixed(1)} s`);
  }
  if (errors.length) log(`page errors:\n${errors.join('\n')}`);
} finally {
  await browser.close();
  server.close();
  rmSync(pageDir, { recursive: true, force: true });
}

log('measuring the bundle');
// The quick run measures the bundle only; a full run adds each define entry built alone.
const bundle = await measureBundles({ entries: !args.quick });
const run = { quick: args.quick, runs, machine: machine(browserVersion), datasets: results, bundle };
const report = markdown(run);
process.stdout.write(report);

mkdirSync(args.out, { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
writeFileSync(join(args.out, `bench-${stamp}.json`), JSON.stringify(run, null, 2));
writeFileSync(join(args.out, 'latest.json'), JSON.stringify(run, null, 2));
writeFileSync(join(args.out, 'latest.md'), report);
if (!args.quick && !args['no-docs']) updateDocs(report);
log(`done in ${((Date.now() - began) / 1000).toFixed(0)} s; results in ${args.out}${!args.quick && !args['no-docs'] ? ' and docs/benchmarks.md' : ''}`);
