// <ladder-compare>'s pure parts in plain Node: grid keys and the pay scales.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from './ts.mjs';

const { cellForKey } = await importTs('src/ladder-compare/grid-focus.ts');
const { payBar, payScales } = await importTs('src/ladder-compare/ladder-pay-scale.ts');

test('grid keys: arrows one cell, Home/End the row ends, Ctrl+Home/End the grid corners, clamped', () => {
  assert.deepEqual(cellForKey('ArrowRight', false, [1, 1], 4, 3), [1, 2]);
  assert.deepEqual(cellForKey('ArrowRight', false, [1, 2], 4, 3), [1, 2]);
  assert.deepEqual(cellForKey('ArrowUp', false, [0, 1], 4, 3), [0, 1]);
  assert.deepEqual(cellForKey('ArrowDown', false, [1, 1], 4, 3), [2, 1]);
  assert.deepEqual(cellForKey('Home', false, [2, 2], 4, 3), [2, 0]);
  assert.deepEqual(cellForKey('End', false, [2, 0], 4, 3), [2, 2]);
  assert.deepEqual(cellForKey('Home', true, [2, 2], 4, 3), [0, 0]);
  assert.deepEqual(cellForKey('End', true, [0, 0], 4, 3), [3, 2]);
  assert.equal(cellForKey('a', false, [0, 0], 4, 3), undefined);
});

const band = (currency, min, max, mid) => ({ level: 'L1', region: 'US', currency, base: { min, max, ...(mid ? { mid } : {}) } });

test('pay scales: one per currency in order of first appearance, spanning its bands', () => {
  const scales = payScales([band('USD', 50, 100), band('EUR', 10, 20), band('USD', 80, 150)]);
  assert.deepEqual([...scales.keys()], ['USD', 'EUR']);
  assert.deepEqual(scales.get('USD').domain, [50, 150]);
  assert.equal(scales.get('USD').position(100), 50);
  assert.equal(scales.get('USD').position(0), 0, 'clamped below');
  assert.equal(scales.get('USD').position(999), 100, 'clamped above');
  assert.deepEqual(payBar(band('USD', 50, 150, 75), scales.get('USD')), { min: 0, mid: 25, max: 100 });
});

test('a pay scale of one amount is widened by 10 % each side (±1 around zero)', () => {
  const one = payScales([band('USD', 100, 100)]).get('USD');
  assert.deepEqual(one.domain, [100, 100]);
  assert.equal(one.position(100), 50);
  assert.equal(one.position(90), 0);
  const zero = payScales([band('USD', 0, 0)]).get('USD');
  assert.equal(zero.position(1), 100);
});

const { diffExpectations } = await importTs('src/ladder-compare/ladder-diff.ts');

test('"new at this level" uses the level diff: a behaviour the level below states is never new, a reworded one is changed', () => {
  const below = [{ competency: 'craft', label: 'Craft', behaviours: ['Writes tests.', 'Reviews code for their team'] }];
  const here = [{ competency: 'craft', label: 'Craft', behaviours: ['writes tests', 'Reviews code for several teams', 'Designs systems'] }];
  const [craft] = diffExpectations(here, below, []);
  assert.deepEqual(craft.items.map((i) => `${i.change}:${i.isNew}`), ['same:false', 'changed:false', 'added:true']);
  const [first] = diffExpectations(here, undefined, []);
  assert.ok(first.items.every((i) => i.change === undefined && !i.isNew), 'no level below: nothing is new');
});
