/// <reference types="vite/client" />
// The bench page: measures one dataset per call of `window.bench.run(name, runs)` and returns the
// raw samples (ms) and heap sizes (bytes); bench/run.mjs drives it and does the statistics.
// Elements whose tag is not registered are listed in `notBuilt` and their rows are skipped.

import '../../src/define.js';
import acmeText from '../../src/examples/acme.json?raw';
import { validateFramework } from '../../src/model/validate.js';
import { FrameworkIndex } from '../../src/model/framework-index.js';
import { inferMoves } from '../../src/model/inferred-moves.js';
import { bestRoute, findRoutes } from '../../src/model/routes.js';
import { generateFramework } from '../../src/testing/generate-framework.js';
import * as peer from './drivers/cytoscape-peer.js';
import * as ladder from './drivers/ladder-compare.js';
import * as map from './drivers/mobility-map.js';
import * as gap from './drivers/skill-gap.js';
import { firstRender, heapAfterGc, painted, sample, settle, shownProblem, stage, timeAnimation, timeFrame, timeSync, type Samples } from './measure.js';

/** The roles each measurement uses, chosen from the model before timing. */
interface Plan {
  start: string;
  /** The reachable role farthest (most moves) from `start`. */
  far: string;
  /** A role one move from `start`. */
  near: string;
  family: string;
  /** The role with the most moves (a focus whose destinations lie far apart). */
  busy: string;
  regions: string[];
  gapRole: string;
  gapTarget: string;
}

export interface DatasetResult {
  name: string;
  roles: number;
  moves: number;
  textBytes: number;
  routeLength: number;
  samples: Samples;
  heap: Record<string, number>;
  positions: 'mobility-map' | 'grid';
  notBuilt: string[];
  notes: string[];
}

function frameworkText(name: string): string {
  if (name === 'default') return acmeText;
  return JSON.stringify(generateFramework({ roles: Number(name), seed: 1 }));
}

function planFor(index: FrameworkIndex, name: string): Plan {
  const roles = index.framework.roles;
  const start = name === 'default' ? 'data-analyst-2' : [...roles].sort((a, b) => index.rank(a) - index.rank(b))[0].id;
  const depth = new Map([[start, 0]]);
  let far = start;
  for (let frontier = [start]; frontier.length > 0; ) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const move of index.movesFrom(id)) {
        if (depth.has(move.to)) continue;
        depth.set(move.to, depth.get(id)! + 1);
        next.push(move.to);
        far = move.to;
      }
    }
    frontier = next;
  }
  return {
    start,
    far,
    near: index.movesFrom(start)[0]?.to ?? far,
    family: index.role(start)!.family,
    busy: roles.reduce((best, role) => (index.movesFrom(role.id).length > index.movesFrom(best.id).length ? role : best)).id,
    regions: index.regions(),
    gapRole: start,
    gapTarget: name === 'default' ? 'ml-engineer-3' : far,
  };
}

const isBuilt = (tag: string) => customElements.get(tag) !== undefined;

