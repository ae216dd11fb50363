import { least } from 'd3-array';
import type { Level, Role, TrackKind } from '../format/types.js';
import type { FrameworkIndex } from '../model/framework-index.js';
import { estimateWidth, truncate, wrapText, type TextMeasure } from './text-measure.js';

/** Sizes of the map in layout units (pixels at zoom 1). */
export const MAP_METRICS = Object.freeze({
  // Narrow boxes (titles wrap to up to three lines): the default framework fits a ~1,150 px map
  // at a zoom where 12 px titles are still at least 10 px on screen.
  nodeWidth: 94,
  nodeHeight: 46,
  gapX: 6,
  gapY: 10,
  trackGap: 8,
  familyGap: 18,
  clusterGap: 14,
  axisWidth: 80,
  headerHeight: 72,
  fontSize: 12,
  lineHeight: 13,
  headerFontSize: 12,
  padding: 8,
  maxLines: 3,
});

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A text label placed in the layout: its lines and the box they occupy. */
export interface Label extends Box {
  lines: string[];
  /** x of the text anchor (the middle for centred labels). */
  anchorX: number;
  align: 'start' | 'middle';
}

export interface RoleNode extends Box {
  id: string;
  role: Role;
  trackKind: TrackKind;
  label: Label;
}

export interface TrackColumn extends Box {
  id: string;
  family: string;
  kind: TrackKind;
  label: Label;
}

export interface FamilyColumn extends Box {
  id: string;
  cluster: string;
  label: Label;
  tracks: TrackColumn[];
}

export interface ClusterSpan extends Box {
  name: string;
  label: Label;
}

export interface LevelRow extends Box {
  id: string;
  rank: number;
  label: Label;
}

export interface MapLayout {
  width: number;
  height: number;
  /** The area of the role grid (below the headers, right of the level axis). */
  grid: Box;
  roles: RoleNode[];
  families: FamilyColumn[];
  clusters: ClusterSpan[];
  levels: LevelRow[];
}

export interface LayoutOptions {
  /** Only these family ids (all when undefined). */
  families?: readonly string[];
  /** Only these track ids (all when undefined). */
  tracks?: readonly string[];
  /** At most this many sub-columns per ladder: a full cell wraps into more rows instead (default: no cap). */
  maxColumns?: number;
  /**
   * How wide text is: the element passes the browser's metrics in its font (`browserMeasure`);
   * without it, a deterministic estimate (Node, tests).
   */
  measure?: TextMeasure;
  /** The language of the titles, for where lines may break (Japanese, Thai…). */
  locale?: string;
}

/** How the layout measures and breaks text. */
interface TextSetting {
  measure: TextMeasure;
  locale?: string;
}

const M = MAP_METRICS;
/** The widest a role's box grows to hold the longest word of a title (a word cut short is not part of the role's name). */
const MAX_NODE_WIDTH = 126;
const SLOT_HEIGHT = M.nodeHeight + M.gapY;

/**
 * The level axis's width: `MAP_METRICS.axisWidth`, widened (up to twice that) so that each level's
 * id and each word of its label fit whole in the map's font — a brand's wider typeface would
 * otherwise cut "Professional" short.
 */
function levelAxisWidth(levels: readonly Level[], t: TextSetting): number {
  const widest = Math.max(0, ...levels.flatMap((level) => [
    t.measure(level.id, M.fontSize, true),
    ...level.label.split(/\s+/).map((word) => t.measure(word, M.fontSize - 1, false)),
  ]));
  return Math.min(2 * M.axisWidth, Math.max(M.axisWidth, Math.ceil(widest) + 12));
}

function centredLabel(t: TextSetting, text: string, centreX: number, top: number, width: number, fontSize: number, bold = false): Label {
  const line = truncate(text, width, fontSize, bold, t.measure);
  const w = t.measure(line, fontSize, bold);
  return { lines: [line], x: centreX - w / 2, y: top, width: w, height: fontSize + 2, anchorX: centreX, align: 'middle' };
}

