/**
 * The family overview of a large framework: one node per job family (sized by its role count,
 * grouped by cluster) and the moves between families as weighted flows, strongest first, capped so
 * the picture never becomes a hairball. Pure: a function of the index, the filters and the moves.
 */
import { ascending, descending, groups } from 'd3-array';
import { pathRound } from 'd3-path';
import { sqrtScale } from '../base/scales.js';
import type { CareerMove, FrameworkIndex } from '../model/framework-index.js';
import type { Box, Label } from './mobility-map-layout.js';
import { estimateWidth as textWidth, wrapText } from './text-measure.js';

/** Frameworks with more roles than this open on the family overview (the `overview-threshold` default). */
export const OVERVIEW_THRESHOLD = 200;
/** At most this many flows are drawn, the strongest; the others are summarised. */
export const FLOW_CAP = 40;
/** Only the strongest flows carry a count on the map (all carry it in their name and `data-count`). */
const LABELLED_FLOWS = 12;

const CELL_WIDTH = 168;
const CELL_HEIGHT = 150;
const CLUSTER_HEADING = 30;
const MARGIN = 16;
const MIN_RADIUS = 16;
const MAX_RADIUS = 44;
const FONT = 13;

export interface FamilyNode extends Box {
  id: string;
  cluster: string;
  /** Index of the cluster (for the colour). */
  clusterIndex: number;
  roles: number;
  /** Moves that stay inside the family. */
  within: number;
  cx: number;
  cy: number;
  r: number;
  label: Label;
}

export interface OverviewFlow {
  from: string;
  to: string;
  count: number;
  d: string;
  strokeWidth: number;
  /** Where the count is shown, for the strongest flows only. */
  badge?: { x: number; y: number };
}

export interface OverviewLayout {
  width: number;
  height: number;
  families: FamilyNode[];
  clusters: Array<{ name: string; label: Label }>;
  flows: OverviewFlow[];
  /** Family pairs with moves between them, and the moves, that are not drawn (past the cap). */
  rest: { pairs: number; moves: number };
  /** All moves between families (drawn or not). */
  crossMoves: number;
}

export interface OverviewOptions {
  /** Only these family ids (all when undefined). */
  families?: readonly string[];
  /** Only roles of these tracks count (all when undefined). */
  tracks?: readonly string[];
  cap?: number;
}

/** How many columns of family cells: roughly 16:10 for the whole set, between 3 and 8. */
function columnsFor(count: number): number {
  return Math.max(3, Math.min(8, Math.ceil(Math.sqrt(count * 1.6))));
}

/**
 * Lays out the family overview: clusters as blocks of rows (a heading, then their families in a
 * grid), each family a circle whose area follows its role count, its name below in up to two
 * lines. Flows between families are curves bent to the right of travel, width on a square-root
 * scale of the move count.
 */
export function layoutOverview(index: FrameworkIndex, moves: Iterable<CareerMove>, options: OverviewOptions = {}): OverviewLayout {
  const familyFilter = options.families ? new Set(options.families) : undefined;
  const trackFilter = options.tracks ? new Set(options.tracks) : undefined;
  const roleCount = new Map<string, number>();
  const familyOf = new Map<string, string>();
  for (const role of index.framework.roles) {
    if (familyFilter && !familyFilter.has(role.family)) continue;
    if (trackFilter && !trackFilter.has(role.track)) continue;
    roleCount.set(role.family, (roleCount.get(role.family) ?? 0) + 1);
    familyOf.set(role.id, role.family);
  }
  const shown = index.framework.families.filter((family) => roleCount.has(family.id));
  const byCluster = groups(shown, (family) => family.cluster ?? '');
  const columns = columnsFor(shown.length);
  const radius = sqrtScale([1, Math.max(2, ...roleCount.values())], [MIN_RADIUS, MAX_RADIUS], true);

  // Counts of moves inside each family, and between families by origin then destination (one
  // pass over the moves, tens of thousands at this size).
  const within = new Map<string, number>();
  const between = new Map<string, Map<string, number>>();
  for (const move of moves) {
    const from = familyOf.get(move.from);
    const to = familyOf.get(move.to);
    if (from === undefined || to === undefined) continue;
    if (from === to) {
      within.set(from, (within.get(from) ?? 0) + 1);
      continue;
    }
    let counts = between.get(from);
    if (!counts) between.set(from, (counts = new Map()));
    counts.set(to, (counts.get(to) ?? 0) + 1);
  }

  const families: FamilyNode[] = [];
  const clusters: OverviewLayout['clusters'] = [];
  let y = MARGIN;
  byCluster.forEach(([cluster, members], clusterIndex) => {
    if (cluster) {
      const text = cluster.toUpperCase();
      clusters.push({ name: cluster, label: { lines: [text], x: MARGIN, y, width: textWidth(text, 11), height: 14, anchorX: MARGIN, align: 'start' } });
    }
    y += cluster ? CLUSTER_HEADING : 0;
    members.forEach((family, i) => {
      const column = i % columns;
      const row = Math.floor(i / columns);
      const x = MARGIN + column * CELL_WIDTH;
      const top = y + row * CELL_HEIGHT;
      const count = roleCount.get(family.id)!;
      const cx = x + CELL_WIDTH / 2;
      const cy = top + MAX_RADIUS + 4;
      const lines = wrapText(family.label, CELL_WIDTH - 12, FONT, 2, true);
      const labelWidth = Math.max(...lines.map((line) => textWidth(line, FONT, true)));
      families.push({
        id: family.id,
        cluster,
        clusterIndex,
        roles: count,
        within: within.get(family.id) ?? 0,
        x,
        y: top,
        width: CELL_WIDTH,
        height: CELL_HEIGHT - 10,
        cx,
        cy,
        r: radius(count),
        label: { lines, x: cx - labelWidth / 2, y: cy + MAX_RADIUS + 8, width: labelWidth, height: lines.length * (FONT + 3), anchorX: cx, align: 'middle' },
      });
    });
    y += Math.ceil(members.length / columns) * CELL_HEIGHT;
  });

  const at = new Map(families.map((node) => [node.id, node]));
  const ranked = [...between].flatMap(([from, counts]) => [...counts].map(([to, count]) => ({ from, to, count })))
    .sort((a, b) => descending(a.count, b.count) || ascending(a.from, b.from) || ascending(a.to, b.to));
  const kept = ranked.slice(0, options.cap ?? FLOW_CAP);
  const stroke = sqrtScale([1, Math.max(2, kept[0]?.count ?? 1)], [1, 7]);
  const curves = kept.map(({ from, to }) => flowCurve(at.get(from)!, at.get(to)!));
  const badges = placeBadges(curves.slice(0, LABELLED_FLOWS), families, clusters);
  const flows = kept.map(({ from, to, count }, i): OverviewFlow => ({
    from,
    to,
    count,
    d: curves[i].d,
    strokeWidth: Math.round(stroke(count) * 10) / 10,
    badge: badges[i],
  }));
  const crossMoves = ranked.reduce((sum, flow) => sum + flow.count, 0);
  const drawnMoves = kept.reduce((sum, flow) => sum + flow.count, 0);
  return {
    width: MARGIN * 2 + columns * CELL_WIDTH,
    height: y + MARGIN,
    families,
    clusters,
    flows,
    rest: { pairs: ranked.length - kept.length, moves: crossMoves - drawnMoves },
    crossMoves,
  };
}

