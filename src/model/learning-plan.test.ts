import { expect } from '@open-wc/testing';
import type { LearningResource } from '../format/types.js';
import { deepFreeze } from '../../test/fixtures/tiny-framework.js';
import { fallbackHours, learningPlan } from './learning-plan.js';

describe('learningPlan (greedy weighted set cover)', () => {
  // Gaps: a 2, b 2, c 1. "everything" covers all 5 steps but costs 40 h (0.125 steps/h);
  // the small courses cover 2 steps in 4 h (0.5/h) and c's own course 1 step in 10 h (0.1/h).
  const gaps = deepFreeze([
    { skill: 'a', steps: 2 },
    { skill: 'b', steps: 2 },
    { skill: 'c', steps: 1 },
  ]);
  const resources: LearningResource[] = deepFreeze([
    { id: 'everything', title: 'Everything bootcamp', kind: 'course', skills: ['a', 'b', 'c'], hours: 40 },
    { id: 'b-course', title: 'B course', kind: 'course', skills: ['b'], hours: 4 },
    { id: 'a-course', title: 'A course', kind: 'course', skills: ['a'], hours: 4 },
    { id: 'c-course', title: 'C course', kind: 'course', skills: ['c'], hours: 10 },
    { id: 'unrelated', title: 'Unrelated', kind: 'reading', skills: ['z'], hours: 1 },
  ]);

  it('picks the best gap-per-hour resource first, not the biggest, and re-scores what is left', () => {
    const plan = learningPlan(gaps, resources);
    // a-course and b-course tie on ratio and hours: id order. Then c: c-course (0.1/h) beats
    // the bootcamp, which now covers only c's 1 step for 40 h.
    expect(plan.steps.map((s) => s.resource.id)).to.deep.equal(['a-course', 'b-course', 'c-course']);
    expect(plan.totalHours).to.equal(18);
    expect(plan.steps[0].ratio).to.equal(0.5);
    expect(plan.steps[2].covers).to.deep.equal([{ skill: 'c', steps: 1 }]);
    expect(plan.coveredSteps).to.equal(5);
    expect(plan.totalSteps).to.equal(5);
    expect(plan.uncovered).to.deep.equal([]);
  });

  it('takes the big resource when it is the cheapest per gap step', () => {
    const cheapBootcamp = resources.map((r) => (r.id === 'everything' ? { ...r, hours: 8 } : r));
    expect(learningPlan(gaps, cheapBootcamp).steps.map((s) => s.resource.id)).to.deep.equal(['everything']);
  });

  it('reports gaps no resource covers, ignores met skills, and costs resources without hours at the median', () => {
    const plan = learningPlan(
      [{ skill: 'a', steps: 1 }, { skill: 'met', steps: 0 }, { skill: 'nobody', steps: 2 }],
      [{ id: 'no-hours', title: 'No hours', kind: 'mentoring', skills: ['a', 'met'] }, ...resources],
    );
    expect(plan.uncovered).to.deep.equal([{ skill: 'nobody', steps: 2 }]);
    expect(plan.totalSteps).to.equal(3);
    expect(plan.coveredSteps).to.equal(1);
    expect(fallbackHours(resources)).to.equal(4); // median of 1, 4, 4, 10, 40
    // a-course: 1 step / 4 h; no-hours: 1 step / 4 h (estimated) → tie on ratio and hours → id order.
    expect(plan.steps.map((s) => [s.resource.id, s.estimated])).to.deep.equal([['a-course', false]]);
    expect(learningPlan([], resources).steps).to.deep.equal([]);
  });
});