async function run(name: string, runs: number): Promise<DatasetResult> {
  const text = frameworkText(name);
  const fresh = () => JSON.parse(text) as unknown;
  const samples: Samples = {};
  const heap: Record<string, number> = {};
  const notes: string[] = [];
  const index = new FrameworkIndex(fresh() as never);
  const plan = planFor(index, name);
  const area = stage();

  await sample(samples, 'floor.parse', runs, () => timeSync(fresh));
  // One trivial frame: a one-word text change, so the browser has something (almost nothing) to paint.
  const marker = area.appendChild(document.createElement('p'));
  await sample(samples, 'floor.frame', runs, () => timeFrame(() => (marker.textContent = String(performance.now()))));
  marker.remove();
  await sample(samples, 'model.build', runs, () => {
    const framework = fresh();
    return timeSync(() => validateFramework(framework).valid && new FrameworkIndex(framework as never));
  });
  await sample(samples, 'model.route', runs, () => timeSync(() => bestRoute(index, plan.start, plan.far)));
  await sample(samples, 'model.routes3', runs, () => timeSync(() => findRoutes(index, plan.start, plan.far, { k: 3 })));
  // Inference on a fresh index each time: the requirement maps it reads are built inside the timing.
  await sample(samples, 'model.infer', runs, () => {
    const fromScratch = new FrameworkIndex(fresh() as never);
    return timeSync(() => inferMoves(fromScratch, INFER_THRESHOLD));
  });
  if (name === '3000') await measureLargeRoutes(samples, runs);

  let positions: peer.Positions = new Map();
  if (isBuilt(map.TAG)) {
    const element = await measureMap(samples, runs, fresh, plan, area, notes);
    positions = map.rolePositions(element);
    heap['map'] = await heapOf(() => firstRender(map.TAG, {}, fresh(), area), area);
  }
  const positionSource = positions.size === index.framework.roles.length ? 'mobility-map' : 'grid';
  if (positionSource === 'grid') positions = peer.gridPositions(index);
  await measurePeer(samples, runs, index, positions, area, notes);
  heap['peer'] = await heapOf(async () => {
    const cy = peer.draw(area, peer.graphElements(new FrameworkIndex(fresh() as never), positions));
    await painted();
    return cy;
  }, area);

  if (isBuilt(ladder.TAG)) {
    const attributes = ladder.attributes(plan.family, plan.regions[0]);
    const element = await renderSamples(samples, 'ladder.render', runs, ladder.TAG, attributes, fresh, area, notes);
    const other = plan.regions[1] ?? plan.regions[0];
    await sample(samples, 'ladder.region', runs, (i) => timeFrame(() => ladder.setRegion(element, i % 2 === 0 ? other : plan.regions[0]), element));
  }
  if (isBuilt(gap.TAG)) {
    const element = await renderSamples(samples, 'gap.render', runs, gap.TAG, gap.attributes(plan.gapRole, plan.gapTarget), fresh, area, notes);
    if (!gap.whatIfStep(element)) notes.push('skill-gap: no [data-skill-id] row to change');
    await painted(element);
    await sample(samples, 'gap.whatif', runs, (i) => timeFrame(() => gap.whatIfStep(element, i % 2 !== 0), element));
  }
  area.remove();
  return {
    name,
    roles: index.framework.roles.length,
    moves: index.allMoves().length,
    textBytes: text.length,
    routeLength: (bestRoute(index, plan.start, plan.far)?.moves.length ?? 0),
    samples,
    heap,
    positions: positionSource,
    notBuilt: [map.TAG, ladder.TAG, gap.TAG].filter((tag) => !isBuilt(tag)),
    notes,
  };
}

/** The threshold the inference rows use: below the element's default 0.6, so more pairs pass and more is measured. */
const INFER_THRESHOLD = 0.5;

/** The 3 best routes on a 10,000-role framework (model only: no element renders that size here). */
async function measureLargeRoutes(samples: Samples, runs: number): Promise<void> {
  const index = new FrameworkIndex(generateFramework({ roles: 10_000, seed: 1 }));
  const plan = planFor(index, '10000');
  await sample(samples, 'model.routes3.10k', runs, () => timeSync(() => findRoutes(index, plan.start, plan.far, { k: 3 })));
}

/** First renders of a kit element. Returns the last element, left on the stage. */
async function renderSamples(
  samples: Samples,
  name: string,
  runs: number,
  tag: string,
  attributes: Record<string, string>,
  fresh: () => unknown,
  area: HTMLElement,
  notes: string[],
): Promise<HTMLElement> {
  let element!: HTMLElement;
  await sample(samples, name, runs, async () => {
    const rendered = await firstRender<HTMLElement>(tag, attributes, fresh(), area);
    element = rendered.element;
    return rendered.time;
  });
  const problem = shownProblem(element);
  if (problem) notes.push(`<${tag}> showed "${problem}" instead of its chart`);
  return element;
}

