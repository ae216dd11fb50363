import type { CareerMove, FrameworkIndex } from './framework-index.js';
import { roleGapSteps } from './skill-gap.js';

export interface Route {
  /** Role ids from start to target, inclusive. */
  roles: string[];
  /** The moves taken, in order. */
  moves: CareerMove[];
  /** Sum of the skill steps missing at each move. */
  totalGap: number;
}

/**
 * The best route between two roles: fewest moves, ties broken by the smaller total skill gap
 * (the proficiency steps missing at each move, summed). Breadth-first search over declared and
 * implied moves, then a cheapest path through the shortest-path layers. Undefined when the
 * target cannot be reached; a one-role route when start and target are the same.
 */
export function bestRoute(
  index: FrameworkIndex,
  from: string,
  to: string,
  accept: (move: CareerMove) => boolean = () => true,
): Route | undefined {
  if (!index.role(from) || !index.role(to)) return undefined;
  if (from === to) return { roles: [from], moves: [], totalGap: 0 };
  const depth = new Map<string, number>([[from, 0]]);
  const cost = new Map<string, number>([[from, 0]]);
  const via = new Map<string, CareerMove>();
  let frontier = [from];
  while (frontier.length > 0 && !depth.has(to)) {
    const next: string[] = [];
    const layer = depth.get(frontier[0])! + 1;
    for (const roleId of frontier) {
      const base = cost.get(roleId)!;
      for (const move of index.movesFrom(roleId)) {
        if (!accept(move)) continue;
        const seen = depth.get(move.to);
        if (seen !== undefined && seen < layer) continue;
        const total = base + roleGapSteps(index, roleId, move.to);
        if (seen === undefined) {
          depth.set(move.to, layer);
          next.push(move.to);
        } else if (total >= cost.get(move.to)!) continue;
        cost.set(move.to, total);
        via.set(move.to, move);
      }
    }
    frontier = next;
  }
  if (!depth.has(to)) return undefined;
  const moves: CareerMove[] = [];
  for (let at = to; at !== from; ) {
    const move = via.get(at)!;
    moves.unshift(move);
    at = move.from;
  }
  return { roles: [from, ...moves.map((m) => m.to)], moves, totalGap: cost.get(to)! };
}
