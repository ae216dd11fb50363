import { expect } from '@open-wc/testing';
import { FrameworkIndex } from '../src/model/framework-index.js';
import { bestRoute } from '../src/model/routes.js';
import { skillGap, profileFromRole } from '../src/model/skill-gap.js';
import { payChange, midpoint } from '../src/model/pay.js';
import { deepFreeze, tinyFramework } from './fixtures/tiny-framework.js';

const index = () => new FrameworkIndex(deepFreeze(tinyFramework()));
const summary = (moves: readonly { from: string; to: string; kind: string; crossFamily: boolean; trackSwitch: boolean; declared: boolean }[]) =>
  moves.map((m) => `${m.from}>${m.to}:${m.kind}${m.crossFamily ? '+family' : ''}${m.trackSwitch ? '+track' : ''}${m.declared ? '' : ' (implied)'}`);

describe('FrameworkIndex', () => {
  it('finds roles by id and by family, track and level', () => {
    const model = index();
    expect(model.role('auditor-2')?.title).to.equal('Auditor');
    expect(model.role('nobody')).to.be.undefined;
    expect(model.rolesBy({ family: 'data' }).map((r) => r.id)).to.deep.equal(['analyst-1', 'analyst-2', 'scientist-3', 'data-manager-3']);
    expect(model.rolesBy({ family: 'data', track: 'ic', level: 'L2' }).map((r) => r.id)).to.deep.equal(['analyst-2']);
    expect(model.rolesBy({ level: 'L2' }).map((r) => r.id)).to.deep.equal(['analyst-2', 'auditor-2', 'risk-analyst-2']);
  });

  it('orders each ladder by level rank', () => {
    const framework = tinyFramework();
    framework.roles.reverse();
    const model = new FrameworkIndex(framework);
    expect(model.ladder('data', 'ic').map((r) => r.id)).to.deep.equal(['analyst-1', 'analyst-2', 'scientist-3']);
    expect(model.ladders().map((l) => `${l.family.id}/${l.track.id}:${l.roles.length}`)).to.deep.equal(['data/ic:3', 'data/mgmt:1', 'risk/ic:2']);
  });

  it('classifies declared moves and adds implied promotions where a role declares none', () => {
    const model = index();
    expect(summary(model.movesFrom('analyst-2'))).to.deep.equal([
      'analyst-2>risk-analyst-2:lateral+family',
      'analyst-2>data-manager-3:promotion+track',
      'analyst-2>scientist-3:promotion (implied)',
    ]);
    expect(summary(model.movesFrom('analyst-1'))).to.deep.equal(['analyst-1>analyst-2:promotion (implied)']);
    expect(summary(model.movesTo('risk-analyst-2'))).to.deep.equal([
      'analyst-2>risk-analyst-2:lateral+family',
      'auditor-2>risk-analyst-2:lateral',
    ]);
    expect(model.movesFrom('scientist-3')).to.deep.equal([]);
  });

  it('does not imply a promotion when one is declared up the same ladder', () => {
    const framework = tinyFramework();
    framework.moves!.push({ from: 'analyst-1', to: 'scientist-3' });
    const model = new FrameworkIndex(framework);
    expect(summary(model.movesFrom('analyst-1'))).to.deep.equal(['analyst-1>scientist-3:promotion']);
  });

  it('classifies a step back', () => {
    const framework = tinyFramework();
    framework.moves!.push({ from: 'data-manager-3', to: 'analyst-2', note: 'back to IC' });
    const model = new FrameworkIndex(framework);
    const [move] = model.movesFrom('data-manager-3');
    expect(move).to.include({ kind: 'step-back', trackSwitch: true, crossFamily: false, declared: true });
    expect(move.source?.note).to.equal('back to IC');
  });

  it('picks the most specific pay band', () => {
    const model = index();
    expect(model.payBand('scientist-3', 'US')?.base).to.deep.equal({ min: 90000, max: 120000 });
    expect(model.payBand('data-manager-3', 'US')?.base.min).to.equal(100000); // family+track+level
    expect(model.payBand('auditor-2', 'US')?.base.min).to.equal(75000); // family+level
    expect(model.payBand('analyst-2', 'APAC')?.currency).to.equal('SGD');
    expect(model.payBand('analyst-2', 'EU')).to.be.undefined;
    expect(model.regions()).to.deep.equal(['US', 'APAC']);
  });

  it('reports the pay change of a move by band midpoint', () => {
    const change = payChange(index(), 'analyst-2', 'data-manager-3', 'US')!;
    expect(change.currency).to.equal('USD');
    expect(change.delta).to.equal(115000 - 80000);
    expect(change.ratio).to.be.closeTo(35000 / 80000, 1e-9);
    expect(midpoint({ min: 10, max: 20 })).to.equal(15);
    expect(payChange(index(), 'analyst-2', 'scientist-3', 'EU')).to.be.undefined;
  });
});