async function measureMap(samples: Samples, runs: number, fresh: () => unknown, plan: Plan, area: HTMLElement, notes: string[]): Promise<HTMLElement> {
  const element = await renderSamples(samples, 'map.render', runs, map.TAG, {}, fresh, area, notes);
  await sample(samples, 'map.focus', runs, (i) => timeFrame(() => map.focusRole(element, i % 2 === 0 ? plan.near : plan.start), element));
  // Focus with the framing move: the worst frame from the focus to the settled, framed view.
  await sample(samples, 'map.framing', runs, async (i) => {
    map.clearFocus(element);
    await settle(element);
    const { worst } = await timeAnimation(() => map.focusRole(element, i % 2 === 0 ? plan.busy : plan.start), () => map.viewTransform(element), element);
    return worst;
  });
  map.focusRole(element, plan.start);
  await painted(element);
  await sample(samples, 'map.pan', runs, async (i) => (await settle(element), timeFrame(() => map.panStep(element, i % 2 === 0 ? 40 : -40), element)));
  await sample(samples, 'map.zoom', runs, async (i) => (await settle(element), timeFrame(() => map.zoomStep(element, i % 2 === 0), element)));
  if (!map.hoverRole(element, plan.near)) notes.push(`mobility-map: role ${plan.near} is not drawn, hover not measured`);
  else {
    await sample(samples, 'map.hover', runs, async () => {
      map.unhoverRole(element, plan.near);
      await painted(element);
      return timeFrame(() => map.hoverRole(element, plan.near), element);
    });
  }
  await sample(samples, 'map.route', runs, async () => {
    map.setTarget(element, plan.near);
    await painted(element);
    return timeFrame(() => map.setTarget(element, plan.far), element);
  });
  // Semantic zoom: the overview from a family, and a step from the overview into a family.
  map.clearFocus(element);
  await sample(samples, 'map.overview', runs, async () => {
    map.showFamily(element, plan.family);
    await painted(element);
    return timeFrame(() => map.showOverview(element), element);
  });
  await sample(samples, 'map.semantic', runs, async () => {
    map.showOverview(element);
    await painted(element);
    return timeFrame(() => map.showFamily(element, plan.family), element);
  });
  return element;
}

async function measurePeer(samples: Samples, runs: number, index: FrameworkIndex, positions: peer.Positions, area: HTMLElement, notes: string[]): Promise<void> {
  let cy: ReturnType<typeof peer.draw> | undefined;
  await sample(samples, 'peer.render', runs, async () => {
    peer.destroy(cy);
    const elements = peer.graphElements(index, positions);
    await painted();
    return timeFrame(() => (cy = peer.draw(area, elements)));
  });
  const viaApi = new Set<string>();
  const step = (name: string, done: boolean) => done || viaApi.add(name);
  await sample(samples, 'peer.pan', runs, async (i) => (await settle(), timeFrame(() => step('pan', peer.panStep(cy!, i % 2 === 0 ? 40 : -40)))));
  await sample(samples, 'peer.zoom', runs, async (i) => (await settle(), timeFrame(() => step('zoom', peer.zoomStep(cy!, i % 2 === 0)))));
  if (viaApi.size > 0) notes.push(`Cytoscape.js ignored the synthetic ${[...viaApi].join(' and ')} event; its API was used instead`);
  peer.destroy(cy);
}

/** Heap growth (bytes) from an empty stage to the drawn result, both after GC. */
async function heapOf(draw: () => Promise<unknown>, area: HTMLElement): Promise<number> {
  area.replaceChildren();
  const before = await heapAfterGc();
  const kept = await draw();
  const after = await heapAfterGc();
  if (kept && typeof (kept as { destroy?: () => void }).destroy === 'function') (kept as { destroy: () => void }).destroy();
  area.replaceChildren();
  return after - before;
}

declare global {
  interface Window {
    bench: { run: typeof run; ready: true };
  }
}
window.bench = { run, ready: true };
