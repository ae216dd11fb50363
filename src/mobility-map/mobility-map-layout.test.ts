import { expect } from '@open-wc/testing';
import type { Framework } from '../format/types.js';
import { FrameworkIndex } from '../model/framework-index.js';
import { generateFramework } from '../testing/generate-framework.js';
import { layoutLabels, layoutMap, neighbour, overlaps, type MapLayout } from './mobility-map-layout.js';
import { familyFlows, movePath } from './mobility-map-paths.js';
import { parseMoveKinds, searchRoles } from './mobility-map-model.js';
import { wrapText } from './text-measure.js';

const loadAcme = async () => new FrameworkIndex((await (await fetch('/src/examples/acme.json')).json()) as Framework);
const positions = (layout: MapLayout) => Object.fromEntries(layout.roles.map((node) => [node.id, [node.x, node.y]]));

describe('mobility-map layout', () => {
  let acme: FrameworkIndex;
  before(async () => {
    acme = await loadAcme();
  });

  it('places the default framework at the stored positions (snapshot)', () => {
    const layout = layoutMap(acme);
    expect([layout.width, layout.height]).to.deep.equal([1332, 528]);
    const at = positions(layout);
    expect({
      'data-analyst-1': at['data-analyst-1'],
      'data-analyst-2': at['data-analyst-2'],
      'ml-engineer-3': at['ml-engineer-3'],
      'analytics-manager-4': at['analytics-manager-4'],
      'internal-auditor-3': at['internal-auditor-3'],
      'risk-manager-4': at['risk-manager-4'],
      'people-partner-4': at['people-partner-4'],
      'head-of-product-6': at['head-of-product-6'],
    }).to.deep.equal({
      'data-analyst-1': [130, 77],
      'data-analyst-2': [180, 133],
      'ml-engineer-3': [80, 301],
      'analytics-manager-4': [282, 357],
      'internal-auditor-3': [654, 301],
      'risk-manager-4': [806, 357],
      'people-partner-4': [914, 357],
      'head-of-product-6': [1230, 469],
    });
    expect(layout.families.map((f) => [f.id, f.x, f.width, f.tracks.map((t) => t.id)])).to.deep.equal([
      ['data', 80, 296, ['ic', 'management']],
      ['engineering', 394, 196, ['ic', 'management']],
      ['risk', 604, 296, ['ic', 'management']],
      ['people', 914, 196, ['ic', 'management']],
      ['product', 1128, 196, ['ic', 'management']],
    ]);
    expect(layout.levels.map((row) => [row.id, row.y, row.height])).to.deep.equal([
      ['L1', 72, 56], ['L2', 128, 112], ['L3', 240, 112], ['L4', 352, 56], ['L5', 408, 56], ['L6', 464, 56],
    ]);
  });

  it('is deterministic: the same input gives the same layout, whatever the role order', () => {
    const framework = structuredClone(acme.framework);
    framework.roles.reverse();
    expect(positions(layoutMap(new FrameworkIndex(framework)))).to.deep.equal(positions(layoutMap(acme)));
    expect(JSON.stringify(layoutMap(acme))).to.equal(JSON.stringify(layoutMap(acme)));
  });

  it('never overlaps two labels or two roles on the default framework, flows included', () => {
    const layout = layoutMap(acme);
    const labels = [...layoutLabels(layout), ...familyFlows(layout, acme.allMoves()).flows.map((flow) => flow.label)];
    const clashes: string[] = [];
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) if (overlaps(labels[i], labels[j])) clashes.push(`${labels[i].lines} / ${labels[j].lines}`);
    }
    expect(clashes).to.deep.equal([]);
    for (const a of layout.roles) {
      for (const b of layout.roles) if (a !== b) expect(overlaps(a, b), `${a.id} overlaps ${b.id}`).to.be.false;
      // Each title fits inside its box, without truncation on the default framework.
      expect(a.label.x).to.be.at.least(a.x);
      expect(a.label.x + a.label.width).to.be.at.most(a.x + a.width);
      expect(a.label.lines.join(' ')).to.equal(a.role.title);
    }
  });

  it('aligns levels across families and puts IC and management in separate sub-columns', () => {
    const layout = layoutMap(acme);
    const node = (id: string) => layout.roles.find((r) => r.id === id)!;
    const row = (id: string) => layout.levels.find((l) => l.id === node(id).role.level)!;
    for (const id of ['data-engineer-3', 'internal-auditor-3', 'product-manager-3']) {
      expect(node(id).y).to.be.within(row(id).y, row(id).y + row(id).height);
    }
    expect(node('staff-engineer-4').y).to.equal(node('engineering-manager-4').y);
    for (const family of layout.families) {
      const [ic, management] = family.tracks;
      expect(ic.x + ic.width).to.be.below(management.x);
      for (const role of layout.roles.filter((r) => r.role.family === family.id)) {
        const column = role.role.track === 'ic' ? ic : management;
        expect(role.x).to.be.within(column.x, column.x + column.width - role.width);
      }
    }
    expect(layout.roles.filter((r) => r.role.track === 'management').every((r) => r.trackKind === 'management')).to.be.true;
  });

  it('filters families and tracks', () => {
    const data = layoutMap(acme, { families: ['data'] });
    expect(new Set(data.roles.map((r) => r.role.family))).to.deep.equal(new Set(['data']));
    expect(data.roles).to.have.length(15);
    const management = layoutMap(acme, { tracks: ['management'] });
    expect(management.roles.every((r) => r.role.track === 'management')).to.be.true;
    expect(management.families.every((f) => f.tracks.length === 1)).to.be.true;
    expect(layoutMap(acme, { families: ['nope'] }).roles).to.deep.equal([]);
  });

  it('aggregates moves into family flows instead of drawing every edge', () => {
    const layout = layoutMap(acme);
    const summary = familyFlows(layout, acme.allMoves());
    const cross = acme.allMoves().filter((m) => m.crossFamily).length;
    expect(summary.flows.reduce((sum, flow) => sum + flow.count, 0)).to.equal(cross);
    expect([...summary.within.values()].reduce((a, b) => a + b, 0)).to.equal(acme.allMoves().length - cross);
    expect(summary.flows.find((f) => f.from === 'data' && f.to === 'product')?.count).to.equal(1);
    const lateralOnly = familyFlows(layout, acme.allMoves().filter((m) => parseMoveKinds('lateral').has(m.kind)));
    expect(lateralOnly.within.get('data')).to.be.below(summary.within.get('data')!);
  });

  it('finds the nearest role by arrow direction', () => {
    const layout = layoutMap(acme);
    expect(neighbour(layout.roles, 'data-analyst-2', 'left')?.id).to.equal('ai-trainer-2');
    expect(neighbour(layout.roles, 'data-analyst-2', 'up')?.id).to.equal('data-analyst-1');
    expect(neighbour(layout.roles, 'ai-trainer-2', 'down')?.id).to.equal('bi-developer-3');
    expect(neighbour(layout.roles, 'data-analyst-2', 'right')?.id).to.equal('software-engineer-2');
    expect(neighbour(layout.roles, 'head-of-product-6', 'right')).to.be.undefined;
  });

  it('draws moves as curves between box edges and searches titles', () => {
    const path = movePath({ x: 0, y: 0, width: 100, height: 40 }, { x: 300, y: 0, width: 100, height: 40 });
    expect(path.d).to.equal('M100,40Q200,80,300,40'); // leaves a's edge, bends, ends on b's edge
    expect(searchRoles(acme.framework.roles, 'data an').map((r) => r.id)).to.deep.equal(['data-analyst-2', 'data-analyst-1', 'senior-data-analyst-3']);
    expect(searchRoles(acme.framework.roles, 'zzz')).to.deep.equal([]);
    expect(wrapText('Senior Engineering Manager', 100, 12, 3)).to.deep.equal(['Senior', 'Engineering', 'Manager']);
  });
});

describe('layout at scale', () => {
  it('lays out 3,000 roles without overlaps, quickly', () => {
    const index = new FrameworkIndex(generateFramework({ roles: 3000, families: 24, skills: 60, seed: 3 }));
    const started = performance.now();
    const layout = layoutMap(index);
    const flows = familyFlows(layout, index.allMoves());
    const elapsed = performance.now() - started;
    expect(layout.roles).to.have.length(3000);
    expect(flows.flows.length).to.be.at.most(60);
    expect(elapsed).to.be.below(1000);
    const sorted = [...layout.roles].sort((a, b) => a.x - b.x || a.y - b.y);
    for (let i = 1; i < sorted.length; i++) {
      const a = sorted[i - 1];
      const b = sorted[i];
      if (a.x === b.x) expect(b.y).to.be.at.least(a.y + a.height);
    }
  });
});