interface FlowCurve {
  d: string;
  /** The point at `t` (0 at the start, 1 at the end) along the curve. */
  at(t: number): Point;
}

interface Point {
  x: number;
  y: number;
}

/** A curve from circle `a` to circle `b`, bent right of travel so A→B and B→A stay apart, ending on the rims. */
function flowCurve(a: FamilyNode, b: FamilyNode): FlowCurve {
  const dx = b.cx - a.cx;
  const dy = b.cy - a.cy;
  const bend = 0.18;
  const control = { x: (a.cx + b.cx) / 2 - dy * bend, y: (a.cy + b.cy) / 2 + dx * bend };
  const rim = (node: FamilyNode, gap: number) => {
    const ux = control.x - node.cx;
    const uy = control.y - node.cy;
    const n = Math.hypot(ux, uy) || 1;
    return { x: node.cx + (ux / n) * (node.r + gap), y: node.cy + (uy / n) * (node.r + gap) };
  };
  const start = rim(a, 2);
  const end = rim(b, 6);
  const d = pathRound(1);
  d.moveTo(start.x, start.y);
  d.quadraticCurveTo(control.x, control.y, end.x, end.y);
  const along = (t: number, p0: number, p1: number, p2: number) => Math.round((1 - t) * (1 - t) * p0 + 2 * t * (1 - t) * p1 + t * t * p2);
  return { d: d.toString(), at: (t) => ({ x: along(t, start.x, control.x, end.x), y: along(t, start.y, control.y, end.y) }) };
}

/** The size of a flow's count badge (as drawn), and a margin kept clear around it. */
export const BADGE = { width: 28, height: 17, margin: 2 };
/** Where along its flow a count may go: the middle first, then further out on each side in turn. */
const BADGE_STOPS = [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74];

/** The box a badge centred on a point covers, with its margin. */
export function badgeBox(point: Point): Box {
  const { width, height, margin } = BADGE;
  return { x: point.x - width / 2 - margin, y: point.y - height / 2 - margin, width: width + 2 * margin, height: height + 2 * margin };
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** True when a box touches a family's circle. */
function touchesCircle(box: Box, node: FamilyNode): boolean {
  const x = Math.max(box.x, Math.min(node.cx, box.x + box.width));
  const y = Math.max(box.y, Math.min(node.cy, box.y + box.height));
  return Math.hypot(node.cx - x, node.cy - y) < node.r;
}

/**
 * Places the count badges of the strongest flows, strongest first, each at the first point along
 * its curve that is clear of every family's circle and name, every cluster heading and every badge
 * placed before it. A flow with no clear point shows no badge (its count is still in its name and
 * `data-count`): a count on top of a name reads as neither.
 */
function placeBadges(curves: readonly FlowCurve[], families: readonly FamilyNode[], clusters: OverviewLayout['clusters']): Array<Point | undefined> {
  const taken: Box[] = [...families.map((node) => node.label), ...clusters.map((cluster) => cluster.label)];
  return curves.map((curve) => {
    for (const t of BADGE_STOPS) {
      const point = curve.at(t);
      const box = badgeBox(point);
      if (taken.some((other) => overlaps(box, other)) || families.some((node) => touchesCircle(box, node))) continue;
      taken.push(box);
      return point;
    }
    return undefined;
  });
}

/** The family whose cell holds a point (layout units), for semantic zoom by wheel. */
export function familyAt(layout: OverviewLayout, x: number, y: number): FamilyNode | undefined {
  return layout.families.find((node) => x >= node.x && x <= node.x + node.width && y >= node.y && y <= node.y + node.height);
}

/** The family nearest to a point (layout units). */
export function nearestFamily(layout: OverviewLayout, x: number, y: number): FamilyNode | undefined {
  let best: FamilyNode | undefined;
  let distance = Infinity;
  for (const node of layout.families) {
    const d = Math.hypot(node.cx - x, node.cy - y);
    if (d < distance) {
      distance = d;
      best = node;
    }
  }
  return best;
}