function roleLabel(t: TextSetting, title: string, box: Box): Label {
  let lines = wrapText(title, box.width - 2 * M.padding, M.fontSize, M.maxLines, false, t.measure, t.locale);
  // A single word cut short would leave visible text that is not part of the role's name (axe's
  // label-content-name-mismatch): let long words use the box's whole width first.
  const words = new Set(title.split(/\s+/));
  const cutInWord = (line: string) => line.endsWith('…') && !words.has(line.slice(0, -1).split(' ').pop()!);
  if (lines.some(cutInWord)) lines = wrapText(title, box.width, M.fontSize, M.maxLines, false, t.measure, t.locale);
  const width = Math.max(...lines.map((line) => t.measure(line, M.fontSize)));
  const height = lines.length * M.lineHeight;
  const centreX = box.x + box.width / 2;
  return { lines, x: centreX - width / 2, y: box.y + (box.height - height) / 2, width, height, anchorX: centreX, align: 'middle' };
}

/**
 * A role node whose wrapped title is worked out on first use: a large map draws most roles as an
 * aggregated shape and never needs their titles (wrapping 1,000 titles costs ~20 ms).
 */
function withLazyLabel(t: TextSetting, node: Omit<RoleNode, 'label'>): RoleNode {
  let label: Label | undefined;
  return Object.defineProperty(node, 'label', { enumerable: true, get: () => (label ??= roleLabel(t, node.role.title, node)) }) as RoleNode;
}

/** A role's node at a box, its title wrapped on first use. */
export function placeRole(index: FrameworkIndex, role: Role, box: Box, text: Pick<LayoutOptions, 'measure' | 'locale'> = {}): RoleNode {
  const t: TextSetting = { measure: text.measure ?? estimateWidth, locale: text.locale };
  return withLazyLabel(t, { id: role.id, role, trackKind: trackKind(index, role.track), ...box });
}

/**
 * The width of the role boxes of a layout: the usual one, or wider (up to MAX_NODE_WIDTH) when a
 * word of a title would not fit it ("Communications" at 12 px in some fonts). Each distinct word
 * is measured once: titles share most of their words.
 */
function nodeWidthFor(t: TextSetting, titleWords: ReadonlySet<string>): number {
  let widest = 0;
  for (const word of titleWords) widest = Math.max(widest, t.measure(word, M.fontSize));
  // A widened box keeps a little room either side of its longest word.
  return widest <= M.nodeWidth ? M.nodeWidth : Math.min(MAX_NODE_WIDTH, Math.ceil(widest) + 6);
}

/** Sub-columns per ladder: enough to keep cells roughly square (1 for up to one role per level, 2 for up to 4…). */
function columnsFor(largestCell: number): number {
  return Math.max(1, Math.ceil(Math.sqrt(largestCell)));
}

function trackKind(index: FrameworkIndex, trackId: string): TrackKind {
  return index.track(trackId)?.kind ?? 'other';
}

function trackHeading(t: TextSetting, index: FrameworkIndex, trackId: string, width: number): string {
  const track = index.track(trackId);
  const label = track?.label ?? trackId;
  if (t.measure(label, M.headerFontSize - 1) <= width) return label;
  return track?.kind === 'ic' ? 'IC' : label;
}

/**
 * Places every role of a framework on the mobility map: job families as columns, grouped by
 * cluster; within a family one sub-column per track (IC, management…), side by side; levels as
 * rows ordered by rank and aligned across all families, each row as tall as its fullest cell.
 * Roles of one cell are dealt left to right, top to bottom, in ladder order (rank, then title).
 * Pure and deterministic: the same framework and options give the same layout.
 */
