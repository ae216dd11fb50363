import { expect } from '@open-wc/testing';
import { deepFreeze } from '../../test/fixtures/tiny-framework.js';
import type { Framework } from '../format/types.js';
import { graph } from '../testing/graph-framework.js';
import { FrameworkIndex } from './framework-index.js';
import { inferMoves } from './inferred-moves.js';
import { routeTotals } from './route-totals.js';
import { findRoutes } from './routes.js';

function framework(): Framework {
  const base = graph(
    [['s', 1, { sql: 1 }], ['m', 2, { sql: 3, py: 1 }], ['t', 3, { sql: 2, py: 3, ml: 2 }]],
    [
      ['s', 'm', { requirements: [{ label: 'SQL certificate', kind: 'certification' }], typicalMonths: 12 }],
      ['m', 't', { requirements: [{ label: 'SQL certificate', kind: 'certification' }, { label: 'A shipped model', kind: 'experience' }] }],
    ],
    {
      payBands: [
        { level: 'L1', region: 'EU', currency: 'EUR', base: { min: 10, max: 10 } },
        { level: 'L2', region: 'EU', currency: 'EUR', base: { min: 5, max: 5 } },
        { level: 'L3', region: 'EU', currency: 'EUR', base: { min: 30, max: 30 } },
      ],
      learning: [
        { id: 'sql-course', title: 'SQL', kind: 'course', skills: ['sql'], hours: 10 },
        { id: 'py-ml', title: 'Python for ML', kind: 'course', skills: ['py', 'ml'], hours: 20 },
        { id: 'ml-book', title: 'ML book', kind: 'reading', skills: ['ml'], hours: 50 },
      ],
      competencies: [{
        id: 'impact', label: 'Impact',
        expectations: [
          { level: 'L1', behaviours: ['Does tasks'] },
          { level: 'L2', behaviours: ['Owns work'] },
          { level: 'L3', behaviours: ['Owns work', 'Leads others'] },
          { level: 'L3', track: 'other-track', behaviours: ['Not for this track'] },
        ],
      }],
    },
  );
  base.roles[1].entryRequirements = ['Portfolio review'];
  return deepFreeze(base);
}

describe('routeTotals', () => {
  it('totals a route: skills once at their highest level, requirements, certifications, learning, months, pay, competencies', () => {
    const index = new FrameworkIndex(framework());
    const [route] = findRoutes(index, 's', 't').routes;
    const totals = routeTotals(index, route);
    expect(totals.moves).to.equal(2);
    expect(totals.inferredMoves).to.equal(0);
    // sql: 1 → 3 (m asks 3, t only 2: counted once at 3); py 0 → 3; ml 0 → 2.
    expect(totals.skills).to.deep.equal([
      { skill: 'py', current: 0, required: 3, steps: 3, at: 't' },
      { skill: 'ml', current: 0, required: 2, steps: 2, at: 't' },
      { skill: 'sql', current: 1, required: 3, steps: 2, at: 'm' },
    ]);
    expect(totals.skillSteps).to.equal(7);
    expect(totals.requirements).to.deep.equal([
      { label: 'SQL certificate', kind: 'certification', at: 'm' },
      { label: 'Portfolio review', kind: 'other', at: 'm' },
      { label: 'A shipped model', kind: 'experience', at: 't' },
    ]);
    expect(totals.certifications).to.equal(1);
    // Greedy cover: Python for ML (5 steps / 20 h), then SQL (2 / 10 h); the ML book is not needed.
    expect(totals.learning.steps.map((s) => s.resource.id)).to.deep.equal(['py-ml', 'sql-course']);
    expect(totals.learning.totalHours).to.equal(30);
    expect([totals.months, totals.monthsUnknown]).to.deep.equal([12, 1]);
    expect(totals.region).to.equal('EU');
    expect(totals.pay).to.include({ currency: 'EUR', delta: 20, ratio: 2 });
    expect(totals.payCuts).to.equal(1);
    expect(totals.competencies).to.deep.equal([{ competency: 'impact', label: 'Impact', added: ['Owns work', 'Leads others'], changed: [] }]);
  });

  it('measures skills from a profile when given, and counts inferred moves', () => {
    const index = new FrameworkIndex(framework());
    const [route] = findRoutes(index, 's', 't').routes;
    const totals = routeTotals(index, route, { profile: { skills: [{ skill: 'sql', level: 4 }, { skill: 'py', level: 2 }] } });
    expect(totals.skills.map((s) => [s.skill, s.current, s.required])).to.deep.equal([['ml', 0, 2], ['py', 2, 3]]);

    const twins = new FrameworkIndex(graph([['a', 2, { sql: 3 }], ['b', 2, { sql: 3, py: 1 }]], []));
    const [viaInferred] = findRoutes(twins, 'a', 'b', { inferred: inferMoves(twins, 0.5) }).routes;
    const inferredTotals = routeTotals(twins, viaInferred);
    expect([inferredTotals.inferredMoves, inferredTotals.months, inferredTotals.monthsUnknown, inferredTotals.pay, inferredTotals.region]).to.deep.equal([1, 0, 1, undefined, undefined]);
    expect(inferredTotals.learning.uncovered).to.deep.equal([{ skill: 'py', steps: 1 }]);
  });

  it('is empty for the one-role route', () => {
    const index = new FrameworkIndex(framework());
    const totals = routeTotals(index, findRoutes(index, 't', 't').routes[0]);
    expect([totals.moves, totals.skills.length, totals.competencies.length, totals.learning.totalHours, totals.pay]).to.deep.equal([0, 0, 0, 0, undefined]);
  });
});