describe('skillGap', () => {
  it('computes per-skill gaps sorted by gap and a weighted readiness', () => {
    const model = index();
    const result = skillGap(model, { skills: [{ skill: 'sql', level: 2, source: 'self' }, { skill: 'leadership', level: 4, source: 'manager' }] }, 'risk-analyst-2');
    expect(result.rows).to.deep.equal([
      { skill: 'risk-analysis', required: 3, current: 0, gap: 3, importance: 'emerging', weight: 2 },
      { skill: 'sql', required: 1, current: 2, gap: 0, importance: 'core', weight: 3, source: 'self' },
    ]);
    // readiness = (2·0 + 3·1) / (2·3 + 3·1) = 3 / 9
    expect(result.readiness).to.be.closeTo(3 / 9, 1e-9);
    expect(result.breakdown.core).to.deep.equal({ required: 1, met: 1 });
    expect(result.breakdown.emerging).to.deep.equal({ required: 1, met: 0 });
    expect(result.strengths).to.deep.equal([{ skill: 'leadership', current: 4, source: 'manager' }]);
  });

  it('compares a role with a role and adds a focus area', () => {
    const framework = tinyFramework();
    framework.roles[2].focusAreas = [{ id: 'ml', label: 'ML', skills: [{ skill: 'python', level: 4 }, { skill: 'leadership', level: 1, importance: 'optional' }] }];
    const model = new FrameworkIndex(framework);
    const plain = skillGap(model, 'analyst-2', 'scientist-3');
    expect(plain.rows.map((r) => [r.skill, r.gap])).to.deep.equal([['python', 2], ['sql', 0]]);
    const focused = skillGap(model, 'analyst-2', 'scientist-3', { focus: 'ml' });
    expect(focused.rows.map((r) => [r.skill, r.gap])).to.deep.equal([['python', 3], ['leadership', 1], ['sql', 0]]);
    expect(profileFromRole(model, 'analyst-1')).to.deep.equal({ role: 'analyst-1', skills: [{ skill: 'sql', level: 2, source: 'inferred' }] });
  });

  it('is fully ready when every requirement is met', () => {
    expect(skillGap(index(), 'scientist-3', 'analyst-2').readiness).to.equal(1);
  });
});

describe('bestRoute', () => {
  it('finds the fewest moves, including implied promotions', () => {
    const route = bestRoute(index(), 'analyst-1', 'risk-analyst-2')!;
    expect(route.roles).to.deep.equal(['analyst-1', 'analyst-2', 'risk-analyst-2']);
    expect(route.moves.map((m) => m.declared)).to.deep.equal([false, true]);
  });

  it('breaks ties between equally short routes by the smaller total skill gap', () => {
    const framework = tinyFramework();
    // Two two-move routes from analyst-1 to data-manager-3: via analyst-2 (gap 3+3) or via auditor-2 (larger gap).
    framework.moves!.push({ from: 'analyst-1', to: 'auditor-2' }, { from: 'auditor-2', to: 'data-manager-3' });
    const route = bestRoute(new FrameworkIndex(framework), 'analyst-1', 'data-manager-3')!;
    expect(route.roles).to.deep.equal(['analyst-1', 'analyst-2', 'data-manager-3']);
    expect(route.totalGap).to.equal(2 + 3); // analyst-1→2: sql 2→3, python 0→1 (2); →manager: leadership 0→3 (3); via auditor-2 it is 2 + 5
  });

  it('returns undefined when the target cannot be reached, and one role for itself', () => {
    expect(bestRoute(index(), 'scientist-3', 'analyst-1')).to.be.undefined;
    expect(bestRoute(index(), 'analyst-1', 'analyst-1')?.roles).to.deep.equal(['analyst-1']);
    expect(bestRoute(index(), 'analyst-1', 'ghost')).to.be.undefined;
  });
});