export function layoutMap(index: FrameworkIndex, options: LayoutOptions = {}): MapLayout {
  const t: TextSetting = { measure: options.measure ?? estimateWidth, locale: options.locale };
  const familyFilter = options.families ? new Set(options.families) : undefined;
  const trackFilter = options.tracks ? new Set(options.tracks) : undefined;
  const levels = index.levels;
  const levelOrder = new Map(levels.map((level, i) => [level.id, i]));

  // Ladders that survive the filters, grouped by family, families grouped by cluster.
  const titleWords = new Set<string>();
  const clusters = new Map<string, Array<{ familyId: string; ladders: Array<{ trackId: string; cells: Role[][]; columns: number }> }>>();
  for (const family of index.framework.families) {
    if (familyFilter && !familyFilter.has(family.id)) continue;
    const ladders = [];
    for (const track of index.framework.tracks) {
      if (trackFilter && !trackFilter.has(track.id)) continue;
      const roles = index.ladder(family.id, track.id);
      if (roles.length === 0) continue;
      const cells: Role[][] = levels.map(() => []);
      for (const role of roles) {
        cells[levelOrder.get(role.level) ?? 0]?.push(role);
        for (const word of role.title.split(/\s+/)) titleWords.add(word);
      }
      ladders.push({ trackId: track.id, cells, columns: Math.min(options.maxColumns ?? Infinity, columnsFor(Math.max(0, ...cells.map((cell) => cell.length)))) });
    }
    if (ladders.length === 0) continue;
    const cluster = family.cluster ?? '';
    const members = clusters.get(cluster) ?? [];
    members.push({ familyId: family.id, ladders });
    clusters.set(cluster, members);
  }

  // Row heights: the fullest cell of each level across every ladder (at least one node high).
  const rowsPerLevel = levels.map((_, levelIndex) => {
    let rows = 1;
    for (const members of clusters.values()) {
      for (const { ladders } of members) {
        for (const ladder of ladders) rows = Math.max(rows, Math.ceil(ladder.cells[levelIndex].length / ladder.columns));
      }
    }
    return rows;
  });
  const nodeWidth = nodeWidthFor(t, titleWords);
  const slotWidth = nodeWidth + M.gapX;
  const gridTop = M.headerHeight;
  const axisWidth = levelAxisWidth(levels, t);
  const levelRows: LevelRow[] = [];
  let y = gridTop;
  levels.forEach((level, i) => {
    const height = rowsPerLevel[i] * SLOT_HEIGHT;
    const lines = [truncate(level.id, axisWidth - 12, M.fontSize, true, t.measure), ...wrapText(level.label, axisWidth - 12, M.fontSize - 1, 2, false, t.measure, t.locale)];
    const labelWidth = Math.max(...lines.map((line, n) => t.measure(line, n === 0 ? M.fontSize : M.fontSize - 1, n === 0)));
    levelRows.push({
      id: level.id,
      rank: level.rank,
      x: 0,
      y,
      width: 0,
      height,
      label: { lines, x: 4, y: y + 4, width: labelWidth, height: lines.length * M.lineHeight, anchorX: 4, align: 'start' },
    });
    y += height;
  });
  const gridBottom = y;

  const roleNodes: RoleNode[] = [];
  const familyColumns: FamilyColumn[] = [];
  const clusterSpans: ClusterSpan[] = [];
  let x = axisWidth;
  let firstCluster = true;
  for (const [cluster, members] of clusters) {
    if (!firstCluster) x += M.clusterGap;
    firstCluster = false;
    const clusterX = x;
    members.forEach(({ familyId, ladders }, memberIndex) => {
      if (memberIndex > 0) x += M.familyGap;
      const familyX = x;
      const tracks: TrackColumn[] = [];
      ladders.forEach((ladder, ladderIndex) => {
        if (ladderIndex > 0) x += M.trackGap;
        const width = ladder.columns * slotWidth - M.gapX;
        ladder.cells.forEach((cell, levelIndex) => {
          const row = levelRows[levelIndex];
          cell.forEach((role, i) => {
            const column = i % ladder.columns;
            const line = Math.floor(i / ladder.columns);
            const inLine = Math.min(ladder.columns, cell.length - line * ladder.columns);
            const offset = ((ladder.columns - inLine) * slotWidth) / 2;
            const box = { x: x + offset + column * slotWidth, y: row.y + M.gapY / 2 + line * SLOT_HEIGHT, width: nodeWidth, height: M.nodeHeight };
            roleNodes.push(withLazyLabel(t, { id: role.id, role, trackKind: trackKind(index, ladder.trackId), ...box }));
          });
        });
        tracks.push({
          id: ladder.trackId,
          family: familyId,
          kind: trackKind(index, ladder.trackId),
          x,
          y: gridTop,
          width,
          height: gridBottom - gridTop,
          label: centredLabel(t, trackHeading(t, index, ladder.trackId, width), x + width / 2, 50, width, M.headerFontSize - 1),
        });
        x += width;
      });
      const family = index.family(familyId)!;
      familyColumns.push({
        id: familyId,
        cluster,
        x: familyX,
        y: 24,
        width: x - familyX,
        height: gridBottom - 24,
        label: centredLabel(t, family.label, (familyX + x) / 2, 28, x - familyX, M.headerFontSize + 1, true),
        tracks,
      });
    });
    clusterSpans.push({
      name: cluster,
      x: clusterX,
      y: 0,
      width: x - clusterX,
      height: gridBottom,
      label: centredLabel(t, cluster.toUpperCase(), (clusterX + x) / 2, 4, x - clusterX, M.headerFontSize - 1),
    });
  }
  const width = x + M.padding;
  for (const row of levelRows) row.width = width;
  return {
    width,
    height: gridBottom + M.padding,
    grid: { x: axisWidth, y: gridTop, width: x - axisWidth, height: gridBottom - gridTop },
    roles: roleNodes,
    families: familyColumns,
    clusters: clusterSpans,
    levels: levelRows,
  };
}

