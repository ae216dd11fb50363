// The bundle budget (issue 10), minified + gzip (level 9): dist/career-elements.js with every
// element ≤ 84 kB, and each element's define entry built alone, lit included, ≤ 55 kB.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BUNDLE_BUDGET, ENTRY_BUDGET, measureBundles } from '../../bench/bundle-size.mjs';

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

test(`dist/career-elements.js ≤ ${kB(BUNDLE_BUDGET)} and each define entry ≤ ${kB(ENTRY_BUDGET)}, minified + gzip`, async () => {
  const { bundle, entries } = await measureBundles();
  assert.ok(bundle.gzip > 1000, `the bundle was built (${bundle.gzip} bytes gzip)`);
  assert.ok(bundle.gzip <= BUNDLE_BUDGET, `dist/career-elements.js is ${kB(bundle.gzip)} min+gzip, over the ${kB(BUNDLE_BUDGET)} budget`);
  assert.equal(entries.length, 4, 'every element has a define entry');
  for (const { entry, gzip } of entries) {
    assert.ok(gzip > 1000, `${entry} was built`);
    assert.ok(gzip <= ENTRY_BUDGET, `${entry} alone is ${kB(gzip)} min+gzip, over the ${kB(ENTRY_BUDGET)} budget`);
  }
});
