/**
 * The map's route planner, loaded on first use (a file of its own beside the bundle): what a map
 * needs only with `target` (alternative routes, their totals and cards) or `infer-moves` (suggested
 * moves and their section of the panel). Maps without either never download it.
 */
import { routeTotals } from '../model/route-totals.js';
import { findRoutes } from '../model/routes.js';
import type { RouteQuery, Routes } from './route-choice.js';

export { inferMoves } from '../model/inferred-moves.js';
export { routeCards, suggestedSection } from './route-cards.js';

/** Up to three routes of a query, best first, with their totals in the query's region. */
export function searchRoutes({ index, from, to, accept, inferred, region }: RouteQuery): Routes {
  const search = findRoutes(index, from, to, { k: 3, accept, inferred });
  return { search, totals: search.routes.map((route) => routeTotals(index, route, { region })) };
}
