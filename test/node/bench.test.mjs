// The quick bench runs end to end and writes its table and JSON. No timing is asserted: the
// machine is shared and noisy; `npm run bench` is where the numbers are read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const root = new URL('../../', import.meta.url).pathname;

test('npm run bench -- --quick prints the targets table and writes the JSON', { timeout: 320_000 }, async () => {
  const out = mkdtempSync(join(tmpdir(), 'career-bench-test-'));
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [join(root, 'bench/run.mjs'), '--quick', '--out', out], { cwd: root, timeout: 300_000 });
    assert.match(stdout, /### Targets/);
    assert.match(stdout, /\| `<mobility-map>` first render, 1,000 roles/);
    assert.match(stdout, /\| `dist\/career-elements\.js`, all elements, min \+ gzip \| ≤ [\d.]+ kB \| [\d.]+ kB/);
    assert.match(stdout, /floor: JSON\.parse of the framework text \| [\d.]+ ms/);
    const run = JSON.parse(readFileSync(join(out, 'latest.json'), 'utf8'));
    assert.deepEqual(run.datasets.map((d) => d.name), ['default', '100']);
    for (const dataset of run.datasets) {
      for (const metric of ['floor.parse', 'floor.frame', 'model.build', 'model.route', 'peer.render', 'peer.zoom', 'peer.pan']) {
        assert.equal(dataset.samples[metric]?.length, run.runs, `${dataset.name}: ${metric}`);
      }
      for (const tag of ['mobility-map', 'ladder-compare', 'skill-gap']) {
        const key = { 'mobility-map': 'map.render', 'ladder-compare': 'ladder.render', 'skill-gap': 'gap.render' }[tag];
        assert.equal(dataset.notBuilt.includes(tag), dataset.samples[key] === undefined, `${tag} is either measured or reported as not built`);
      }
      assert.deepEqual(dataset.notes.filter((note) => /instead of its chart/.test(note)), [], 'no element showed an error panel');
    }
    assert.ok(run.bundle.bundle.gzip > 0);
    assert.equal(readFileSync(join(out, 'latest.md'), 'utf8'), stdout);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
