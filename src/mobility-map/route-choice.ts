/**
 * The map's alternative routes: which routes lead from the focused role to the target (computed
 * again only when what they depend on changes), which one the user chose, and the route cards'
 * keys. A reactive controller: choosing a route re-renders the host, frames the route and fires
 * `career-route-select`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isCount, type ViewStateField } from '../base/view-state.js';
import { CareerRouteSelectEvent } from '../events.js';
import type { CareerMove, FrameworkIndex, MoveKind } from '../model/framework-index.js';
import type { InferredMoves } from '../model/inferred-move.js';
import type { RouteTotals } from '../model/route-totals.js';
import type { Route, RouteSearch } from '../model/routes.js';
import type { RoleNode } from './mobility-map-layout.js';

/** The card index a key moves to among `count` route cards (arrows wrap, Home/End), or undefined. */
export function routeKeyTarget(key: string, index: number, count: number): number | undefined {
  if (count === 0) return undefined;
  if (key === 'ArrowRight' || key === 'ArrowDown') return (index + 1) % count;
  if (key === 'ArrowLeft' || key === 'ArrowUp') return (index + count - 1) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return undefined;
}

export interface RouteQuery {
  index: FrameworkIndex;
  from: string;
  to: string;
  /** The moves a route may take (the kinds switched on, between roles drawn). */
  accept: (move: CareerMove) => boolean;
  inferred?: InferredMoves;
  region?: string;
  /** What else the accepted moves depend on (the layout, the move kinds): a change searches again. */
  key: readonly unknown[];
}

/** What the map shows routes from: the focused role to the target, through the moves it draws. */
export interface RoutesShownQuery {
  index: FrameworkIndex;
  from?: string;
  to?: string;
  /** The roles drawn (no routes on the family overview). */
  nodes?: ReadonlyMap<string, RoleNode>;
  /** The move kinds switched on. */
  kinds: ReadonlySet<MoveKind>;
  inferred?: InferredMoves;
  region?: string;
}

export interface Routes {
  search: RouteSearch;
  totals: RouteTotals[];
}

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode };

export class RouteChoice implements ReactiveController {
  readonly #host: Host;
  /** Shows a chosen route's roles (the host frames them and clears its selected move). */
  readonly #frame: (roleIds: readonly string[]) => void;
  #routes?: Routes;
  #key?: readonly unknown[];
  /** The chosen route among the alternatives (0 = best); back to 0 when the routes change. */
  #chosen = 0;
  /** A route index from a view state, kept until the routes it picks from are computed. */
  #pending?: number;

  constructor(host: Host, frame: (roleIds: readonly string[]) => void) {
    this.#host = host;
    this.#frame = frame;
    host.addController(this);
  }

  hostConnected(): void {}

  get chosen(): number {
    return this.#chosen;
  }

  /** Up to three routes from `from` to `to`, with their totals, found by `search` (the route planner's). */
  routes(query: RouteQuery, search: (query: RouteQuery) => Routes): Routes {
    const key = [query.index, query.from, query.to, query.inferred, query.region, ...query.key];
    if (!this.#routes || !this.#key || key.length !== this.#key.length || key.some((value, i) => !Object.is(value, this.#key![i]))) {
      this.#routes = search(query);
      this.#key = key;
      this.#chosen = this.#pending ?? 0;
    }
    this.#pending = undefined;
    return this.#routes;
  }

  /**
   * The routes the map shows: from the focused role to a target through the moves drawn, once the
   * route planner (`search`, loaded on first use) is there; undefined without a target.
   */
  routesShown(query: RoutesShownQuery, search: ((query: RouteQuery) => Routes) | undefined): Routes | undefined {
    const { index, from, to, nodes, kinds, inferred, region } = query;
    if (from === undefined || to === undefined || from === to || !nodes || !search) return undefined;
    const accept = (move: CareerMove) => kinds.has(move.kind) && nodes.has(move.to) && nodes.has(move.from);
    return this.routes({ index, from, to, accept, inferred, region, key: [nodes, [...kinds].join()] }, search);
  }

  /** The view-state field `route`: the chosen route's index, left out for the best one (0). */
  readonly field: ViewStateField<number> = {
    get: () => (this.#routes && this.#chosen > 0 ? this.#chosen : undefined),
    set: (value) => {
      this.#chosen = this.#pending = value ?? 0;
      this.#host.requestUpdate();
    },
    valid: isCount,
  };

  /** The chosen route of the last search. */
  get route(): Route | undefined {
    const routes = this.#routes?.search.routes ?? [];
    return routes[Math.min(this.#chosen, routes.length - 1)];
  }

  /** The user chose a route card: draw it, frame it and say so. */
  choose = (index: number): void => {
    const route = this.#routes?.search.routes[index];
    if (!route) return;
    this.#chosen = index;
    this.#host.requestUpdate();
    this.#frame(route.roles);
    this.#host.dispatchEvent(new CareerRouteSelectEvent([...route.roles]));
  };

  /** Arrow keys, Home and End on a route card choose another route and keep the focus on its button. */
  onKey = async (event: KeyboardEvent, index: number): Promise<void> => {
    const next = routeKeyTarget(event.key, index, this.#routes?.search.routes.length ?? 0);
    if (next === undefined) return;
    event.preventDefault();
    this.choose(next);
    await this.#host.updateComplete;
    this.#host.renderRoot.querySelector<HTMLButtonElement>(`[data-route-index="${next}"] .route-choose`)?.focus();
  };
}
