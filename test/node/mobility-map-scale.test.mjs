// The map at scale without a DOM: the family overview, a role's neighbourhood, semantic zoom,
// framing, the keyboard walk and the announcement — pure functions tested in Node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from './ts.mjs';

const { layoutOverview, FLOW_CAP, badgeBox } = await importTs('src/mobility-map/mobility-map-overview.ts');
const { layoutNeighbourhood, orderMoves } = await importTs('src/mobility-map/mobility-map-neighbourhood.ts');
const { SceneBuilder, semanticZoom, READABLE_ZOOM } = await importTs('src/mobility-map/mobility-map-scene.ts');
const { frameTransform, readableFit, toScreen } = await importTs('src/mobility-map/mobility-map-view.ts');
const { walkStep } = await importTs('src/mobility-map/mobility-map-keys.ts');
const { movesAnnouncement } = await importTs('src/mobility-map/mobility-map-model.ts');
const { KIND_ORDER: MOVE_KINDS } = await importTs('src/mobility-map/mobility-map-neighbourhood.ts');
const { FrameworkIndex } = await importTs('src/model/framework-index.ts');
const { inferMoves } = await importTs('src/model/inferred-moves.ts');
const { generateFramework } = await importTs('src/testing/generate-framework.ts');

const index = new FrameworkIndex(generateFramework({ roles: 1000, seed: 7 }));
const size = { width: 1200, height: 720 };
const kinds = new Set(MOVE_KINDS);

test('the overview has one node per family, flows strongest first under the cap, and the rest summarised', () => {
  const overview = layoutOverview(index, index.allMoves());
  assert.equal(overview.families.length, index.framework.families.length);
  assert.ok(overview.flows.length <= FLOW_CAP);
  const counts = overview.flows.map((f) => f.count);
  assert.deepEqual(counts, [...counts].sort((a, b) => b - a));
  const drawn = counts.reduce((a, b) => a + b, 0);
  assert.equal(drawn + overview.rest.moves, overview.crossMoves);
  // Bigger families get bigger circles; names fit their cells.
  const [small, big] = [...overview.families].sort((a, b) => a.roles - b.roles).filter((_, i, all) => i === 0 || i === all.length - 1);
  assert.ok(big.r > small.r);
  for (const node of overview.families) assert.ok(node.label.width <= node.width, node.id);
  // At a 1,200 px wide map the names (13 px) stay at least 10 px.
  assert.ok((size.width / overview.width) * 13 >= 10);
});

test('flow counts sit clear of every family circle and name, cluster heading and other count', () => {
  const boxesOverlap = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  for (const seed of [1, 7, 11]) {
    for (const roles of [300, 1000, 3000]) {
      const framework = new FrameworkIndex(generateFramework({ roles, seed }));
      const overview = layoutOverview(framework, framework.allMoves());
      const boxes = overview.flows.filter((flow) => flow.badge).map((flow) => ({ flow, box: badgeBox(flow.badge) }));
      assert.ok(boxes.length >= 6, `${roles} roles, seed ${seed}: ${boxes.length} counts shown`);
      for (const [i, { flow, box }] of boxes.entries()) {
        const what = `${roles} roles, seed ${seed}: count of ${flow.from} → ${flow.to}`;
        for (const node of overview.families) {
          assert.ok(!boxesOverlap(box, node.label), `${what} on the name of ${node.id}`);
          const x = Math.max(box.x, Math.min(node.cx, box.x + box.width));
          const y = Math.max(box.y, Math.min(node.cy, box.y + box.height));
          assert.ok(Math.hypot(node.cx - x, node.cy - y) >= node.r, `${what} on the circle of ${node.id}`);
        }
        for (const cluster of overview.clusters) assert.ok(!boxesOverlap(box, cluster.label), `${what} on the heading ${cluster.name}`);
        for (const other of boxes.slice(i + 1)) assert.ok(!boxesOverlap(box, other.box), `${what} on another count`);
      }
    }
  }
});

test("a role's neighbourhood holds it and every destination once, promotions above, steps back below", () => {
  const role = index.framework.roles[300];
  const moves = index.movesFrom(role.id);
  const layout = layoutNeighbourhood(index, role.id, moves);
  const ids = layout.roles.map((n) => n.id);
  assert.deepEqual(new Set(ids), new Set([role.id, ...moves.map((m) => m.to)]));
  assert.equal(ids.length, new Set(ids).size);
  const y = (id) => layout.roles.find((n) => n.id === id).y;
  for (const move of moves) {
    if (move.kind === 'promotion') assert.ok(y(move.to) < y(role.id));
    if (move.kind === 'step-back') assert.ok(y(move.to) > y(role.id));
  }
  const ordered = orderMoves(index, moves).map((m) => m.kind);
  assert.deepEqual(ordered, [...ordered].sort((a, b) => MOVE_KINDS.indexOf(a) - MOVE_KINDS.indexOf(b)));
});

