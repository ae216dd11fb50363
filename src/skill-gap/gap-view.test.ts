import { expect } from '@open-wc/testing';
import type { Framework, Profile } from '../format/types.js';
import { FrameworkIndex } from '../model/framework-index.js';
import { deepFreeze } from '../../test/fixtures/tiny-framework.js';
import { gapView, levelSteps, rowSentence, sourceConflicts, withRating } from './gap-view.js';

let acme: Framework;
before(async () => {
  acme = deepFreeze(await (await fetch('/src/examples/acme.json')).json());
});

describe('gapView on the default framework', () => {
  it('gives Data Analyst → ML Engineer gap values, ordered by gap then importance, grouped by category', () => {
    const view = gapView(new FrameworkIndex(acme), 'data-analyst-2', 'ml-engineer-3');
    expect(view.rows.map((r) => `${r.skill}:${r.current}->${r.required}=${r.gap}`)).to.deep.equal([
      'mlops:0->3=3',
      'ml-modelling:0->2=2',
      'python:1->3=2',
      'software-design:0->2=2',
      'cloud-platforms:0->2=2',
      'data-pipelines:0->2=2',
      'llm-evaluation:1->2=1',
    ]);
    expect(view.groups.map((g) => `${g.category}:${g.gap}`)).to.deep.equal(['Technical:14']);
    expect(rowSentence(view.rows[2])).to.equal('Python: current Awareness, required Practitioner, gap 2');
    expect(view.rows[0].currentLabel).to.equal('None');
    expect(view.strengths.map((s) => s.skill)).to.deep.equal(['sql', 'data-storytelling', 'data-visualisation', 'problem-framing', 'stakeholder-management', 'statistics']);
  });

  it('computes readiness as the weighted share of required proficiency reached', () => {
    const view = gapView(new FrameworkIndex(acme), 'data-analyst-2', 'ml-engineer-3');
    // core (×3): ml 0/2, mlops 0/3, python 1/3, software 0/2 → 3 of 30;
    // optional (×1): cloud 0/2, pipelines 0/2 → 0 of 4; emerging (×2): llm 1/2 → 2 of 4.
    expect(view.result.readiness).to.be.closeTo(5 / 38, 1e-12);
    expect(view.result.breakdown).to.deep.equal({
      core: { required: 4, met: 0 },
      optional: { required: 2, met: 0 },
      emerging: { required: 1, met: 0 },
    });
  });

  it('adds a focus area and orders groups by their total gap', () => {
    const view = gapView(new FrameworkIndex(acme), 'data-analyst-2', 'people-partner-4', { focus: 'dei' });
    expect(view.rows.some((r) => r.skill === 'dei-practice' && r.required === 3)).to.equal(true);
    const gaps = view.groups.map((g) => g.gap);
    expect(gaps).to.deep.equal([...gaps].sort((a, b) => b - a));
    expect(view.groups[0].category).to.equal('People');
  });

  it('keeps a given row order during a what-if and marks what changed', () => {
    const index = new FrameworkIndex(acme);
    const baseline = deepFreeze({ skills: [{ skill: 'python', level: 1, source: 'self' as const }] });
    const before = gapView(index, baseline, 'ml-engineer-3');
    const changed = withRating(baseline, 'mlops', 3);
    const after = gapView(index, changed, 'ml-engineer-3', { baseline, order: before.rows.map((r) => r.skill) });
    expect(after.rows.map((r) => r.skill)).to.deep.equal(before.rows.map((r) => r.skill));
    expect(after.rows[0]).to.include({ skill: 'mlops', current: 3, gap: 0 });
    expect(after.rows[0].was).to.deep.equal({ level: 0, label: 'None' });
    expect(after.rows.filter((r) => r.was).length).to.equal(1);
  });
});

describe('profile helpers', () => {
  const steps = levelSteps(new FrameworkIndex(deepFreeze({ ...({} as Framework), format: 'career-framework/1', id: 'x', name: 'x', levels: [], tracks: [], families: [], roles: [] })));

  it('flags self and manager ratings two or more steps apart', () => {
    const profile: Profile = {
      skills: [
        { skill: 'sql', level: 4, source: 'self' },
        { skill: 'sql', level: 2, source: 'manager' },
        { skill: 'python', level: 3, source: 'self' },
        { skill: 'python', level: 2, source: 'manager' },
        { skill: 'stats', level: 1, source: 'self' },
        { skill: 'stats', level: 4, source: 'certified' },
      ],
    };
    expect([...sourceConflicts(profile, steps)]).to.deep.equal([['sql', { self: 4, manager: 2, steps: 2 }]]);
  });

  it('withRating returns a new profile and never mutates the input', () => {
    const profile = deepFreeze<Profile>({ name: 'Ana', skills: [{ skill: 'sql', level: 2, source: 'self' }, { skill: 'sql', level: 4, source: 'manager' }, { skill: 'python', level: 1 }] });
    const raised = withRating(profile, 'sql', 3);
    expect(raised).to.not.equal(profile);
    expect(raised).to.deep.equal({ name: 'Ana', skills: [{ skill: 'python', level: 1 }, { skill: 'sql', level: 3 }] });
    expect(withRating(profile, 'python', 0).skills.map((s) => s.skill)).to.deep.equal(['sql', 'sql']);
    expect(profile.skills).to.have.length(3);
  });
});
