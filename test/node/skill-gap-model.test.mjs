// <skill-gap>'s model and slider keys in plain Node: what it shows for its inputs, and the what-if.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { importTs } from './ts.mjs';

const { gapModel, whatIfWithLevel } = await importTs('src/skill-gap/skill-gap-model.ts');
const { stepForKey } = await importTs('src/skill-gap/level-slider.ts');
const { FrameworkIndex } = await importTs('src/model/framework-index.ts');

const acme = JSON.parse(readFileSync(new URL('../../src/examples/acme.json', import.meta.url), 'utf8'));
const index = new FrameworkIndex(acme);

test('slider keys move one step, Home and End to the ends, clamped; other keys do nothing', () => {
  assert.equal(stepForKey('ArrowRight', 2, 6), 3);
  assert.equal(stepForKey('PageUp', 2, 6), 3);
  assert.equal(stepForKey('ArrowDown', 2, 6), 1);
  assert.equal(stepForKey('ArrowLeft', 0, 6), 0);
  assert.equal(stepForKey('ArrowUp', 5, 6), 5);
  assert.equal(stepForKey('Home', 3, 6), 0);
  assert.equal(stepForKey('End', 3, 6), 5);
  assert.equal(stepForKey('Enter', 3, 6), undefined);
  assert.equal(stepForKey('End', 0, 0), undefined);
});

test('without a target the model asks for one; unknown roles and focus areas are problems with paths', () => {
  assert.deepEqual(gapModel(index, { role: 'data-analyst-2' }), { kind: 'empty' });
  const bad = gapModel(index, { role: 'nobody', target: 'ml-engineer-3', focus: 'nope' });
  assert.equal(bad.kind, 'message');
  assert.deepEqual(bad.problems.map((p) => p.path), ['current-role', 'focus']);
  const none = gapModel(index, { target: 'ml-engineer-3' });
  assert.deepEqual(none.problems.map((p) => p.code), ['no-person']);
});

test('a what-if starts from the role, keeps the row order, and ends when the target changes', () => {
  const inputs = { role: 'data-analyst-2', target: 'ml-engineer-3' };
  const model = gapModel(index, inputs);
  assert.equal(model.kind, 'ready');
  assert.equal(model.whatIf, false);
  const order = model.view.rows.map((r) => r.skill);
  const session = whatIfWithLevel(index, model, inputs, undefined, 'mlops', 3);
  assert.equal(session.profile.skills.find((s) => s.skill === 'mlops').level, 3);
  assert.equal(whatIfWithLevel(index, model, inputs, undefined, 'mlops', 0), undefined, 'mlops is at 0 already: nothing changes');
  const after = gapModel(index, inputs, session);
  assert.equal(after.whatIf, true);
  assert.deepEqual(after.view.rows.map((r) => r.skill), order, 'the changed row does not jump away');
  assert.equal(after.view.rows[0].was.label, 'None');
  assert.equal(gapModel(index, { ...inputs, target: 'bi-developer-3' }, session).whatIf, false);
});
