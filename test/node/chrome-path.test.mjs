import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { findChrome, NO_CHROME_MESSAGE } from '../chrome-path.mjs';

test('finds a browser from the candidate paths, CHROME_PATH first', () => {
  assert.equal(findChrome([process.execPath, '/usr/bin/env'], []), process.execPath);
  assert.equal(findChrome(['/no/such/chrome'], []), undefined);
});

test('without a browser the test set-up says in one line what to install, with no stack trace', () => {
  const script = `import { requireChrome } from './test/chrome-path.mjs'; requireChrome(() => undefined);`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.equal(run.status, 1);
  assert.equal(run.stderr.trim(), NO_CHROME_MESSAGE);
  assert.equal(run.stderr.trim().split('\n').length, 1);
});
