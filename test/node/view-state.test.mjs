// View state without a DOM: reading and applying fields, what is refused (and how it is reported),
// and the URL-hash entries the url-state attribute keeps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from './ts.mjs';

const { readViewState, applyViewState, propertyField, isText, isTextList, oneOf, hashEntry, withHashEntry, VIEW_STATE_VERSION } = await importTs('src/base/view-state.ts');

const element = () => {
  const host = { family: undefined, compare: 'tracks', expanded: [] };
  const fields = {
    family: propertyField(host, 'family', isText),
    compare: propertyField(host, 'compare', oneOf('tracks', 'families'), 'tracks'),
    expanded: { get: () => host.expanded, set: (v) => (host.expanded = v ?? []), valid: isTextList },
  };
  return { host, fields };
};

test('a state holds the version and the fields that differ from their defaults', () => {
  const { host, fields } = element();
  assert.deepEqual(readViewState(fields), { v: VIEW_STATE_VERSION });
  host.family = 'data';
  host.compare = 'families';
  host.expanded = ['L3'];
  assert.deepEqual(readViewState(fields), { v: 1, family: 'data', compare: 'families', expanded: ['L3'] });
  assert.equal(JSON.stringify(JSON.parse(JSON.stringify(readViewState(fields)))), JSON.stringify(readViewState(fields)), 'plain JSON');
});

test('applying a state sets its fields and returns absent ones to their defaults', () => {
  const { host, fields } = element();
  host.expanded = ['L1'];
  assert.deepEqual(applyViewState(fields, { v: 1, family: 'data', compare: 'families' }), []);
  assert.deepEqual(host, { family: 'data', compare: 'families', expanded: [] });
  assert.deepEqual(applyViewState(fields, { v: 1 }), []);
  assert.deepEqual(host, { family: undefined, compare: 'tracks', expanded: [] });
});

test('what cannot be used is ignored and reported with JSON Pointer paths, never thrown', () => {
  const { host, fields } = element();
  host.family = 'data';
  for (const bad of [null, undefined, 'v=1', 42, [], { family: 'x' }, { v: 2, family: 'x' }, { v: '1' }]) {
    const problems = applyViewState(fields, bad);
    assert.equal(problems.length, 1, JSON.stringify(bad));
    assert.match(problems[0].code, /^view-state-(type|version)$/);
    assert.equal(host.family, 'data', 'nothing applied');
  }
  // A field of the wrong type is left as it was; the others apply; an unknown field is reported.
  const problems = applyViewState(fields, { v: 1, family: 7, compare: 'families', expanded: ['L1', 3], extra: true, 'a/b': 1 });
  assert.deepEqual(problems.map((p) => [p.path, p.code]), [
    ['/extra', 'view-state-unknown'],
    ['/a~1b', 'view-state-unknown'],
    ['/family', 'view-state-invalid'],
    ['/expanded', 'view-state-invalid'],
  ]);
  assert.deepEqual(host, { family: 'data', compare: 'families', expanded: [] });
  assert.equal(applyViewState(fields, { v: 1, compare: 'everything' })[0].path, '/compare');
});

test('hash entries: one per key, other entries and plain anchors kept, values encoded', () => {
  const value = JSON.stringify({ v: 1, target: 'ml engineer & co' });
  let hash = withHashEntry('', 'career-map', value);
  assert.equal(hashEntry(hash, 'career-map'), value);
  assert.doesNotMatch(hash.slice(1), /[ "{}]/);
  hash = withHashEntry(`#top&${hash.slice(1)}`, 'ladders', '{"v":1}');
  assert.ok(hash.startsWith('#top&career-map='), hash);
  assert.equal(hashEntry(hash, 'career-map'), value);
  assert.equal(hashEntry(hash, 'ladders'), '{"v":1}');
  hash = withHashEntry(hash, 'career-map', '{"v":1}');
  assert.equal(hash.split('&').length, 3, 'replaced in place');
  assert.equal(hashEntry(hash, 'career-map'), '{"v":1}');
  assert.equal(hashEntry('#top', 'top'), undefined);
  assert.equal(hashEntry('#career-map=%E0%A4%A', 'career-map'), undefined, 'malformed: ignored');
});
