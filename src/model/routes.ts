import type { CareerMove, FrameworkIndex } from './framework-index.js';
import type { InferredMoves } from './inferred-move.js';
import { payChange } from './pay.js';
import { roleGapSteps } from './skill-gap.js';

export interface Route {
  /** Role ids from start to target, inclusive. */
  roles: string[];
  /** The moves taken, in order. */
  moves: CareerMove[];
  /** Sum of the skill steps missing at each move (what a move's gap is: see `roleGapSteps`). */
  totalGap: number;
  /** The cost the route was ranked by, compared element by element (see `RouteRanking`). */
  cost: readonly number[];
}

/**
 * What routes are ranked by. Each is a cost per move, summed over the route and compared as a
 * tuple, first element first:
 * - `moves` (default): [1, gap] — fewest moves, then the smallest total skill gap;
 * - `months`: [typical months, 1, gap] — the shortest total time, then fewest moves, then gap.
 *   A move without `typicalMonths` counts the framework's median (12 when no move has one);
 * - `pay`: [pay cut, 1, gap] — the route with the smallest sum of pay cuts along the way first
 *   (band midpoints in the region; a move with no comparable bands cuts nothing), then fewest
 *   moves, then gap. (The net pay change start → target is the same for every route, so it cannot
 *   rank them; what differs is whether a route asks for a cut on the way.)
 */
export type RouteRanking = 'moves' | 'months' | 'pay';

export interface RouteOptions {
  /** How many routes (default 3). */
  k?: number;
  rankBy?: RouteRanking;
  /** Pay region for `rankBy: 'pay'` (default: the framework's first region). */
  region?: string;
  /** The moves switched on (default: every move). */
  accept?: (move: CareerMove) => boolean;
  /** Inferred moves to use besides the declared and implied ones. */
  inferred?: InferredMoves;
}

/**
 * Why no route was found: `unknown-role` (start or target is not in the framework),
 * `switched-off` (routes exist, but only through moves that `accept` switches off), or
 * `unreachable` (no sequence of moves leads there).
 */
export type NoRouteReason = 'unknown-role' | 'switched-off' | 'unreachable';

export interface RouteSearch {
  /** Up to k simple routes, best first. Empty when there is none. */
  routes: Route[];
  reason?: NoRouteReason;
  /** With `switched-off`: the best route over every move, and which of its moves are off. */
  blocked?: { route: Route; switchedOff: CareerMove[] };
}

type Cost = number[];

/**
 * The k best simple routes from one role to another over declared and implied moves (and inferred
 * ones when given), ranked by `rankBy`. Yen's algorithm with tuple costs: the first route is the
 * cheapest path; each next one is the cheapest deviation from the routes found so far that
 * repeats no role. Each search is an A* guided by the exact cost to the target from one backward
 * search, so the k routes cost about one search over the roles between start and target. Routes of equal cost are ordered by the role ids along them
 * (and of equally cheap ways into a role, the search keeps the one from the smaller role id, so
 * the answer does not depend on the order moves are declared in).
 * A route to the start itself is the one-role route. Pure: nothing is mutated.
 */
export function findRoutes(index: FrameworkIndex, from: string, to: string, options: RouteOptions = {}): RouteSearch {
  if (!index.role(from) || !index.role(to)) return { routes: [], reason: 'unknown-role' };
  if (from === to) return { routes: [{ roles: [from], moves: [], totalGap: 0, cost: [0, 0, 0] }] };
  const graph = new RouteGraph(index, options);
  const routes = graph.yen(from, to, Math.max(1, Math.floor(options.k ?? 3)), options.accept ?? (() => true));
  if (routes.length > 0 || !options.accept) return routes.length > 0 ? { routes } : { routes, reason: 'unreachable' };
  const [open] = graph.yen(from, to, 1, () => true);
  if (!open) return { routes, reason: 'unreachable' };
  return { routes, reason: 'switched-off', blocked: { route: open, switchedOff: open.moves.filter((move) => !options.accept!(move)) } };
}

/** The best route between two roles (the first of `findRoutes` with k = 1); undefined when there is none. */
export function bestRoute(index: FrameworkIndex, from: string, to: string, accept?: (move: CareerMove) => boolean): Route | undefined {
  return findRoutes(index, from, to, { k: 1, accept }).routes[0];
}

class RouteGraph {
  readonly #index: FrameworkIndex;
  readonly #options: RouteOptions;
  readonly #costs = new Map<CareerMove, { cost: Cost; gap: number }>();
  readonly #defaultMonths: number;
  readonly #region?: string;

  constructor(index: FrameworkIndex, options: RouteOptions) {
    this.#index = index;
    this.#options = options;
    this.#defaultMonths = options.rankBy === 'months' ? medianMonths(index) : 0;
    this.#region = options.region ?? index.regions()[0];
  }

