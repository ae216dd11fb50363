// <skill-gap>'s layout in plain Node: the proficiency axis, bar geometry, importance markers and the radar.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from './ts.mjs';

const { barGeometry, importanceMarker, levelAxis, trackAxis } = await importTs('src/skill-gap/skill-gap-layout.ts');
const { radarLayout, RADAR_MAX_SKILLS } = await importTs('src/skill-gap/radar-layout.ts');
const { DEFAULT_PROFICIENCY } = await importTs('src/format/types.ts');

const steps = [{ value: 0, label: 'None' }, ...DEFAULT_PROFICIENCY];
const rows = (n) => Array.from({ length: n }, (_, i) => ({ skill: `s${i}`, current: i % 3, required: 3 }));

test('the axis spaces the steps equally, centred in equal bands, and snaps positions to the nearest step', () => {
  const axis = levelAxis(steps, 600);
  assert.deepEqual(axis.ticks.map((t) => t.at), [50, 150, 250, 350, 450, 550]);
  assert.equal(axis.valueAt(0), 0);
  assert.equal(axis.valueAt(340), 3);
  assert.equal(axis.valueAt(9999), 5);
  assert.deepEqual(barGeometry({ current: 1, required: 3 }, axis), { origin: 50, current: 150, required: 350, met: false });
});

test("a track's axis is in percent of the track's width, its steps centred in equal bands as the axis header's", () => {
  const round = (x) => Math.round(x * 1e6) / 1e6;
  assert.deepEqual(trackAxis(steps).ticks.map((t) => round(t.at)), [100 / 12, 25, 125 / 3, 175 / 3, 75, 275 / 3].map(round));
  assert.deepEqual(trackAxis(steps).ticks.map((t) => round(t.at * 6)), levelAxis(steps, 600).ticks.map((t) => round(t.at)));
});

test('a value between two steps sits between them; values off the scale stay at its ends', () => {
  const axis = levelAxis([{ value: 1, label: 'a' }, { value: 3, label: 'b' }, { value: 7, label: 'c' }], 300, 0);
  assert.deepEqual(axis.ticks.map((t) => t.at), [0, 150, 300]);
  assert.equal(axis.at(2), 75);
  assert.equal(axis.at(5), 225);
  assert.equal(axis.at(-4), 0);
  assert.equal(axis.at(99), 300);
  const single = levelAxis([{ value: 2, label: 'only' }], 100);
  assert.equal(single.at(2), 50);
  assert.equal(single.at(9), 50);
});

test("the radar has one spoke per skill, clockwise from 12 o'clock", () => {
  const layout = radarLayout(rows(4), steps, 100);
  assert.equal(layout.kind, 'radar', layout.reason);
  assert.deepEqual(layout.spokes.map((s) => [Math.round(s.end.x) + 0, Math.round(s.end.y) + 0]), [[0, -100], [100, 0], [0, 100], [-100, 0]]);
  assert.deepEqual(layout.rings.map((r) => r.label), ['Awareness', 'Working', 'Practitioner', 'Advanced', 'Expert']);
  assert.ok(Math.abs(layout.spokes[1].required.x - 60) < 1e-9);
  assert.equal(layout.requiredPath, 'M0,-60L60,0L0,60L-60,0Z');
  assert.equal(layout.currentPath, 'M0,0L20,0L0,40L0,0Z');
  assert.equal(layout.valueAt(58), 3);
});

test('mirrored (right to left), the radar runs counter-clockwise: every point mirrored, label anchors kept logical', () => {
  const ltr = radarLayout(rows(5), steps, 100);
  const rtl = radarLayout(rows(5), steps, 100, true);
  const round = (p) => [Math.round(p.x * 1000) / 1000 + 0, Math.round(p.y * 1000) / 1000 + 0];
  for (const [i, spoke] of rtl.spokes.entries()) {
    const twin = ltr.spokes[i];
    assert.equal(spoke.skill, twin.skill);
    for (const key of ['end', 'label', 'current', 'required']) assert.deepEqual(round(spoke[key]), round({ x: -twin[key].x, y: twin[key].y }), `${key} of spoke ${i}`);
    assert.equal(spoke.label.anchor, twin.label.anchor);
  }
  assert.ok(rtl.spokes[1].end.x < 0, 'the second skill is left of 12 o\'clock');
  assert.deepEqual(rtl.ringLabels.map(round), ltr.ringLabels.map((p) => round({ x: -p.x, y: p.y })));
  // The pointer's projection on a mirrored spoke still measures outwards.
  const spoke = rtl.spokes[1];
  assert.ok(Math.abs(spoke.end.x * Math.sin(spoke.angle) - spoke.end.y * Math.cos(spoke.angle) - 100) < 1e-9);
});

test("the importance markers are d3-shape's diamond, circle and triangle symbols of the given area", () => {
  assert.equal(importanceMarker('core', 60), 'M0,-7.208L4.162,0L0,7.208L-4.162,0Z');
  assert.equal(importanceMarker('optional', 90), 'M5.352,0A5.352,5.352,0,1,1,-5.352,0A5.352,5.352,0,1,1,5.352,0');
  assert.equal(importanceMarker('emerging', 70), 'M0,-7.341L6.357,3.67L-6.357,3.67Z');
});

test(`the radar falls back to bars past ${RADAR_MAX_SKILLS} skills and under 3, and says why`, () => {
  assert.equal(radarLayout(rows(RADAR_MAX_SKILLS), steps, 100).kind, 'radar');
  assert.deepEqual(radarLayout(rows(RADAR_MAX_SKILLS + 1), steps, 100), {
    kind: 'fallback',
    reason: 'The radar shows at most {max} skills; this gap has {count}, so it is drawn as bars.',
    count: 17,
    min: 3,
    max: 16,
  });
  assert.equal(radarLayout(rows(2), steps, 100).kind, 'fallback');
});
