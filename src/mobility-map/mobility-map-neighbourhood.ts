/**
 * A focused role's own neighbourhood: the role and the destinations of its moves, laid out close
 * together — promotions above, lateral moves beside and below, steps back at the bottom — so they
 * all fit the view with readable titles even when they lie far apart on the full map. The result
 * is a MapLayout, so the map draws, hit-tests and walks it like any other.
 */
import { MOVE_KINDS, wordsOf } from '../format/vocabulary.js';
import type { CareerMove, FrameworkIndex, MoveKind } from '../model/framework-index.js';
import { MAP_METRICS as M, placeRole, type LayoutOptions, type LevelRow, type MapLayout, type RoleNode } from './mobility-map-layout.js';
import { estimateWidth as textWidth } from './text-measure.js';

/** The order moves are announced, walked and laid out in. */
export const KIND_ORDER: readonly MoveKind[] = wordsOf(MOVE_KINDS);

const BAND_TITLE: Partial<Record<MoveKind, string>> = { promotion: 'Promotions', lateral: 'Lateral moves', 'step-back': 'Steps back' };
/** Boxes a little wider than the full map's: there is room here, and a long word then fits whole. */
const NODE_WIDTH = M.nodeWidth + 16;
const SLOT_WIDTH = NODE_WIDTH + 14;
const SLOT_HEIGHT = M.nodeHeight + 22;
const AXIS = 96;

/** Moves in the order of KIND_ORDER, then by destination title. */
export function orderMoves(index: FrameworkIndex, moves: readonly CareerMove[]): CareerMove[] {
  const title = (id: string) => index.role(id)?.title ?? id;
  return [...moves].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || title(a.to).localeCompare(title(b.to)) || a.to.localeCompare(b.to));
}

/** Columns for `n` destinations: wide enough to stay short, at most 8 (about 900 px). */
function columnsFor(n: number): number {
  return Math.max(3, Math.min(8, Math.ceil(Math.sqrt(n * 2.5))));
}

export function layoutNeighbourhood(index: FrameworkIndex, focusId: string, moves: readonly CareerMove[], text: Pick<LayoutOptions, 'measure' | 'locale'> = {}): MapLayout | undefined {
  const focus = index.role(focusId);
  if (!focus) return undefined;
  const ordered = orderMoves(index, moves);
  const columns = columnsFor(ordered.length);
  const width = AXIS + columns * SLOT_WIDTH;
  const roles: RoleNode[] = [];
  const levels: LevelRow[] = [];
  const seen = new Set<string>([focus.id]);
  let y = 24; // room for "You are here" above a first-row focus
  const band = (title: string, count: number | undefined, place: () => number) => {
    const top = y;
    const rows = place();
    const height = rows * SLOT_HEIGHT;
    const lines = count === undefined ? [title] : [title, `${count}`];
    levels.push({
      id: title,
      rank: levels.length,
      x: 0,
      y: top,
      width: 0,
      height,
      label: { lines, x: 4, y: top + 6, width: Math.max(...lines.map((l) => textWidth(l, M.fontSize, true))), height: lines.length * M.lineHeight, anchorX: 4, align: 'start' },
    });
    y += height;
  };
  const grid = (ids: string[]) => () => {
    ids.forEach((id, i) => {
      const inRow = Math.min(columns, ids.length - Math.floor(i / columns) * columns);
      const offset = ((columns - inRow) * SLOT_WIDTH) / 2;
      const box = { x: AXIS + offset + (i % columns) * SLOT_WIDTH + 7, y: y + Math.floor(i / columns) * SLOT_HEIGHT + 11, width: NODE_WIDTH, height: M.nodeHeight };
      roles.push(placeRole(index, index.role(id)!, box, text));
    });
    return Math.max(1, Math.ceil(ids.length / columns));
  };
  const destinations = (kind: MoveKind) =>
    ordered.filter((move) => move.kind === kind && index.role(move.to) && !seen.has(move.to) && seen.add(move.to)).map((move) => move.to);
  // Moves up above the role, the others below it, in the vocabulary's order.
  const bands = KIND_ORDER.map((kind) => ({ kind, ids: destinations(kind) })).filter((b) => b.ids.length > 0);
  const title = (kind: MoveKind) => BAND_TITLE[kind] ?? MOVE_KINDS[kind].legend;
  for (const b of bands.filter((b) => b.kind === 'promotion')) band(title(b.kind), b.ids.length, grid(b.ids));
  band('You are here', undefined, grid([focus.id]));
  for (const b of bands.filter((b) => b.kind !== 'promotion')) band(title(b.kind), b.ids.length, grid(b.ids));
  const total = width + M.padding;
  for (const row of levels) row.width = total;
  return { width: total, height: y + M.padding, grid: { x: AXIS, y: 24, width: width - AXIS, height: y - 24 }, roles, families: [], clusters: [], levels };
}