test('focus frames: the scene holds the role and its destinations readable, in place or as a neighbourhood', () => {
  const builder = new SceneBuilder();
  const role = index.framework.roles[300];
  for (const scope of [{ kind: 'overview' }, { kind: 'all' }, { kind: 'family', id: role.family }]) {
    const scene = builder.scene({ index, scope, kinds, focusId: role.id, size });
    assert.equal(scene.kind, 'map');
    const t = frameTransform(scene.frame, { k: 0.05, x: 0, y: 0 }, size, READABLE_ZOOM);
    assert.ok(t.k >= READABLE_ZOOM, `${scope.kind}: zoom ${t.k}`);
    for (const id of [role.id, ...scene.moves.map((m) => m.to)]) {
      const box = toScreen(scene.nodes.get(id), t);
      assert.ok(box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width && box.y + box.height <= size.height, `${scope.kind}: ${id}`);
    }
  }
  const framed = builder.scene({ index, scope: { kind: 'all' }, kinds, focusId: role.id, size });
  assert.equal(frameTransform(framed.frame, frameTransform(framed.frame, { k: 0.05, x: 0, y: 0 }, size, READABLE_ZOOM), size, READABLE_ZOOM), undefined, 'no move once framed');
});

test("a role's neighbourhood is laid out in the map's text setting, and mirrored on a right-to-left page", () => {
  const role = index.framework.roles[300];
  const wide = (text, size) => text.length * size; // a font twice as wide as the estimate
  const input = { index, scope: { kind: 'overview' }, kinds, focusId: role.id, size };
  const plain = new SceneBuilder().scene(input);
  assert.equal(plain.neighbourhood, true);
  const measured = new SceneBuilder().scene({ ...input, text: { font: 'wide', measure: wide } });
  const lines = (scene) => scene.layout.roles.map((node) => node.label.lines.length).reduce((a, b) => a + b, 0);
  assert.ok(lines(measured) > lines(plain), 'titles wrapped for the wider font');
  for (const node of measured.layout.roles) {
    for (const line of node.label.lines) assert.ok(wide(line, 12) <= node.width || line.endsWith('…'), `${node.id}: "${line}" fits its box`);
  }
  const rtl = new SceneBuilder().scene({ ...input, text: { font: 'rtl', rtl: true } });
  const width = plain.layout.width;
  for (const node of plain.layout.roles) {
    const mirrored = rtl.nodes.get(node.id);
    assert.equal(mirrored.x, width - node.x - node.width, `${node.id} mirrored`);
    assert.equal(mirrored.y, node.y);
  }
});

test('semantic zoom: well into the overview opens the family at the centre; well out of a family returns', () => {
  const builder = new SceneBuilder();
  const scene = builder.scene({ index, scope: { kind: 'overview' }, kinds, size });
  const family = scene.overview.families[3];
  const k = 3;
  const t = { k, x: size.width / 2 - family.cx * k, y: size.height / 2 - family.cy * k };
  assert.deepEqual(semanticZoom(scene, { kind: 'overview' }, t, 1, size, true), { kind: 'family', id: family.id });
  assert.equal(semanticZoom(scene, { kind: 'overview' }, { ...t, k: 1.5 }, 1, size, true), undefined);
  const inside = builder.scene({ index, scope: { kind: 'family', id: family.id }, kinds, size });
  assert.deepEqual(semanticZoom(inside, { kind: 'family', id: family.id }, { k: 0.4, x: 0, y: 0 }, 1, size, true), { kind: 'overview' });
  assert.equal(semanticZoom(inside, { kind: 'all' }, { k: 0.4, x: 0, y: 0 }, 1, size, false), undefined);
});

test('a tall family opens at its top at a readable zoom', () => {
  const t = readableFit({ x: 0, y: 0, width: 600, height: 3000 }, size);
  assert.ok(t.k >= READABLE_ZOOM);
  assert.equal(t.y, 12);
});

test('the keyboard walk: → from the focused role enters its moves, ↓ ↑ go through them, → reaches the destination, ← returns', () => {
  const moves = [{ from: 'a', to: 'b' }, { from: 'a', to: 'c' }];
  assert.deepEqual(walkStep('ArrowRight', { kind: 'role', id: 'a' }, 'a', moves), { kind: 'move', index: 0 });
  assert.equal(walkStep('ArrowRight', { kind: 'role', id: 'x' }, 'a', moves), undefined);
  assert.deepEqual(walkStep('ArrowDown', { kind: 'move', index: 0 }, 'a', moves), { kind: 'move', index: 1 });
  assert.deepEqual(walkStep('ArrowDown', { kind: 'move', index: 1 }, 'a', moves), { kind: 'move', index: 1 });
  assert.deepEqual(walkStep('ArrowUp', { kind: 'move', index: 0 }, 'a', moves), { kind: 'role', id: 'a' });
  assert.deepEqual(walkStep('ArrowRight', { kind: 'move', index: 1 }, 'a', moves), { kind: 'role', id: 'c' });
  assert.deepEqual(walkStep('ArrowLeft', { kind: 'move', index: 1 }, 'a', moves), { kind: 'role', id: 'a' });
});