/** Every text label of a layout (headers, level axis, role titles), for overlap checks. */
export function layoutLabels(layout: MapLayout): Label[] {
  return [
    ...layout.clusters.map((c) => c.label),
    ...layout.families.flatMap((f) => [f.label, ...f.tracks.map((t) => t.label)]),
    ...layout.levels.map((l) => l.label),
    ...layout.roles.map((r) => r.label),
  ];
}

/** True when two boxes share any area. */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The centre of a box. */
export function centre(box: Box): { x: number; y: number } {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The role whose box holds the point (x, y), in layout units. */
export function roleAt(roles: readonly RoleNode[], x: number, y: number): RoleNode | undefined {
  return roles.find((role) => x >= role.x && x <= role.x + role.width && y >= role.y && y <= role.y + role.height);
}

export type Direction = 'left' | 'right' | 'up' | 'down';

/**
 * The role nearest to `fromId` in a direction, by position: among roles whose centre lies that
 * way, the one with the smallest distance along the direction plus twice the sideways offset.
 */
export function neighbour<T extends Box & { id: string }>(roles: readonly T[], fromId: string, direction: Direction): T | undefined {
  const from = roles.find((role) => role.id === fromId);
  if (!from) return undefined;
  const origin = centre(from);
  const candidates = roles.flatMap((role) => {
    if (role === from) return [];
    const c = centre(role);
    const dx = c.x - origin.x;
    const dy = c.y - origin.y;
    const [along, across] = direction === 'left' ? [-dx, dy] : direction === 'right' ? [dx, dy] : direction === 'up' ? [-dy, dx] : [dy, dx];
    return along > 1 ? [{ role, score: along + 2 * Math.abs(across) }] : [];
  });
  return least(candidates, (candidate) => candidate.score)?.role;
}

export type { ZoomTransform } from '../base/zoom-transform.js';
import type { ZoomTransform } from '../base/zoom-transform.js';

/** The zoom transform that fits `bounds` into a viewport of `width` × `height`, centred, scale capped at `maxScale`. */
export function fitTransform(bounds: Box, width: number, height: number, margin = 12, maxScale = 1.25): ZoomTransform {
  if (bounds.width <= 0 || bounds.height <= 0 || width <= 0 || height <= 0) return { k: 1, x: 0, y: 0 };
  const k = Math.min(maxScale, (width - 2 * margin) / bounds.width, (height - 2 * margin) / bounds.height);
  return { k, x: (width - bounds.width * k) / 2 - bounds.x * k, y: (height - bounds.height * k) / 2 - bounds.y * k };
}
