// The inlined scales of src/base/scales.ts stay equal to d3-scale's (a devDependency, for this test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scaleLinear, scalePoint, scaleSqrt } from 'd3-scale';
import { importTs } from './ts.mjs';

const { linearScale, pointScale, sqrtScale } = await importTs('src/base/scales.ts');

const close = (a, b) => (Number.isNaN(a) && Number.isNaN(b)) || Math.abs(a - b) < 1e-9;
const probes = (domain) => {
  const low = Math.min(...domain);
  const high = Math.max(...domain);
  const inside = domain.flatMap((v, i) => (i ? [v, (v + domain[i - 1]) / 2, v - (v - domain[i - 1]) / 3] : [v]));
  return [...inside, low - 10, high + 10, low - 0.001, high + 1e6];
};

test("linearScale equals d3's scaleLinear().clamp(true), two values and piecewise", () => {
  const cases = [
    [[0, 1], [0, 100]],
    [[40000, 95000], [0, 100]],
    [[95000, 40000], [0, 100]],
    [[0, 1, 2, 3, 4, 5], [0, 30, 60, 90, 120, 150]],
    [[1, 2, 4, 8], [10, 20, 25, 100]],
    [[0, 1, 2], [200, 100, 0]],
    [[3, 3], [0, 10]],
  ];
  for (const [domain, range] of cases) {
    const ours = linearScale(domain, range);
    const d3 = scaleLinear().domain(domain).range(range).clamp(true);
    for (const value of probes(domain)) assert.ok(close(ours(value), d3(value)), `${domain} → ${range} at ${value}: ${ours(value)} vs ${d3(value)}`);
  }
});

test("pointScale equals d3's scalePoint with padding", () => {
  for (const count of [1, 2, 3, 5, 9]) {
    const domain = Array.from({ length: count }, (_, i) => i * 2);
    for (const padding of [0, 0.5, 1]) {
      for (const range of [[0, 300], [20, 520], [300, 0]]) {
        const ours = pointScale(domain, range, padding);
        const d3 = scalePoint().domain(domain).range(range).padding(padding);
        for (const value of [...domain, 99]) assert.equal(ours(value) === undefined ? undefined : +ours(value).toFixed(9), d3(value) === undefined ? undefined : +d3(value).toFixed(9), `${count} values, padding ${padding}, range ${range}, at ${value}`);
      }
    }
  }
});

test("sqrtScale equals d3's scaleSqrt on flow-like domains", () => {
  for (const max of [2, 3, 7, 40, 1000, 22000]) {
    const ours = sqrtScale([1, max], [1.5, 9]);
    const d3 = scaleSqrt().domain([1, max]).range([1.5, 9]);
    for (const value of [1, 2, max / 3, max / 2, max - 1, max]) assert.ok(close(ours(value), d3(value)), `max ${max}, value ${value}`);
  }
});