  movesInto(roleId: string): readonly CareerMove[] {
    const inferred = this.#options.inferred?.into(roleId);
    const declared = this.#index.movesTo(roleId);
    return inferred && inferred.length > 0 ? [...declared, ...inferred] : declared;
  }

  movesFrom(roleId: string): readonly CareerMove[] {
    const inferred = this.#options.inferred?.from(roleId);
    const declared = this.#index.movesFrom(roleId);
    return inferred && inferred.length > 0 ? [...declared, ...inferred] : declared;
  }

  costOf(move: CareerMove): { cost: Cost; gap: number } {
    let known = this.#costs.get(move);
    if (known) return known;
    const gap = roleGapSteps(this.#index, move.from, move.to);
    const cost = this.#lightCost(move);
    cost[(this.#options.rankBy ?? 'moves') === 'moves' ? 1 : 2] = gap;
    known = { cost, gap };
    this.#costs.set(move, known);
    return known;
  }

  /** The cost of a move without its skill gap (a 0 where the gap goes): cheap, and never more than the cost. */
  #lightCost(move: CareerMove): Cost {
    const rank = this.#options.rankBy ?? 'moves';
    if (rank === 'months') return [move.source?.typicalMonths ?? this.#defaultMonths, 1, 0];
    if (rank === 'pay') {
      const change = this.#region === undefined ? undefined : payChange(this.#index, move.from, move.to, this.#region);
      return [Math.max(0, -(change?.delta ?? 0)), 1, 0];
    }
    return [1, 0, 0];
  }

  /** Yen's k shortest simple paths. */
  yen(from: string, to: string, k: number, accept: (move: CareerMove) => boolean): Route[] {
    const estimate = (this.#options.rankBy ?? 'moves') === 'moves' ? this.#towards(to, from, accept) : () => [0, 0, 0];
    if (!estimate) return [];
    const search = (start: string, blockedRoles: ReadonlySet<string>, blockedMoves: ReadonlySet<CareerMove>, budget?: Cost) =>
      this.#aStar(start, to, accept, estimate, blockedRoles, blockedMoves, budget);
    const first = search(from, new Set(), new Set());
    if (!first) return [];
    const found: Route[] = [this.#route(first)];
    // Where each route left the one it was found from (Lawler: deviations before that were tried already).
    const deviation = new Map<Route, number>([[found[0], 0]]);
    const candidates: Route[] = [];
    const seen = new Set<string>([found[0].roles.join('\u0000')]);
    while (found.length < k) {
      const last = found[found.length - 1];
      // From the start on: with one move blocked a deviation near the start is quickly found, and
      // its cost bounds the searches from later roles (which may find none, having lost their roots).
      for (let i = deviation.get(last)!; i < last.moves.length; i++) {
        const root = last.moves.slice(0, i);
        const spur = last.roles[i];
        const blockedMoves = new Set<CareerMove>();
        for (const route of found) {
          if (route.moves.length > i && root.every((move, j) => route.moves[j] === move)) blockedMoves.add(route.moves[i]);
        }
        const blockedRoles = new Set(last.roles.slice(0, i));
        // Enough candidates already: a deviation here only counts when it beats the last one needed.
        const needed = k - found.length;
        let budget: Cost | undefined;
        if (candidates.length >= needed) {
          candidates.sort(compareRoutes);
          const rootCost = this.#route(root.length > 0 ? root : []).cost;
          budget = candidates[needed - 1].cost.map((c, j) => c - rootCost[j]);
        }
        const tail = search(spur, blockedRoles, blockedMoves, budget);
        if (!tail) continue;
        const route = this.#route([...root, ...tail]);
        const key = route.roles.join('\u0000');
        if (seen.has(key)) continue;
        seen.add(key);
        candidates.push(route);
        deviation.set(route, i);
      }
      if (candidates.length === 0) break;
      candidates.sort(compareRoutes);
      found.push(candidates.shift()!);
    }
    return found.sort(compareRoutes);
  }

  #route(moves: CareerMove[]): Route {
    const cost: Cost = [0, 0, 0];
    if (moves.length === 0) return { roles: [], moves, totalGap: 0, cost };
    let totalGap = 0;
    for (const move of moves) {
      const known = this.costOf(move);
      for (let i = 0; i < cost.length; i++) cost[i] += known.cost[i];
      totalGap += known.gap;
    }
    return { roles: [moves[0].from, ...moves.map((move) => move.to)], moves, totalGap, cost };
  }

  /**
   * For the `moves` ranking, a lower bound of the cost from each role to the target: its number of
   * moves there, by a backward breadth-first search that stops once `from` is found — exact for the
   * roles it reached, and `from`'s own for every other role (theirs is at least that). Never more
   * than the true cost and consistent, so it guides the forward searches without changing their
   * answers. Undefined when `from` cannot reach the target. Other rankings search without a bound.
   */
  #towards(to: string, from: string, accept: (move: CareerMove) => boolean): ((roleId: string) => Cost) | undefined {
    const depth = new Map<string, number>([[to, 0]]);
    let layer = [to];
    for (let d = 1; layer.length > 0 && !depth.has(from); d++) {
      const next: string[] = [];
      for (const role of layer) {
        for (const move of this.movesInto(role)) {
          if (depth.has(move.from) || !accept(move)) continue;
          depth.set(move.from, d);
          next.push(move.from);
        }
      }
      layer = next;
    }
    const floor = depth.get(from);
    if (floor === undefined) return undefined;
    return (roleId) => [depth.get(roleId) ?? floor, 0, 0];
  }

  /**
   * A* with tuple costs, never entering a blocked role or taking a blocked move: the moves of the
   * cheapest path (undefined when there is none, or none within `budget`). Of equally cheap ways into a role, it keeps the one from the smaller role id,
   * so the route does not depend on the order moves are declared in.
   */
  #aStar(
    from: string,
    to: string,
    accept: (move: CareerMove) => boolean,
    estimate: (roleId: string) => Cost,
    blockedRoles: ReadonlySet<string>,
    blockedMoves: ReadonlySet<CareerMove>,
    budget?: Cost,
  ): CareerMove[] | undefined {
    const best = new Map<string, Cost>([[from, [0, 0, 0]]]);
    const via = new Map<string, CareerMove>();
    const done = new Set<string>();
    // By estimated total, then by cost so far (a role's cheapest predecessors come out before it), then id.
    const heap = new MinHeap<{ role: string; cost: Cost; f: Cost }>((a, b) => compareCosts(a.f, b.f) || compareCosts(a.cost, b.cost) || (a.role < b.role ? -1 : a.role > b.role ? 1 : 0));
    heap.push({ role: from, cost: best.get(from)!, f: estimate(from) });
    while (heap.size > 0) {
      const { role, cost, f } = heap.pop()!;
      if (budget && compareCosts(f, budget) > 0) return undefined;
      if (done.has(role)) continue;
      done.add(role);
      if (role === to) break;
      for (const move of this.movesFrom(role)) {
        if (done.has(move.to) || blockedRoles.has(move.to) || blockedMoves.has(move) || !accept(move)) continue;
        const next = add(cost, this.costOf(move).cost);
        const known = best.get(move.to);
        const order = known ? compareCosts(known, next) : 1;
        if (order === 0 && move.from < via.get(move.to)!.from) via.set(move.to, move);
        if (order <= 0) continue;
        best.set(move.to, next);
        via.set(move.to, move);
        heap.push({ role: move.to, cost: next, f: add(next, estimate(move.to)) });
      }
    }
    if (!done.has(to)) return undefined;
    const moves: CareerMove[] = [];
    for (let at = to; at !== from; ) {
      const move = via.get(at)!;
      moves.push(move);
      at = move.from;
    }
    return moves.reverse();
  }
}

function add(a: readonly number[], b: readonly number[]): Cost {
  return [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
}

function compareCosts(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

function compareRoutes(a: Route, b: Route): number {
  const byCost = compareCosts(a.cost, b.cost);
  if (byCost !== 0) return byCost;
  for (let i = 0; i < Math.min(a.roles.length, b.roles.length); i++) {
    if (a.roles[i] !== b.roles[i]) return a.roles[i] < b.roles[i] ? -1 : 1;
  }
  return a.roles.length - b.roles.length;
}

/** The median `typicalMonths` of the framework's declared moves; 12 when none has one. */
export function medianMonths(index: FrameworkIndex): number {
  const months = (index.framework.moves ?? []).map((move) => move.typicalMonths).filter((m): m is number => typeof m === 'number' && m >= 0).sort((a, b) => a - b);
  if (months.length === 0) return 12;
  const mid = Math.floor(months.length / 2);
  return months.length % 2 === 1 ? months[mid] : (months[mid - 1] + months[mid]) / 2;
}

/** A binary min-heap. */
class MinHeap<T> {
  readonly #items: T[] = [];
  readonly #less: (a: T, b: T) => number;
  constructor(compare: (a: T, b: T) => number) {
    this.#less = compare;
  }
  get size(): number {
    return this.#items.length;
  }
  push(item: T): void {
    const items = this.#items;
    items.push(item);
    for (let i = items.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (this.#less(items[i], items[parent]) >= 0) break;
      [items[i], items[parent]] = [items[parent], items[i]];
      i = parent;
    }
  }
  pop(): T | undefined {
    const items = this.#items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last !== undefined) {
      items[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < items.length && this.#less(items[l], items[m]) < 0) m = l;
        if (r < items.length && this.#less(items[r], items[m]) < 0) m = r;
        if (m === i) break;
        [items[i], items[m]] = [items[m], items[i]];
        i = m;
      }
    }
    return top;
  }
}
