// The bundle budget: dist/career-elements.js, every element, minified + gzip (level 9) ≤ 82 kB.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BUNDLE_BUDGET, measureBundles } from '../../bench/bundle-size.mjs';

test(`dist/career-elements.js is at most ${BUNDLE_BUDGET / 1000} kB minified + gzip`, async () => {
  const { bundle } = await measureBundles({ entries: false });
  assert.ok(bundle.gzip > 1000, `the bundle was built (${bundle.gzip} bytes gzip)`);
  assert.ok(
    bundle.gzip <= BUNDLE_BUDGET,
    `dist/career-elements.js is ${(bundle.gzip / 1000).toFixed(1)} kB min+gzip, over the ${BUNDLE_BUDGET / 1000} kB budget`,
  );
});
