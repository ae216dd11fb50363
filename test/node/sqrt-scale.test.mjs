// The map's inlined square-root scale (flow stroke widths) stays equal to d3-scale's scaleSqrt.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scaleSqrt } from 'd3-scale';
import { importTs } from './ts.mjs';

const { sqrtScale } = await importTs('src/mobility-map/mobility-map-paths.ts');

test("sqrtScale equals d3's scaleSqrt on flow-like domains", () => {
  for (const max of [2, 3, 7, 40, 1000, 22000]) {
    const ours = sqrtScale([1, max], [1.5, 9]);
    const d3 = scaleSqrt().domain([1, max]).range([1.5, 9]);
    for (const value of [1, 2, max / 3, max / 2, max - 1, max]) {
      assert.ok(Math.abs(ours(value) - d3(value)) < 1e-9, `max ${max}, value ${value}: ${ours(value)} vs ${d3(value)}`);
    }
  }
});
