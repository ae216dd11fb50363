import { expect } from '@open-wc/testing';
import { DEFAULT_PROFICIENCY } from '../format/types.js';
import { barGeometry, importanceMarker, levelAxis, radarLayout, RADAR_MAX_SKILLS } from './skill-gap-layout.js';

const steps = [{ value: 0, label: 'None' }, ...DEFAULT_PROFICIENCY];
const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ skill: `s${i}`, current: i % 3, required: 3 }));

describe('skill-gap layout', () => {
  it('spaces the steps equally, centred in equal bands, and snaps positions to the nearest step', () => {
    const axis = levelAxis(steps, 600);
    expect(axis.ticks.map((t) => t.at)).to.deep.equal([50, 150, 250, 350, 450, 550]);
    expect(axis.valueAt(0)).to.equal(0);
    expect(axis.valueAt(340)).to.equal(3);
    expect(axis.valueAt(9999)).to.equal(5);
    expect(barGeometry({ current: 1, required: 3 }, axis)).to.deep.equal({ origin: 50, current: 150, required: 350, met: false });
  });

  it('draws a radar with one spoke per skill, clockwise from 12 o\'clock', () => {
    const layout = radarLayout(rows(4), steps, 100);
    if (layout.kind !== 'radar') throw new Error(layout.reason);
    expect(layout.spokes.map((s) => [Math.round(s.end.x) + 0, Math.round(s.end.y) + 0])).to.deep.equal([[0, -100], [100, 0], [0, 100], [-100, 0]]);
    expect(layout.rings.map((r) => r.label)).to.deep.equal(['Awareness', 'Working', 'Practitioner', 'Advanced', 'Expert']);
    expect(layout.spokes[1].required.x).to.be.closeTo(60, 1e-9);
    expect(layout.requiredPath).to.equal('M0,-60L60,0L0,60L-60,0Z');
    expect(layout.currentPath).to.equal('M0,0L20,0L0,40L0,0Z');
    expect(layout.valueAt(58)).to.equal(3);
  });

  it('draws the importance markers as d3-shape\'s diamond, circle and triangle symbols of the given area', () => {
    expect(importanceMarker('core', 60)).to.equal('M0,-7.208L4.162,0L0,7.208L-4.162,0Z');
    expect(importanceMarker('optional', 90)).to.equal('M5.352,0A5.352,5.352,0,1,1,-5.352,0A5.352,5.352,0,1,1,5.352,0');
    expect(importanceMarker('emerging', 70)).to.equal('M0,-7.341L6.357,3.67L-6.357,3.67Z');
  });

  it(`falls back to bars past ${RADAR_MAX_SKILLS} skills and under 3, and says why`, () => {
    expect(radarLayout(rows(RADAR_MAX_SKILLS), steps, 100).kind).to.equal('radar');
    const tooMany = radarLayout(rows(RADAR_MAX_SKILLS + 1), steps, 100);
    expect(tooMany).to.deep.equal({ kind: 'fallback', reason: 'The radar shows at most 16 skills; this gap has 17, so it is drawn as bars.' });
    expect(radarLayout(rows(2), steps, 100).kind).to.equal('fallback');
  });
});
