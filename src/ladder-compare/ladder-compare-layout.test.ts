import { expect } from '@open-wc/testing';
import type { Framework } from '../format/types.js';
import { FrameworkIndex } from '../model/framework-index.js';
import { deepFreeze, tinyFramework } from '../../test/fixtures/tiny-framework.js';
import { alignByMap, alignByRank, sourceKeys, type CompareSource } from './ladder-align.js';
import { compareLayout, type CompareLayout } from './ladder-compare-layout.js';

const source = (framework: Framework, key = framework.id): CompareSource => ({ key, label: framework.name, index: new FrameworkIndex(deepFreeze(framework)) });

/** A second company whose levels are E1..E5, with one band in euros. */
function globex(): Framework {
  return {
    format: 'career-framework/1',
    id: 'globex',
    name: 'Globex',
    levels: [1, 2, 3, 4, 5].map((rank) => ({ id: `E${rank}`, rank, label: `Engineer ${rank}` })),
    tracks: [{ id: 'ic', label: 'IC', kind: 'ic' }],
    families: [{ id: 'data', label: 'Data' }],
    roles: [
      { id: 'g-analyst-2', title: 'Globex Analyst', family: 'data', track: 'ic', level: 'E2' },
      { id: 'g-lead-4', title: 'Globex Lead', family: 'data', track: 'ic', level: 'E4' },
    ],
    payBands: [{ level: 'E4', region: 'US', currency: 'EUR', base: { min: 80000, max: 100000 } }],
  };
}

const cell = (layout: CompareLayout, rowId: string, columnId: string) => {
  const row = layout.rows.find((r) => r.id === rowId)!;
  return row.cells.find((c) => c.column.id === columnId)!;
};
const titles = (layout: CompareLayout) => layout.rows.map((row) => `${row.id}: ${row.cells.map((c) => c.roles.map((r) => r.role.id).join('+') || '-').join(' | ')}`);

