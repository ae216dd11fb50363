// The map's view logic without a DOM: level of detail, hit-testing, tooltip placement, revealing
// a role, keys and search — pure functions of layout, transform and size.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importTs } from './ts.mjs';

const view = await importTs('src/mobility-map/mobility-map-view.ts');
const keys = await importTs('src/mobility-map/mobility-map-keys.ts');
const { layoutMap, neighbour } = await importTs('src/mobility-map/mobility-map-layout.ts');
const { searchRoles } = await importTs('src/mobility-map/mobility-map-model.ts');
const { estimateWidth: textWidth } = await importTs('src/mobility-map/text-measure.ts');
const { FrameworkIndex } = await importTs('src/model/framework-index.ts');
const { generateFramework } = await importTs('src/testing/generate-framework.ts');

const small = layoutMap(new FrameworkIndex(generateFramework({ roles: 60, families: 4, levels: 5, skills: 10, movesPerRole: 3, seed: 3 })));
const large = layoutMap(new FrameworkIndex(generateFramework({ roles: 1000, families: 25, levels: 7, skills: 30, movesPerRole: 5, seed: 5 })));
const size = { width: 1000, height: 600 };

test('small maps draw every role; titles only once they are readable', () => {
  const far = view.levelOfDetail(small, { k: 0.2, x: 0, y: 0 }, size);
  assert.equal(far.drawn.length, small.roles.length);
  assert.equal(far.aggregated, false);
  assert.equal(far.labels, false); // 12 px × 0.2 = 2.4 px
  assert.equal(view.levelOfDetail(small, { k: 1, x: 0, y: 0 }, size).labels, true);
});

test('large maps draw only the highlighted roles when far out, and the roles in view once readable', () => {
  const ids = new Set([large.roles[0].id, large.roles[999].id]);
  const far = view.levelOfDetail(large, { k: 0.1, x: 0, y: 0 }, size, ids);
  assert.equal(far.aggregated, true);
  assert.deepEqual(far.drawn.map((n) => n.id).sort(), [...ids].sort());
  const t = { k: 1, x: -large.roles[500].x + 100, y: -large.roles[500].y + 100 };
  const near = view.levelOfDetail(large, t, size);
  assert.ok(near.labels);
  assert.ok(near.drawn.some((n) => n.id === large.roles[500].id));
  assert.ok(near.drawn.length > 5 && near.drawn.length < 300, `${near.drawn.length} roles drawn`);
  const area = view.visibleArea(t, size, 100);
  for (const node of near.drawn) assert.ok(node.x < area.x + area.width && node.x + node.width > area.x && node.y < area.y + area.height && node.y + node.height > area.y, node.id);
});

test('hit-testing finds the role under a point of the SVG at any transform, and nothing between roles', () => {
  const t = { k: 0.37, x: 25, y: -40 };
  for (const node of [large.roles[0], large.roles[321], large.roles[999]]) {
    const screen = view.toScreen(node, t);
    assert.equal(view.roleAtPoint(large, { x: screen.x + screen.width / 2, y: screen.y + screen.height / 2 }, t)?.id, node.id);
  }
  assert.equal(view.roleAtPoint(large, { x: -500, y: -500 }, t), undefined);
  const back = view.toLayout({ x: 25 + 0.37 * 10, y: -40 + 0.37 * 20 }, t);
  assert.ok(Math.abs(back.x - 10) < 1e-9 && Math.abs(back.y - 20) < 1e-9);
});

test('the hover card sits right of the role, or left of it near the right edge, never above the map', () => {
  const node = { x: 100, y: -50, width: 94, height: 46 };
  assert.deepEqual(view.tooltipPlacement(node, { k: 1, x: 0, y: 0 }, size), { left: 202, top: 0, flip: false });
  const nearEdge = view.tooltipPlacement({ ...node, x: 800, y: 40 }, { k: 1, x: 0, y: 0 }, size);
  assert.deepEqual(nearEdge, { left: 792, top: 40, flip: true });
});

test('revealing a role pans only when it is outside, and zooms in to read when asked', () => {
  const node = large.roles[700];
  const inside = { k: 1, x: -node.x + 50, y: -node.y + 50 };
  assert.equal(view.revealTransform(node, inside, size), undefined);
  const moved = view.revealTransform(node, { k: 1, x: 0, y: 0 }, size);
  const box = view.toScreen(node, moved);
  assert.ok(Math.abs(box.x + box.width / 2 - 500) < 1e-9 && Math.abs(box.y + box.height / 2 - 300) < 1e-9);
  const read = view.revealTransform(node, { k: 0.1, x: 0, y: 0 }, size, true);
  assert.equal(read.k, view.READABLE_SCALE);
  assert.ok(read.k * 12 >= view.MIN_LABEL_PX * 1.5);
  assert.equal(view.revealTransform(node, inside, { width: 0, height: 0 }), undefined);
});

