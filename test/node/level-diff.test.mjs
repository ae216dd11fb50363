// levelDiff, the model behind the ladder diff, move cards and the competency gap: hand-made levels
// with known answers for each kind of change and for family- and track-scoped expectations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from './ts.mjs';

const { levelDiff, pairBehaviours, similarity, wordDiff, roleLevelDiff, changingCompetencies, PAIRING_THRESHOLD } = await importTs('src/model/level-diff.ts');

const changed = (parts) => parts.filter((p) => p.changed).map((p) => p.text.trim());

test('a behaviour repeated word for word is same (case, spacing and a final full stop aside)', () => {
  const diffs = pairBehaviours(['Writes clear code.', 'Reviews code'], ['writes  clear code', 'Reviews code']);
  assert.deepEqual(diffs.map((d) => d.change), ['same', 'same']);
});

test('a reworded behaviour is changed, paired with its origin, with the words that changed', () => {
  const [diff] = pairBehaviours(['Reviews code for their team'], ['Reviews code for several teams']);
  assert.equal(diff.change, 'changed');
  assert.equal(diff.from, 'Reviews code for their team');
  assert.deepEqual(changed(diff.parts), ['several teams']);
  assert.deepEqual(changed(diff.fromParts), ['their team']);
  assert.equal(diff.parts.map((p) => p.text).join(''), 'Reviews code for several teams', 'the parts join back to the text');
  assert.equal(diff.similarity, (2 * 3) / (5 + 5));
});

test('a new behaviour is added and one no longer listed is dropped', () => {
  const diffs = pairBehaviours(['Fixes bugs in one service'], ['Sets the technical direction of a group']);
  assert.deepEqual(diffs.map((d) => `${d.change}:${d.text}`), ['added:Sets the technical direction of a group', 'dropped:Fixes bugs in one service']);
});

test('pairing is greedy, most similar first, each origin behaviour at most once', () => {
  const diffs = pairBehaviours(
    ['Mentors engineers in the team', 'Owns the on-call rota'],
    ['Mentors engineers across the team', 'Mentors engineers across the group', 'Owns the on-call rota'],
  );
  assert.deepEqual(diffs.map((d) => d.change), ['changed', 'added', 'same']);
  assert.equal(diffs[0].from, 'Mentors engineers in the team');
});

test('similarity is 1 for the same words in order, 0 for none in common, and below the threshold for one word in six', () => {
  assert.equal(similarity('a b c', 'A b C'), 1);
  assert.equal(similarity('a b c', 'd e f'), 0);
  assert.ok(similarity('Writes code for the team', 'Leads hiring for a department') < PAIRING_THRESHOLD);
  assert.deepEqual(changed(wordDiff('ships small features', 'ships large features').parts), ['large']);
});

/** Two levels, a family-scoped and a track-scoped expectation, and a level with none of its own. */
const framework = {
  format: 'career-framework/1',
  id: 'hand',
  name: 'Hand-made',
  levels: [
    { id: 'L1', rank: 1, label: 'One' },
    { id: 'L2', rank: 2, label: 'Two' },
    { id: 'L3', rank: 3, label: 'Three' },
  ],
  tracks: [{ id: 'ic', label: 'IC' }, { id: 'm', label: 'Manager' }],
  families: [{ id: 'eng', label: 'Engineering' }, { id: 'data', label: 'Data' }],
  competencies: [
    {
      id: 'delivery',
      label: 'Delivery',
      expectations: [
        { level: 'L1', behaviours: ['Ships small features with guidance', 'Writes tests'] },
        { level: 'L2', behaviours: ['Ships small features on their own', 'Writes tests'] },
        { level: 'L2', families: ['data'], behaviours: ['Validates data quality'] },
      ],
    },
    {
      id: 'people',
      label: 'People',
      expectations: [
        { level: 'L1', behaviours: ['Asks for feedback'] },
        { level: 'L2', track: 'm', behaviours: ['Runs one-to-ones with their reports'] },
      ],
    },
  ],
  roles: [
    { id: 'eng-1', title: 'Engineer', family: 'eng', track: 'ic', level: 'L1' },
    { id: 'mgr-2', title: 'Manager', family: 'eng', track: 'm', level: 'L2' },
  ],
};
const frozen = structuredClone(framework);

test('levelDiff per competency: same, changed with its words, added and dropped, in the scope asked for', () => {
  const diff = levelDiff(framework, { level: 'L1', family: 'eng', track: 'ic' }, { level: 'L2', family: 'eng', track: 'ic' });
  assert.equal(diff.from.label, 'One');
  const delivery = diff.competencies.find((c) => c.competency === 'delivery');
  assert.deepEqual(delivery.behaviours.map((b) => `${b.change}:${b.text}`), ['changed:Ships small features on their own', 'same:Writes tests']);
  assert.deepEqual(changed(delivery.behaviours[0].parts), ['on their own']);
  const people = diff.competencies.find((c) => c.competency === 'people');
  assert.deepEqual(people.behaviours.map((b) => b.change), ['dropped'], 'the IC track does not see the manager-only expectation');
  assert.deepEqual(diff.counts, { added: 0, changed: 1, same: 1, dropped: 1 });
  assert.deepEqual(framework, frozen, 'the framework is not mutated');
});

test('family-scoped expectations apply only in their families', () => {
  const data = levelDiff(framework, { level: 'L1', family: 'data', track: 'ic' }, { level: 'L2', family: 'data', track: 'ic' });
  assert.ok(data.competencies[0].behaviours.some((b) => b.change === 'added' && b.text === 'Validates data quality'));
  const eng = levelDiff(framework, { level: 'L1', family: 'eng' }, { level: 'L2', family: 'eng' });
  assert.ok(!eng.competencies[0].behaviours.some((b) => b.text === 'Validates data quality'));
});

test('track-scoped expectations apply on their track; a role pair reads each side in its own scope', () => {
  const diff = roleLevelDiff(framework, framework.roles[0], framework.roles[1]);
  const people = diff.competencies.find((c) => c.competency === 'people');
  assert.deepEqual(people.behaviours.map((b) => `${b.change}:${b.text}`), ['added:Runs one-to-ones with their reports', 'dropped:Asks for feedback']);
  assert.deepEqual(changingCompetencies(diff).map((c) => c.competency), ['delivery', 'people']);
});

test('a level with no expectation of its own in the scope says so', () => {
  const diff = levelDiff(framework, { level: 'L2', family: 'eng', track: 'ic' }, { level: 'L3', family: 'eng', track: 'ic' });
  assert.equal(diff.toHasNone, true);
  assert.equal(diff.fromHasNone, false);
  assert.ok(diff.competencies.every((c) => c.behaviours.every((b) => b.change === 'dropped')));
});
