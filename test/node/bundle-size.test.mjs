// The bundle budget (issue 10), minified + gzip (level 9): dist/career-elements.js with every
// element ≤ BUNDLE_BUDGET and each define entry built alone, lit included, ≤ ENTRY_BUDGET (issue 10: 80 and 55 kB; raised openly, see bench/bundle-size.mjs).
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
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

// d3's releases of November 2026 ship each module as one pre-bundled file, in which rollup cannot
// drop what the kit does not use (d3-shape's curves alone: ~10 kB minified). The lockfile holds the
// previous releases, which ship a file per function (package.json "overrides" holds the indirect ones).
test('the d3 modules in the bundle are split into a file per function, so unused parts are left out', () => {
  const root = new URL('../../', import.meta.url);
  const d3 = Object.keys(JSON.parse(readFileSync(new URL('package.json', root))).dependencies).filter((name) => name.startsWith('d3-'));
  const indirect = ['d3-color', 'd3-dispatch', 'd3-drag', 'd3-format', 'd3-transition'];
  for (const name of [...d3, ...indirect]) {
    const manifest = JSON.parse(readFileSync(new URL(`node_modules/${name}/package.json`, root)));
    assert.match(manifest.module ?? '', /^src\//, `${name}@${manifest.version} is one pre-bundled module (${manifest.module}): run npm ci (package-lock.json holds the release that ships src/, see docs/benchmarks.md)`);
  }
});
