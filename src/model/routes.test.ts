import { expect } from '@open-wc/testing';
import { generateFramework } from '../testing/generate-framework.js';
import { graph, type Spec } from '../testing/graph-framework.js';
import { FrameworkIndex, type CareerMove } from './framework-index.js';
import { inferMoves } from './inferred-moves.js';
import { bestRoute, findRoutes, medianMonths } from './routes.js';
import { roleGapSteps } from './skill-gap.js';

const ids = (routes: { roles: string[] }[]) => routes.map((r) => r.roles.join('>'));

describe('findRoutes', () => {
  it('ranks by fewest moves, then by the smaller total skill gap, and returns k = 3 by default', () => {
    const index = new FrameworkIndex(graph(
      [['a', 1, { x: 1 }], ['b', 2, { x: 3 }], ['c', 2, { x: 2 }], ['d', 3, { x: 3 }], ['e', 2, { x: 1 }], ['t', 3, { x: 3 }]],
      [['a', 'b'], ['a', 'c'], ['b', 't'], ['c', 't'], ['a', 'd'], ['d', 'e'], ['e', 't'], ['a', 't']],
    ));
    const { routes, reason } = findRoutes(index, 'a', 't');
    expect(reason).to.be.undefined;
    // One move first (gap 2), then the two-move routes: via c (1 + 1) ties via b (2 + 0) on gap 2 → by role ids.
    expect(ids(routes)).to.deep.equal(['a>t', 'a>b>t', 'a>c>t']);
    expect(routes.map((r) => r.totalGap)).to.deep.equal([2, 2, 2]);
    expect(routes.map((r) => r.cost)).to.deep.equal([[1, 2, 0], [2, 2, 0], [2, 2, 0]]);
    expect(ids(findRoutes(index, 'a', 't', { k: 5 }).routes)).to.deep.equal(['a>t', 'a>b>t', 'a>c>t', 'a>d>e>t']);
    expect(bestRoute(index, 'a', 't')?.roles).to.deep.equal(['a', 't']);
  });

  it('orders routes of equal cost by their role ids, whatever order the moves are declared in', () => {
    const roles: Spec[] = [['s', 1], ['m1', 2], ['m2', 2], ['m3', 2], ['t', 3]];
    const forward = findRoutes(new FrameworkIndex(graph(roles, [['s', 'm1'], ['s', 'm2'], ['s', 'm3'], ['m1', 't'], ['m2', 't'], ['m3', 't']])), 's', 't');
    const backward = findRoutes(new FrameworkIndex(graph(roles, [['s', 'm3'], ['s', 'm2'], ['s', 'm1'], ['m3', 't'], ['m2', 't'], ['m1', 't']])), 's', 't');
    expect(ids(forward.routes)).to.deep.equal(['s>m1>t', 's>m2>t', 's>m3>t']);
    expect(ids(backward.routes)).to.deep.equal(ids(forward.routes));
  });

  it('returns only simple routes through cycles in the move graph', () => {
    const index = new FrameworkIndex(graph(
      [['a', 1], ['b', 1], ['c', 1], ['t', 2]],
      [['a', 'b'], ['b', 'a'], ['b', 'c'], ['c', 'a'], ['c', 'b'], ['c', 't']],
    ));
    const { routes } = findRoutes(index, 'a', 't', { k: 10 });
    expect(ids(routes)).to.deep.equal(['a>b>c>t']);
    expect(ids(findRoutes(index, 'b', 't', { k: 10 }).routes)).to.deep.equal(['b>c>t']);
  });

  it('says why there is no route: unknown role, unreachable, or only through moves that are switched off', () => {
    const index = new FrameworkIndex(graph(
      [['a', 1], ['b', 1], ['t', 2], ['island', 3]],
      [['a', 'b'], ['b', 't'], ['t', 'a']],
    ));
    expect(findRoutes(index, 'a', 'ghost')).to.deep.equal({ routes: [], reason: 'unknown-role' });
    expect(findRoutes(index, 'a', 'island')).to.deep.equal({ routes: [], reason: 'unreachable' });
    expect(findRoutes(index, 'a', 'island', { accept: () => true }).reason).to.equal('unreachable');
    const lateralOff = findRoutes(index, 'a', 't', { accept: (move) => move.kind !== 'lateral' });
    expect(lateralOff.routes).to.deep.equal([]);
    expect(lateralOff.reason).to.equal('switched-off');
    expect(lateralOff.blocked!.route.roles).to.deep.equal(['a', 'b', 't']);
    expect(lateralOff.blocked!.switchedOff.map((m) => `${m.from}>${m.to}`)).to.deep.equal(['a>b']);
    expect(findRoutes(index, 'a', 'a').routes.map((r) => r.roles)).to.deep.equal([['a']]);
  });

  it('reaches a target only possible through an inferred move, and marks that move', () => {
    const index = new FrameworkIndex(graph(
      [['a', 2, { sql: 3, python: 3, stats: 3 }], ['twin', 2, { sql: 3, python: 3, stats: 3, ml: 2 }], ['t', 3, { ml: 3 }]],
      [['twin', 't']],
    ));
    expect(findRoutes(index, 'a', 't').reason).to.equal('unreachable');
    const inferred = inferMoves(index, 0.6);
    const { routes } = findRoutes(index, 'a', 't', { inferred });
    expect(ids(routes)).to.deep.equal(['a>twin>t']);
    expect(routes[0].moves.map((m) => ('inferred' in m ? 'inferred' : m.declared ? 'declared' : 'implied'))).to.deep.equal(['inferred', 'declared']);
    // Switching inferred moves off with `accept` makes it a switched-off route, not an unreachable one.
    expect(findRoutes(index, 'a', 't', { inferred, accept: (m) => !('inferred' in m) }).reason).to.equal('switched-off');
  });

  it('ranks by total typical months, counting a move without months at the median', () => {
    const index = new FrameworkIndex(graph(
      [['a', 1], ['b', 2], ['c', 2], ['d', 2], ['t', 3]],
      [['a', 't', { typicalMonths: 40 }], ['a', 'b', { typicalMonths: 6 }], ['b', 't', { typicalMonths: 6 }], ['a', 'c', { typicalMonths: 10 }], ['c', 't'], ['a', 'd', { typicalMonths: 30 }], ['d', 't', { typicalMonths: 1 }]],
    ));
    // Declared months 40, 6, 6, 10, 30, 1: median 8. Via b 12, via c 10 + 8 = 18, via d 31, direct 40.
    expect(ids(findRoutes(index, 'a', 't', { rankBy: 'months', k: 4 }).routes)).to.deep.equal(['a>b>t', 'a>c>t', 'a>d>t', 'a>t']);
    expect(findRoutes(index, 'a', 't', { rankBy: 'months' }).routes[1].cost).to.deep.equal([18, 2, 0]);
    expect(ids(findRoutes(index, 'a', 't').routes)[0]).to.equal('a>t');
  });

  it('ranks by pay cuts along the way in a region', () => {
    const index = new FrameworkIndex(graph(
      [['a', 2], ['down', 1], ['up', 3], ['t', 4]],
      [['a', 'down'], ['down', 't'], ['a', 'up'], ['up', 't']],
      { payBands: [1, 2, 3, 4].map((rank) => ({ level: `L${rank}`, region: 'EU', currency: 'EUR', base: { min: rank * 10, max: rank * 10 } })) },
    ));
    expect(ids(findRoutes(index, 'a', 't').routes)).to.deep.equal(['a>down>t', 'a>up>t']); // ids break the tie
    const byPay = findRoutes(index, 'a', 't', { rankBy: 'pay', region: 'EU' }).routes;
    expect(ids(byPay)).to.deep.equal(['a>up>t', 'a>down>t']);
    expect(byPay.map((r) => r.cost[0])).to.deep.equal([0, 10]);
  });

  it('finds the same k best costs as enumerating every simple path, on generated frameworks', () => {
    for (const seed of [1, 2, 3, 4]) {
      const framework = generateFramework({ roles: 14, families: 3, levels: 4, movesPerRole: 3, seed });
      const index = new FrameworkIndex(framework);
      const roleIds = framework.roles.map((r) => r.id);
      for (const from of roleIds.slice(0, 4)) {
        for (const to of roleIds.slice(-5)) {
          if (from === to) continue;
          const all = simplePaths(index, from, to).map((moves) => [moves.length, moves.reduce((sum, m) => sum + roleGapSteps(index, m.from, m.to), 0)].join());
          all.sort((a, b) => { const [x1, y1] = a.split(',').map(Number); const [x2, y2] = b.split(',').map(Number); return x1 - x2 || y1 - y2; });
          const found = findRoutes(index, from, to, { k: 6 }).routes;
          expect(found.map((r) => [r.moves.length, r.totalGap].join()), `${seed} ${from}→${to}`).to.deep.equal(all.slice(0, 6));
          for (const route of found) expect(new Set(route.roles).size).to.equal(route.roles.length);
          // By months: [months (median 12-ish for implied moves), moves, gap].
          const median = medianMonths(index);
          const byMonths = simplePaths(index, from, to)
            .map((moves) => [moves.reduce((sum, m) => sum + (m.source?.typicalMonths ?? median), 0), moves.length, moves.reduce((sum, m) => sum + roleGapSteps(index, m.from, m.to), 0)])
            .sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
          expect(findRoutes(index, from, to, { rankBy: 'months' }).routes.map((r) => r.cost), `${seed} ${from}→${to} by months`).to.deep.equal(byMonths.slice(0, 3));
        }
      }
    }
  });
});

function simplePaths(index: FrameworkIndex, from: string, to: string): CareerMove[][] {
  const out: CareerMove[][] = [];
  const walk = (at: string, visited: Set<string>, path: CareerMove[]) => {
    if (at === to) return void out.push([...path]);
    for (const move of index.movesFrom(at)) {
      if (visited.has(move.to)) continue;
      visited.add(move.to);
      path.push(move);
      walk(move.to, visited, path);
      path.pop();
      visited.delete(move.to);
    }
  };
  walk(from, new Set([from]), []);
  return out;
}
