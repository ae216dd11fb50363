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
  assert.match(out, /acme\.json: valid — 0 errors/);
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
  assert.match(out, /5 roles, 1 families, 3 levels/);
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
