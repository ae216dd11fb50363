/**
 * What the map shows of its layout at a given pan and zoom: level of detail, hit-testing, where the
 * tooltip goes and how the view moves to reveal a role. Pure functions of layout, transform and
 * size — no DOM — tested in Node.
 */
import type { ZoomTransform } from '../base/zoom-transform.js';
import { fitTransform, MAP_METRICS, overlaps, roleAt, type Box, type MapLayout, type RoleNode } from './mobility-map-layout.js';

export interface Size {
  width: number;
  height: number;
}

/** Below this on-screen font size (px) role titles are not drawn; roles stay as boxes. */
export const MIN_LABEL_PX = 6.5;

/**
 * Frameworks with more roles than this draw a level of detail: roles that matter (focus, its moves,
 * the route) and, once titles are readable, the roles in view are elements; the others are one
 * shape per track kind.
 */
export const DETAIL_LIMIT = 300;

/** Layout units around the view within which roles are drawn too, so a small pan shows no gap. */
const VIEW_MARGIN = 100;

export interface LevelOfDetail {
  /** Whether role titles are drawn (readable at this zoom). */
  labels: boolean;
  /** Whether the roles not in `drawn` are aggregated into shapes. */
  aggregated: boolean;
  /** The roles drawn as elements. */
  drawn: RoleNode[];
}

/** The part of the layout visible through a viewport of `size` at transform `t`, in layout units. */
export function visibleArea(t: ZoomTransform, size: Size, margin = 0): Box {
  return { x: -t.x / t.k - margin, y: -t.y / t.k - margin, width: size.width / t.k + 2 * margin, height: size.height / t.k + 2 * margin };
}

/**
 * Which roles to draw as elements. Small maps draw every role. Large ones draw the highlighted
 * roles always and, once titles are readable, every role in or near the view.
 */
export function levelOfDetail(layout: MapLayout, t: ZoomTransform, size: Size, highlighted?: ReadonlySet<string>, limit = DETAIL_LIMIT): LevelOfDetail {
  const labels = t.k * MAP_METRICS.fontSize >= MIN_LABEL_PX;
  if (layout.roles.length <= limit) return { labels, aggregated: false, drawn: layout.roles };
  const view = labels ? visibleArea(t, size, VIEW_MARGIN) : undefined;
  const drawn = layout.roles.filter((node) => highlighted?.has(node.id) || (view !== undefined && overlaps(node, view)));
  return { labels, aggregated: true, drawn };
}

/** A point on the SVG (pixels from its top-left corner) in layout units. */
export function toLayout(point: { x: number; y: number }, t: ZoomTransform): { x: number; y: number } {
  return { x: (point.x - t.x) / t.k, y: (point.y - t.y) / t.k };
}

/** A box in layout units on the SVG, in pixels. */
export function toScreen(box: Box, t: ZoomTransform): Box {
  return { x: box.x * t.k + t.x, y: box.y * t.k + t.y, width: box.width * t.k, height: box.height * t.k };
}

/** The role under a point of the SVG (pixels), from the layout: hit-testing for roles drawn as shapes. */
export function roleAtPoint(layout: MapLayout, point: { x: number; y: number }, t: ZoomTransform): RoleNode | undefined {
  const p = toLayout(point, t);
  return roleAt(layout.roles, p.x, p.y);
}

export interface TooltipPlacement {
  left: number;
  top: number;
  /** The card sits left of the role (its right edge at `left`) because there is no room on the right. */
  flip: boolean;
}

/** Where a role's hover card goes: right of the role, or left of it when it would leave the map. */
export function tooltipPlacement(node: Box, t: ZoomTransform, size: Size, cardWidth = 260, gap = 8): TooltipPlacement {
  const box = toScreen(node, t);
  const right = box.x + box.width + gap;
  const flip = right + cardWidth > size.width;
  return { left: flip ? box.x - gap : right, top: Math.max(0, box.y), flip };
}

/** The zoom at which role titles are comfortably readable (1.6 × the smallest drawn size). */
export const READABLE_SCALE = Math.min(1, (MIN_LABEL_PX * 1.6) / MAP_METRICS.fontSize);

/**
 * The transform that brings a role into view: unchanged when it is already inside (and readable
 * when asked), else centred on it, zoomed in to a readable scale when `zoomToRead`.
 */
export function revealTransform(node: Box, t: ZoomTransform, size: Size, zoomToRead = false): ZoomTransform | undefined {
  if (size.width === 0) return undefined;
  const k = zoomToRead && t.k < READABLE_SCALE ? READABLE_SCALE : t.k;
  const box = toScreen(node, t);
  const inside = box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width && box.y + box.height <= size.height;
  if (inside && k === t.k) return undefined;
  return { k, x: size.width / 2 - (node.x + node.width / 2) * k, y: size.height / 2 - (node.y + node.height / 2) * k };
}

/** Whether two transforms are the same view. */
export function sameView(a: ZoomTransform, b: ZoomTransform): boolean {
  return a.k === b.k && a.x === b.x && a.y === b.y;
}

/**
 * The transform that frames a box (a focused role and its destinations): none when the view
 * already shows all of it at a readable zoom, else the box fitted, zoomed in no further than 1.25.
 */
export function frameTransform(frame: Box, t: ZoomTransform, size: Size, readableZoom: number): ZoomTransform | undefined {
  const box = toScreen(frame, t);
  const inside = box.x >= -1 && box.y >= -1 && box.x + box.width <= size.width + 1 && box.y + box.height <= size.height + 1;
  if (inside && t.k >= readableZoom) return undefined;
  return fitTransform(frame, size.width, size.height, 12, 1.25);
}

/** The transform at the same zoom that puts a layout point in the middle of the view. */
export function centreOn(point: { x: number; y: number }, t: ZoomTransform, size: Size): ZoomTransform {
  return { k: t.k, x: size.width / 2 - point.x * t.k, y: size.height / 2 - point.y * t.k };
}

/** The whole box fitted, or — when that would make titles unreadable — the top of it at the readable zoom. */
export function readableFit(box: Box, size: Size, readableZoom = 10 / MAP_METRICS.fontSize): ZoomTransform {
  const fitted = fitTransform(box, size.width, size.height);
  if (fitted.k >= readableZoom) return fitted;
  const k = readableZoom;
  const x = box.width * k <= size.width ? (size.width - box.width * k) / 2 - box.x * k : 12 - box.x * k;
  return { k, x, y: 12 - box.y * k };
}
