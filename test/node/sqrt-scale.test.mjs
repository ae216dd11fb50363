// The map's inlined square-root scale (circle radii and flow stroke widths) stays equal to d3-scale's scaleSqrt.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scaleSqrt } from 'd3-scale';
import { importTs } from './ts.mjs';

const { sqrtScale } = await importTs('src/mobility-map/sqrt-scale.ts');

test('sqrtScale equals d3 scaleSqrt, with and without clamping, and for a one-point domain', () => {
  for (const [domain, range] of [[[1, 2], [1.5, 9]], [[1, 412], [16, 44]], [[1, 37], [1, 7]], [[4, 4], [2, 8]], [[1, 22000], [1.5, 9]]]) {
    for (const clamp of [false, true]) {
      const ours = sqrtScale(domain, range, clamp);
      const d3 = scaleSqrt().domain(domain).range(range).clamp(clamp);
      for (const value of [0, 1, 2, 3, 7, 37, 100, 412, 1000, 22000]) assert.ok(Math.abs(ours(value) - d3(value)) < 1e-9, `${domain} ${range} ${clamp} at ${value}: ${ours(value)} vs ${d3(value)}`);
    }
  }
});