describe('ladder-compare layout', () => {
  it('puts the tracks of one family side by side, levels by rank, with empty slots', () => {
    const layout = compareLayout([source(tinyFramework())], { family: 'data', region: 'US' });
    expect(layout.columns.map((c) => c.id)).to.deep.equal(['data/ic', 'data/mgmt']);
    expect(titles(layout)).to.deep.equal(['L1: analyst-1 | -', 'L2: analyst-2 | -', 'L3: scientist-3 | data-manager-3']);
    expect(layout.contrast.one).to.equal('differs from the other track');
  });

  it('puts the families of one track side by side, and takes any list of columns', () => {
    const families = compareLayout([source(tinyFramework())], { compare: 'families', track: 'ic' });
    expect(families.columns.map((c) => c.label)).to.deep.equal(['Data', 'Risk']);
    expect(titles(families)[1]).to.equal('L2: analyst-2 | auditor-2+risk-analyst-2');
    expect(families.contrast.one).to.equal('differs from the other family');
    const custom = compareLayout([source(tinyFramework())], { columns: [{ family: 'risk', track: 'ic' }, { track: 'mgmt', label: 'All managers' }, { family: 'nope' }] });
    expect(custom.columns.map((c) => `${c.id}=${c.label}`)).to.deep.equal(['risk/ic=Risk · Individual contributor', '*/mgmt=All managers']);
    expect(custom.problems).to.deep.equal(['the framework has no family "nope"']);
  });

  it('defaults the family to the selected role and marks it', () => {
    const layout = compareLayout([source(tinyFramework())], { selectedRole: 'auditor-2' });
    expect(layout.columns[0].family?.id).to.equal('risk');
    expect(cell(layout, 'L2', 'risk/ic').roles.map((r) => `${r.role.id}:${r.isSelected}`)).to.deep.equal(['auditor-2:true', 'risk-analyst-2:false']);
  });

  it('aligns two frameworks by rank', () => {
    const sources = [source(tinyFramework()), source(globex())];
    expect(alignByRank(sources).map((r) => r.id)).to.deep.equal(['tiny:L1 globex:E1', 'tiny:L2 globex:E2', 'tiny:L3 globex:E3', 'globex:E4', 'globex:E5']);
    const layout = compareLayout(sources, { family: 'data' });
    expect(layout.columns.map((c) => c.id)).to.deep.equal(['tiny:data/ic', 'tiny:data/mgmt', 'globex:data/ic']);
    expect(layout.groups.map((g) => `${g.label}×${g.span}`)).to.deep.equal(['Tiny Co×2', 'Globex×1']);
    expect(cell(layout, 'globex:E4', 'tiny:data/ic').levels).to.deep.equal([]);
  });

  it('aligns two frameworks by a level map where one level spans several', () => {
    const sources = [source(tinyFramework()), source(globex())];
    const { rows, problems } = alignByMap(sources, [
      { tiny: ['L1'], globex: ['E1', 'E2'] },
      { tiny: ['L2'], globex: ['E3'] },
      { tiny: ['L3'], globex: ['E4', 'E5', 'E9'], acme: ['L1'] },
      { globex: ['E3'] },
    ]);
    expect(rows.map((r) => r.id)).to.deep.equal(['tiny:L1 globex:E1 globex:E2', 'tiny:L2 globex:E3', 'tiny:L3 globex:E4 globex:E5']);
    expect(problems).to.deep.equal([
      'level map row 3: "globex" has no level "E9"',
      'level map row 3 names "acme", which is none of the compared frameworks (tiny, globex)',
      'level map row 4: level "E3" of "globex" is already in row 2',
    ]);
    const layout = compareLayout(sources, { family: 'data', levelMap: [{ tiny: ['L3'], globex: ['E4', 'E5'] }] });
    // Unmapped levels get their own rows after their framework's nearest lower level.
    expect(layout.rows.map((r) => r.id)).to.deep.equal(['globex:E1', 'globex:E2', 'globex:E3', 'tiny:L1', 'tiny:L2', 'tiny:L3 globex:E4 globex:E5']);
    expect(cell(layout, 'tiny:L3 globex:E4 globex:E5', 'globex:data/ic').roles.map((r) => r.role.id)).to.deep.equal(['g-lead-4']);
  });

  it('keys two revisions of one framework by id@revision', () => {
    const a = { ...tinyFramework(), revision: '1' };
    const b = { ...tinyFramework(), revision: '2' };
    expect(sourceKeys([a, b, globex()])).to.deep.equal(['tiny@1', 'tiny@2', 'globex']);
    expect(sourceKeys([a, a])).to.deep.equal(['tiny#0', 'tiny#1']);
  });

  it('places every pay band on one shared scale per currency', () => {
    const layout = compareLayout([source(tinyFramework())], { family: 'data', region: 'US' });
    expect(layout.scales.map((s) => `${s.currency} ${s.domain.join('–')}`)).to.deep.equal(['USD 50000–130000']);
    const bar = (rowId: string, columnId: string) => cell(layout, rowId, columnId).bands[0];
    expect(bar('L1', 'data/ic').bar).to.deep.equal({ min: 0, mid: 12.5, max: 25 });
    expect(bar('L2', 'data/ic').bar).to.deep.equal({ min: 25, mid: 37.5, max: 50 });
    expect(bar('L3', 'data/mgmt').bar).to.deep.equal({ min: 62.5, mid: 81.25, max: 100 });
    expect(bar('L3', 'data/mgmt').key).to.equal('L3/mgmt/US');
    expect(bar('L1', 'data/ic').key).to.equal('L1/*/US');
  });

  it('switches region and keeps currencies on separate scales', () => {
    const apac = compareLayout([source(tinyFramework())], { family: 'data', region: 'APAC' });
    expect(apac.scales.map((s) => `${s.currency} ${s.domain.join('–')}`)).to.deep.equal(['SGD 60000–140000']);
    expect(cell(apac, 'L3', 'data/mgmt').bands[0].key).to.equal('L3/*/APAC');
    const mixed = compareLayout([source(tinyFramework()), source(globex())], { family: 'data', region: 'US' });
    expect(mixed.scales.map((s) => s.currency)).to.deep.equal(['USD', 'EUR']);
    expect(cell(mixed, 'globex:E4', 'globex:data/ic').bands[0].bar).to.deep.equal({ min: 0, mid: 50, max: 100 });
  });

  it('reports a role with no band, and a region with no bands', () => {
    const framework = tinyFramework();
    framework.payBands = framework.payBands!.filter((b) => !(b.level === 'L1' && b.region === 'APAC'));
    const layout = compareLayout([source(framework)], { family: 'data', region: 'APAC' });
    const l1 = cell(layout, 'L1', 'data/ic');
    expect(l1.bands).to.deep.equal([]);
    expect(l1.unbanded.map((r) => r.id)).to.deep.equal(['analyst-1']);
    const eu = compareLayout([source(framework)], { family: 'data', region: 'EU' });
    expect(eu.regionHasBands).to.equal(false);
    expect(eu.scales).to.deep.equal([]);
  });

  describe('on the default framework', () => {
    let acme: CompareSource;
    before(async () => {
      acme = source(await (await fetch('/src/examples/acme.json')).json());
    });

    it('marks what is new at a level and what differs from the other track', () => {
      const layout = compareLayout([acme], { family: 'data', region: 'US' });
      const ic3 = cell(layout, 'L3', 'data/ic');
      const leadership = ic3.expectations.find((g) => g.competency === 'leadership')!;
      expect(leadership.isNew, 'IC leadership is first expected at L3').to.equal(true);
      const impact = ic3.expectations.find((g) => g.competency === 'impact')!;
      expect(impact.isNew).to.equal(false);
      expect(impact.items.map((i) => `${i.text}:${i.isNew}`)).to.deep.equal([
        'Owns outcomes for a substantial piece of work end to end:true',
        'Anticipates risks and resolves them before they escalate:true',
      ]);
      expect(ic3.expectations.find((g) => g.competency === 'craft')!.items.map((i) => i.text)).to.include('Writes tested, reproducible code and queries');
      expect(cell(layout, 'L1', 'data/ic').hasLevelBelow).to.equal(false);

      const m1 = cell(layout, 'L4', 'data/management');
      const collaboration = m1.expectations.find((g) => g.competency === 'collaboration')!;
      expect(collaboration.items.map((i) => `${i.text}:${i.differs}`)).to.deep.equal(['Aligns several teams around a shared plan:false', 'Brings in the right people early:false']);
      const lead = m1.expectations.find((g) => g.competency === 'leadership')!;
      expect(lead.differs).to.equal(false);
      expect(lead.items[0]).to.deep.equal({ text: 'Hires, develops and manages the performance of a team', isNew: true, differs: true, change: 'added' });
      expect(m1.milestones[0].items.every((m) => m.isNew && m.differs)).to.equal(true);
    });

    it('shows no role for management below L4 and the family band for data IC roles', () => {
      const layout = compareLayout([acme], { family: 'data', region: 'US' });
      expect([1, 2, 3].map((n) => cell(layout, `L${n}`, 'data/management').roles.length)).to.deep.equal([0, 0, 0]);
      const ic3 = cell(layout, 'L3', 'data/ic');
      expect(ic3.bands.map((b) => `${b.key}:${b.band.family}:${b.roles.length}`)).to.deep.equal(['L3/*/US:data:4']);
      expect(ic3.trackLevelLabels).to.deep.equal(['IC3']);
    });
  });
});
