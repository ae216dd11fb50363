import { expect } from '@open-wc/testing';
import { deepFreeze } from '../../test/fixtures/tiny-framework.js';
import { generateFramework } from '../testing/generate-framework.js';
import { graph } from '../testing/graph-framework.js';
import { FrameworkIndex } from './framework-index.js';
import { inferMoves, isInferred, skillOverlap } from './inferred-moves.js';

const SKILLS = [
  { id: 'sql', label: 'SQL' },
  { id: 'python', label: 'Python' },
  { id: 'stats', label: 'Statistics' },
  { id: 'ml', label: 'Machine learning' },
  { id: 'risk', label: 'Risk analysis' },
];
const PROFICIENCY = [
  { value: 1, label: 'Awareness' }, { value: 2, label: 'Working' }, { value: 3, label: 'Practitioner' }, { value: 4, label: 'Expert' },
];

function framework() {
  return deepFreeze(graph(
    [
      ['analyst:data', 2, { sql: 3, python: 3, stats: 3 }],
      ['scientist:research', 2, { sql: 3, python: 3, stats: 3, ml: 2 }],
      ['auditor:risk', 2, { sql: 1, risk: 3 }],
      ['lead:research', 3, { sql: 3, python: 3, stats: 3, ml: 3 }],
      ['junior:data', 1, { sql: 3, python: 3, stats: 3 }],
    ],
    [['scientist', 'analyst']],
    { skills: SKILLS, proficiency: PROFICIENCY },
  ));
}

const pairs = (moves: readonly { from: string; to: string }[]) => moves.map((m) => `${m.from}>${m.to}`).sort();

describe('skillOverlap', () => {
  it('is the weighted Jaccard of two roles’ requirements (importance weight × level)', () => {
    const index = new FrameworkIndex(framework());
    expect(skillOverlap(index, 'analyst', 'scientist')).to.be.closeTo(27 / 33, 1e-9);
    expect(skillOverlap(index, 'scientist', 'analyst')).to.equal(skillOverlap(index, 'analyst', 'scientist'));
    expect(skillOverlap(index, 'analyst', 'lead')).to.be.closeTo(27 / 36, 1e-9);
    expect(skillOverlap(index, 'analyst', 'auditor')).to.be.closeTo(3 / 36, 1e-9);
    expect(skillOverlap(index, 'analyst', 'junior')).to.equal(1);
  });
});

describe('inferMoves', () => {
  it('adds lateral and cross-family moves above the threshold, explained, and none below it', () => {
    const index = new FrameworkIndex(framework());
    const at80 = inferMoves(index, 0.8);
    expect(pairs(at80.moves)).to.deep.equal(['analyst>scientist', 'junior>scientist']);
    const [move] = at80.from('analyst');
    expect(move).to.include({ from: 'analyst', to: 'scientist', kind: 'lateral', crossFamily: true, declared: false, inferred: true });
    expect(isInferred(move)).to.equal(true);
    expect(move.similarity).to.be.closeTo(0.818, 0.001);
    expect(move.explanation).to.equal('Shares Python, SQL and Statistics at Practitioner; needs Machine learning to Working');
    expect(move.needs).to.deep.equal([{ skill: 'ml', from: 0, to: 2 }]);

    // At 0.7 the cross-family promotion to the next rank (0.75) joins; never a step back, never
    // the same family's next rank (the model implies that promotion), never a declared pair.
    const at70 = inferMoves(index, 0.7);
    expect(pairs(at70.moves)).to.deep.equal(['analyst>lead', 'analyst>scientist', 'junior>scientist']);
    expect(at70.from('analyst').map((m) => m.to)).to.deep.equal(['scientist', 'lead']); // most similar first
    expect(at70.from('analyst')[1]).to.include({ kind: 'promotion', explanation: 'Shares Python, SQL and Statistics at Practitioner; needs Machine learning to Practitioner' });
    expect(inferMoves(index, 0.9).moves).to.deep.equal([]);
    expect(inferMoves(index, Number.NaN).moves).to.deep.equal([]);
    expect(isInferred(index.movesFrom('scientist')[0])).to.equal(false);
  });

  it('explains a move that needs nothing more, and a long list with "and N more"', () => {
    const index = new FrameworkIndex(graph(
      [['a', 1, { s1: 2, s2: 2, s3: 2, s4: 2, s5: 2, s6: 1 }], ['b', 1, { s1: 2, s2: 2, s3: 2, s4: 2, s5: 2 }]],
      [],
    ));
    const [ab] = inferMoves(index, 0.5).from('a');
    expect(ab.explanation).to.equal('Shares S1, S2, S3 and S4 at Working and 1 more; needs nothing more');
    const [ba] = inferMoves(index, 0.5).from('b');
    expect(ba.explanation).to.equal('Shares S1, S2, S3 and S4 at Working and 1 more; needs S6 to Awareness');
  });

  it('finds exactly the pairs a scan over every pair finds, on generated frameworks', () => {
    for (const [roles, threshold] of [[200, 0.5], [300, 0.35], [150, 0.45]] as const) {
      const index = new FrameworkIndex(generateFramework({ roles, seed: roles }));
      const ranks = [...new Set(index.levels.map((l) => l.rank))];
      const expected: string[] = [];
      for (const a of index.framework.roles) {
        for (const b of index.framework.roles) {
          if (a === b || index.move(a.id, b.id)) continue;
          const step = ranks.indexOf(index.rank(b)) - ranks.indexOf(index.rank(a));
          if (!(step === 0 || (step === 1 && a.family !== b.family))) continue;
          if (skillOverlap(index, a.id, b.id) >= threshold) expected.push(`${a.id}>${b.id}`);
        }
      }
      const found = inferMoves(index, threshold).moves;
      expect(pairs(found), `${roles} roles at ${threshold}`).to.deep.equal(expected.sort());
      expect(found.length, `${roles} roles at ${threshold}`).to.be.greaterThan(0);
    }
  });
});
