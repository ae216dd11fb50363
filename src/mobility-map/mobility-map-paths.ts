import { ascending, descending, rollups } from 'd3-array';
import { pathRound } from 'd3-path';
import type { CareerMove } from '../model/framework-index.js';
import { centre, MAP_METRICS, type Box, type Label, type MapLayout } from './mobility-map-layout.js';
import { estimateWidth } from './text-measure.js';
import { sqrtScale } from '../base/scales.js';

/** Moves between two job families, aggregated (the overview draws these instead of every edge). */
export interface FamilyFlow {
  from: string;
  to: string;
  count: number;
  /** SVG path of the arc under the grid, from the source family to the destination. */
  d: string;
  strokeWidth: number;
  label: Label;
}

export interface FlowSummary {
  /** The largest cross-family flows, at most `limit`, largest first. */
  flows: FamilyFlow[];
  /** How many cross-family family pairs have moves (flows.length may be fewer). */
  pairs: number;
  /** Moves that stay within a family, by family id. */
  within: Map<string, number>;
  /** The bottom of the arcs band (layout units). */
  bottom: number;
}

const FLOW_DEPTH = 22;
const FLOW_STEP = 30;
const REVERSE_OFFSET = 15;
const END_OFFSET = 5;
const MIN_BEND = 48;

/**
 * Aggregates moves between the families drawn in a layout: counts within each family, and arcs
 * for the cross-family flows under the grid. An arc's depth grows with the number of families it
 * spans; flows going right to left sit a little deeper, so the counts of a pair never collide.
 */
export function familyFlows(layout: MapLayout, moves: Iterable<CareerMove>, limit = 60): FlowSummary {
  const familyOf = new Map(layout.roles.map((node) => [node.id, node.role.family]));
  const columnIndex = new Map(layout.families.map((family, i) => [family.id, i]));
  const pairs = [];
  for (const move of moves) {
    const from = familyOf.get(move.from);
    const to = familyOf.get(move.to);
    if (from !== undefined && to !== undefined) pairs.push({ from, to });
  }
  const within = new Map(rollups(pairs.filter((p) => p.from === p.to), (v) => v.length, (p) => p.from));
  const ranked = rollups(pairs.filter((p) => p.from !== p.to), (v) => v.length, (p) => p.from, (p) => p.to)
    .flatMap(([from, tos]) => tos.map(([to, count]) => ({ from, to, count })))
    .sort((a, b) => descending(a.count, b.count) || ascending(columnIndex.get(a.from), columnIndex.get(b.from)) || ascending(columnIndex.get(a.to), columnIndex.get(b.to)));
  const kept = ranked.slice(0, limit);
  // Stroke width on a square-root scale: 1 move → 1.5 px, the widest flow → 9 px.
  const stroke = sqrtScale([1, Math.max(2, kept[0]?.count ?? 1)], [1.5, 9]);
  const top = layout.grid.y + layout.grid.height + 4;
  let bottom = layout.height;
  const flows = kept.map(({ from, to, count }) => {
    const a = layout.families[columnIndex.get(from)!];
    const b = layout.families[columnIndex.get(to)!];
    const reverse = columnIndex.get(from)! > columnIndex.get(to)!;
    const span = Math.abs(columnIndex.get(from)! - columnIndex.get(to)!);
    const depth = FLOW_DEPTH + (span - 1) * FLOW_STEP + (reverse ? REVERSE_OFFSET : 0);
    const x1 = a.x + a.width / 2 - END_OFFSET;
    const x2 = b.x + b.width / 2 + END_OFFSET;
    const pull = depth * (4 / 3);
    const text = String(count);
    const width = estimateWidth(text, MAP_METRICS.fontSize - 1) + 8;
    const labelX = (x1 + x2) / 2;
    bottom = Math.max(bottom, top + depth + 12);
    return {
      from,
      to,
      count,
      d: arc(x1, x2, top, pull),
      strokeWidth: r(stroke(count)),
      label: { lines: [text], x: labelX - width / 2, y: top + depth - 7, width, height: 13, anchorX: labelX, align: 'middle' as const },
    };
  });
  return { flows, pairs: ranked.length, within, bottom };
}

/** A curved move from one role box to another: the path, its midpoint (for a badge) and its end. */
export interface MovePath {
  d: string;
  mid: { x: number; y: number };
}

/** Where the ray from a box's centre towards `toward` leaves the box. */
function exitPoint(box: Box, toward: { x: number; y: number }): { x: number; y: number } {
  const c = centre(box);
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const t = Math.min(dx === 0 ? Infinity : box.width / 2 / Math.abs(dx), dy === 0 ? Infinity : box.height / 2 / Math.abs(dy));
  return { x: c.x + dx * t, y: c.y + dy * t };
}

/**
 * A quadratic curve from box `a` to box `b`, bent to the right of the direction of travel (so
 * A→B and B→A never share a line), starting and ending on the boxes' edges so an arrowhead shows.
 */
export function movePath(a: Box, b: Box, bend = 0.2): MovePath {
  const ca = centre(a);
  const cb = centre(b);
  const dx = cb.x - ca.x;
  const dy = cb.y - ca.y;
  // Short hops (neighbours in a cell) bend more, so the curve clears the boxes and shows its arrow.
  const length = Math.hypot(dx, dy) || 1;
  const k = Math.max(bend, MIN_BEND / length);
  const control = { x: (ca.x + cb.x) / 2 - dy * k, y: (ca.y + cb.y) / 2 + dx * k };
  const start = exitPoint(a, control);
  const end = exitPoint(b, control);
  const mid = { x: 0.25 * start.x + 0.5 * control.x + 0.25 * end.x, y: 0.25 * start.y + 0.5 * control.y + 0.25 * end.y };
  const d = pathRound(1);
  d.moveTo(start.x, start.y);
  d.quadraticCurveTo(control.x, control.y, end.x, end.y);
  return { d: d.toString(), mid: { x: r(mid.x), y: r(mid.y) } };
}

/** A flow's arc under the grid: down from one family's column and back up into the other's. */
function arc(x1: number, x2: number, top: number, pull: number): string {
  const d = pathRound(1);
  d.moveTo(x1, top);
  d.bezierCurveTo(x1, top + pull, x2, top + pull, x2, top);
  return d.toString();
}

function r(value: number): number {
  return Math.round(value * 10) / 10;
}