test('keys on the map: arrows move, Enter and Space select, Escape clears, + − zoom by one step, 0 fits', () => {
  assert.deepEqual(keys.mapKeyAction('ArrowUp'), { type: 'move', direction: 'up' });
  assert.deepEqual(keys.mapKeyAction(' '), { type: 'select' });
  assert.deepEqual(keys.mapKeyAction('Escape'), { type: 'clear' });
  assert.deepEqual(keys.mapKeyAction('+'), { type: 'zoom', factor: keys.ZOOM_STEP });
  assert.deepEqual(keys.mapKeyAction('-'), { type: 'zoom', factor: 1 / keys.ZOOM_STEP });
  assert.deepEqual(keys.mapKeyAction('0'), { type: 'fit' });
  assert.equal(keys.mapKeyAction('a'), undefined);
});

test('keys in the search field cycle the results, pick one, close the list', () => {
  assert.deepEqual(keys.searchKeyAction('ArrowDown', 2, 3), { type: 'highlight', index: 0 });
  assert.deepEqual(keys.searchKeyAction('ArrowUp', 0, 3), { type: 'highlight', index: 2 });
  assert.deepEqual(keys.searchKeyAction('Enter', 5, 3), { type: 'pick', index: 2 });
  assert.equal(keys.searchKeyAction('Enter', 0, 0), undefined);
  assert.deepEqual(keys.searchKeyAction('Escape', 0, 0), { type: 'close' });
});

test('search ranks titles starting with the query first, ignoring case and accents', () => {
  const roles = [{ id: 'a', title: 'Senior Data Engineer' }, { id: 'b', title: 'Data Engineer' }, { id: 'c', title: 'Métadata Lead' }, { id: 'd', title: 'Designer' }];
  assert.deepEqual(searchRoles(roles, 'DATA').map((r) => r.id), ['b', 'a', 'c']);
  assert.deepEqual(searchRoles(roles, 'meta').map((r) => r.id), ['c']);
  assert.deepEqual(searchRoles(roles, '  '), []);
});

test('arrow-key neighbours move along the grid: right then left comes back', () => {
  const start = small.roles[10];
  const right = neighbour(small.roles, start.id, 'right');
  assert.ok(right && right.x > start.x);
  assert.equal(neighbour(small.roles, right.id, 'left')?.id, start.id);
});

test('role titles are never cut inside a word that fits the box, so what shows is part of the accessible name', () => {
  for (const node of large.roles) {
    const words = new Set(node.role.title.split(/\s+/));
    if ([...words].some((word) => textWidth(word, 12) > node.width)) continue;
    for (const line of node.label.lines) {
      const shown = line.endsWith('…') ? line.slice(0, -1) : line;
      for (const word of shown.split(' ')) assert.ok(words.has(word), `${node.role.title}: "${line}"`);
    }
  }
});

test("role boxes widen to hold a title's longest word whole (up to a cap), so no word is cut", () => {
  const framework = generateFramework({ roles: 30, families: 2, levels: 3, skills: 5, movesPerRole: 2, seed: 9 });
  const font = (text, size) => text.length * size * 0.62; // 'Communications' is then 104 units; boxes are 94
  const titled = (title) => ({ ...framework, roles: [{ ...framework.roles[0], title }, ...framework.roles.slice(1)] });
  const layout = layoutMap(new FrameworkIndex(titled('Communications Analyst Level 3')), { measure: font });
  const node = layout.roles.find((n) => n.id === framework.roles[0].id);
  assert.ok(node.width >= font('Communications', 12), `box ${node.width}`);
  assert.equal(node.label.lines[0], 'Communications');
  assert.ok(node.label.lines.every((line) => !line.endsWith('…')), node.label.lines.join(' / '));
  assert.ok(layout.roles.every((n) => n.width === node.width), 'one width for every box of a layout');
  // Short words keep the usual width; an absurd word is capped (and cut with an ellipsis).
  assert.equal(layoutMap(new FrameworkIndex(framework), { measure: font }).roles[0].width, 94);
  const absurd = layoutMap(new FrameworkIndex(titled(`${'x'.repeat(300)} Analyst`)), { measure: font });
  assert.ok(absurd.roles[0].width <= 126);
});
