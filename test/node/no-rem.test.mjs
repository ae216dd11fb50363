// Host isolation: sizes inside the elements follow --career-font-size (em, px), never the host
// page's root font size (rem). A page with `html { font-size: 30px }` must not resize the kit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const src = new URL('../../src/', import.meta.url).pathname;
const files = readdirSync(src, { recursive: true }).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

test('no rem units in the kit\'s styles', () => {
  const found = [];
  for (const file of files) {
    readFileSync(join(src, file), 'utf8').split('\n').forEach((line, i) => {
      if (/(^|[^\w-])\d*\.?\d+rem\b/.test(line.replace(/\/\/.*$|^\s*\*.*$/g, ''))) found.push(`src/${file}:${i + 1}: ${line.trim()}`);
    });
  }
  assert.deepEqual(found, []);
});