test('the announcement counts moves by kind', () => {
  const of = (kind, n) => Array.from({ length: n }, () => ({ kind }));
  assert.equal(movesAnnouncement([...of('promotion', 6), ...of('lateral', 17), ...of('step-back', 1)]), '24 moves: 6 promotions, 17 lateral, 1 step back');
  assert.equal(movesAnnouncement(of('lateral', 1)), '1 move: 1 lateral');
  assert.equal(movesAnnouncement([]), 'No moves from here.');
});

const { sceneBounds, suggestedMoves, boundsOf } = await importTs('src/mobility-map/mobility-map-scene.ts');
const { routeBounds } = await importTs('src/mobility-map/mobility-map-scene.ts');

test('the view fits the scene: the overview, or the map with the flows under it', () => {
  const scenes = new SceneBuilder();
  const input = { index, scope: { kind: 'all' }, kinds, size };
  const map = scenes.scene(input);
  assert.deepEqual(sceneBounds(map), { x: 0, y: 0, width: map.layout.width, height: map.layout.height });
  const flows = scenes.flows(input);
  assert.equal(sceneBounds(map, flows.bottom).height, Math.max(map.layout.height, flows.bottom));
  const overview = scenes.scene({ ...input, scope: { kind: 'overview' } });
  assert.deepEqual(sceneBounds(overview, 5000), { x: 0, y: 0, width: overview.overview.width, height: overview.overview.height });
});

test('suggested moves are those of the focused role to roles the scene draws, of the kinds shown', () => {
  const scenes = new SceneBuilder();
  const inferred = scenes.inferred(index, 0.3, inferMoves);
  assert.equal(scenes.inferred(index, 0.3, inferMoves), inferred, 'memoised');
  assert.equal(scenes.inferred(index, undefined, inferMoves), undefined);
  assert.equal(scenes.inferred(index, 0.3, undefined), undefined, 'none until the route planner has loaded');
  const focus = index.framework.roles.find((role) => inferred.from(role.id).length > 1);
  assert.ok(focus, 'a role with suggested moves');
  // Not yet measured (width 0): the scene is the whole map, not the role's neighbourhood.
  const input = { index, scope: { kind: 'all' }, kinds, size: { width: 0, height: 0 }, focusId: focus.id };
  const scene = scenes.scene(input);
  const all = suggestedMoves(scene, input, inferred);
  assert.ok(all.length > 0 && all.every((move) => move.from === focus.id && scene.nodes.has(move.to)));
  const lateralOnly = { ...input, kinds: new Set(['lateral']) };
  assert.ok(suggestedMoves(scenes.scene(lateralOnly), lateralOnly, inferred).every((move) => move.kind === 'lateral'));
  assert.deepEqual(suggestedMoves(scenes.scene({ ...input, focusId: undefined }), { ...input, focusId: undefined }, inferred), []);
  assert.deepEqual(suggestedMoves(scene, input, undefined), []);
});

test("a route's bounds hold its drawn roles with a margin, and none when no role is drawn", () => {
  const nodes = new Map([['a', { x: 10, y: 20, width: 100, height: 40 }], ['b', { x: 300, y: 200, width: 100, height: 40 }]]);
  assert.deepEqual(routeBounds(['a', 'missing', 'b'], nodes, 10), { x: 0, y: 10, width: 410, height: 240 });
  assert.deepEqual(routeBounds(['a', 'b'], nodes, 10), boundsOf([...nodes.values()], 10));
  assert.equal(routeBounds(['missing'], nodes), undefined);
});

const { levelShown } = await importTs('src/mobility-map/mobility-map-scene.ts');

test('the level shown: the chosen one, else the overview above the threshold and every role below it; an unknown family falls back', () => {
  const family = index.framework.families[0].id;
  assert.deepEqual(levelShown(undefined, index, 200), { kind: 'overview' });
  assert.deepEqual(levelShown(undefined, index, 5000), { kind: 'all' });
  assert.deepEqual(levelShown({ kind: 'family', id: family }, index, 200), { kind: 'family', id: family });
  assert.deepEqual(levelShown({ kind: 'all' }, index, 200), { kind: 'all' });
  assert.deepEqual(levelShown({ kind: 'family', id: 'no-such-family' }, index, 200), { kind: 'overview' });
  assert.deepEqual(levelShown({ kind: 'family', id: 'no-such-family' }, undefined, 200), { kind: 'all' });
});
