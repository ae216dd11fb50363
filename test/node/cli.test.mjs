// The career-elements CLI, run as a user runs it: node bin/career-elements.mjs … (no build step).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'career-elements-cli-test-'));
after(() => rmSync(work, { recursive: true, force: true }));

function cli(...args) {
  const result = spawnSync(process.execPath, ['bin/career-elements.mjs', ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

test('validate: exit 0 for the default framework and a summary line', () => {
  const { code, out } = cli('validate', 'src/examples/acme.json');
  assert.equal(code, 0, out);
  assert.match(out, /acme\.json: valid — 0 errors, \d+ warnings?$/m);
});

test('validate: exit 1 and each problem as "path: message" for an invalid framework', () => {
  const broken = JSON.parse(readFileSync(join(root, 'src/examples/acme.json'), 'utf8'));
  broken.roles[0].family = 'no-such-family';
  const file = join(work, 'broken.json');
  writeFileSync(file, JSON.stringify(broken));
  const { code, out } = cli('validate', file);
  assert.equal(code, 1);
  assert.match(out, /^error +\/roles\/0\/family: unknown family "no-such-family"/m);
});

test('validate --json: the result for machines', () => {
  const { code, out } = cli('validate', 'src/examples/acme.json', '--json');
  assert.equal(code, 0);
  const result = JSON.parse(out);
  assert.equal(result.valid, true);
  assert.deepEqual(result.errors, []);
  assert.ok(Array.isArray(result.warnings));
});

test('exit 2 with a clear message for an unreadable file, an unknown format or command', () => {
  let run = cli('validate', join(work, 'missing.json'));
  assert.equal(run.code, 2);
  assert.match(run.err, /cannot read .*missing\.json: no such file/);
  run = cli('import', 'excel', 'x.xlsx');
  assert.equal(run.code, 2);
  assert.match(run.err, /unknown import format "excel"; expected one of csv, ddat, ft, snowflake/);
  run = cli('frobnicate');
  assert.equal(run.code, 2);
  assert.match(run.err, /unknown command "frobnicate"/);
  run = cli('import', 'csv', join(work, 'missing-folder', 'roles.csv'));
  assert.equal(run.code, 2);
});

test('import csv: writes a valid framework atomically and prints the report', () => {
  const output = join(work, 'framework.json');
  const { code, out } = cli('import', 'csv', 'src/import/templates', '-o', output, '--name', 'Template');
  assert.equal(code, 0, out);
  assert.match(out, /5 roles, 1 family, 3 levels/);
  assert.equal(JSON.parse(readFileSync(output, 'utf8')).name, 'Template');
  assert.deepEqual(readdirSync(work).filter((name) => name.endsWith('.tmp')), []);
  assert.equal(cli('validate', output).code, 0);
});

test('import csv: a malformed row is reported with file, line and column; nothing is written; exit 1', () => {
  const sheets = join(work, 'bad-sheets');
  rmSync(sheets, { recursive: true, force: true });
  mkdirSync(sheets, { recursive: true });
  writeFileSync(join(sheets, 'roles.csv'), 'title,family,track,level,level_rank\nA,Data,ic,L1,1\nB,Data\n');
  const output = join(work, 'not-written.json');
  const { code, out } = cli('import', 'csv', sheets, '-o', output);
  assert.equal(code, 1);
  assert.match(out, /^error +roles\.csv:3:3: the row has only 2 of the 5 columns/m);
  assert.match(out, /Nothing written/);
  assert.throws(() => readFileSync(output));
});

test('import ddat / ft / snowflake: the fixtures import with exit 0', () => {
  for (const args of [
    ['ddat', 'test/fixtures/import/ddat/roles.csv', 'test/fixtures/import/ddat/skills.csv'],
    ['ft', 'test/fixtures/import/ft/engineering.yml'],
    ['snowflake', 'test/fixtures/import/snowflake/snowflake.json'],
  ]) {
    const output = join(work, `${args[0]}.json`);
    const { code, out, err } = cli('import', ...args, '-o', output);
    assert.equal(code, 0, out + err);
    assert.equal(cli('validate', output).code, 0);
  }
});

test('validate: "1 error" in the singular', () => {
  const broken = JSON.parse(readFileSync(join(root, 'src/examples/acme.json'), 'utf8'));
  broken.roles[0].family = 'no-such-family';
  const file = join(work, 'one-error.json');
  writeFileSync(file, JSON.stringify(broken));
  const { out } = cli('validate', file);
  assert.match(out, /INVALID — 1 error, \d+ warnings?$/m);
});

/**
 * An installed package: node_modules/career-elements with the bin and the built dist/cli.js (no
 * src/), beside an old esbuild in the host project that fails on TypeScript it cannot parse and
 * leaves a mark when it is loaded at all.
 */
async function installedLayout() {
  const project = join(work, 'host-project');
  const pkg = join(project, 'node_modules/career-elements');
  mkdirSync(join(pkg, 'bin'), { recursive: true });
  mkdirSync(join(pkg, 'dist'), { recursive: true });
  writeFileSync(join(pkg, 'package.json'), readFileSync(join(root, 'package.json')));
  writeFileSync(join(pkg, 'bin/career-elements.mjs'), readFileSync(join(root, 'bin/career-elements.mjs')));
  const { bundleCli } = await import('../../bin/cli-bundle.mjs');
  await bundleCli(await import('esbuild'), join(pkg, 'dist/cli.js'));
  const esbuild = join(project, 'node_modules/esbuild');
  mkdirSync(esbuild, { recursive: true });
  writeFileSync(join(esbuild, 'package.json'), JSON.stringify({ name: 'esbuild', version: '0.14.54', main: 'index.js' }));
  writeFileSync(
    join(esbuild, 'index.js'),
    `require('fs').writeFileSync(${JSON.stringify(join(project, 'esbuild-was-loaded'))}, '');
exports.build = async () => { throw new Error('Transform failed with 1 error: Expected ";" but found "satisfies"'); };`,
  );
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'host-project', private: true }));
  return { project, pkg, run: (...args) => spawnSync(process.execPath, [join(pkg, 'bin/career-elements.mjs'), ...args], { cwd: project, encoding: 'utf8' }) };
}

test('installed: the CLI runs the built dist/cli.js and never loads the host project\'s (old) esbuild', async () => {
  const { project, run } = await installedLayout();
  writeFileSync(join(project, 'acme.json'), readFileSync(join(root, 'src/examples/acme.json')));
  const result = run('validate', 'acme.json');
  assert.equal(result.status, 0, result.stdout + result.stderr);
  assert.match(result.stdout, /acme\.json: valid — 0 errors/);
  assert.throws(() => readFileSync(join(project, 'esbuild-was-loaded')), 'the old esbuild was not loaded');
});

test('installed: a crash exits 2 with one clear line', async () => {
  const { pkg, run } = await installedLayout();
  writeFileSync(join(pkg, 'dist/cli.js'), 'export async function run() { throw new TypeError("boom"); }\n');
  let result = run('validate', 'x.json');
  assert.equal(result.status, 2);
  assert.equal(result.stderr, 'career-elements: crashed: boom\n');
  rmSync(join(pkg, 'dist/cli.js'));
  result = run('validate', 'x.json');
  assert.equal(result.status, 2);
  assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
  assert.match(result.stderr, /dist\/cli\.js is missing/);
});
