/**
 * What the map draws at its current level — the family overview, one family, every role, or a
 * focused role's neighbourhood — and where the view should go. Pure decisions over the layouts;
 * `SceneBuilder` only remembers the last layout of each kind so re-renders do not recompute them.
 */
import type { CareerMove, FrameworkIndex, MoveKind } from '../model/framework-index.js';
import type { InferredMove, InferredMoves } from '../model/inferred-move.js';
import { fitTransform, layoutMap, type Box, type LayoutOptions, type MapLayout, type RoleNode } from './mobility-map-layout.js';
import { mirrorLayout } from './mobility-map-mirror.js';
import type { TextSetting } from './text-measure.js';
import { layoutNeighbourhood, orderMoves } from './mobility-map-neighbourhood.js';
import { layoutOverview, nearestFamily, type OverviewLayout } from './mobility-map-overview.js';
import { familyFlows, type FlowSummary } from './mobility-map-paths.js';
import type { ZoomTransform } from '../base/zoom-transform.js';
import { toLayout } from './mobility-map-view.js';
import { MAP_METRICS } from './mobility-map-layout.js';
import type { Size } from './mobility-map-view.js';

/** The level the user chose: the family overview, one family, or every role. */
export type Scope = { kind: 'overview' } | { kind: 'all' } | { kind: 'family'; id: string };

export type Scene =
  | { kind: 'overview'; overview: OverviewLayout }
  | {
      kind: 'map';
      layout: MapLayout;
      nodes: Map<string, RoleNode>;
      /** The focused role's own neighbourhood layout (its destinations lie far apart on the map). */
      neighbourhood: boolean;
      /** The focused role's moves drawn, in the order announced and walked. */
      moves: CareerMove[];
      /** The box the view must show (the focused role and its destinations), when one is focused. */
      frame?: Box;
    };

export interface SceneInput {
  index: FrameworkIndex;
  scope: Scope;
  families?: readonly string[];
  tracks?: readonly string[];
  kinds: ReadonlySet<MoveKind>;
  focusId?: string;
  size: Size;
  /** How titles are measured and broken (the browser's metrics in the map's font), and whether the page reads right to left. */
  text?: TextSetting;
  /** On paper: the whole scope, never a neighbourhood (nothing to zoom). */
  printing?: boolean;
}

/** What the map draws for one input (`SceneBuilder.view`). */
export interface MapView {
  input: SceneInput;
  scene: Scene;
  /** The flows between families under the all-roles map. */
  flows?: FlowSummary;
  /** The suggested moves of the framework, with `infer-moves` once the inference has loaded. */
  inferred?: InferredMoves;
  /** The focused role's suggested moves drawn. */
  suggested: InferredMove[];
  /** The focused role's moves drawn: declared ones in the order announced, then suggested ones. */
  moves: CareerMove[];
}

/** A layout made in the input's text setting (`make` gets its measure and locale), mirrored for a right-to-left page. */
function laidOut(input: SceneInput, make: (text: Pick<LayoutOptions, 'measure' | 'locale'>) => MapLayout): MapLayout {
  const { measure, locale, rtl } = input.text ?? {};
  const layout = make({ measure, locale });
  return rtl ? mirrorLayout(layout) : layout;
}

/** A role layout in the input's text setting. */
const layoutIn = (input: SceneInput, options: LayoutOptions) => laidOut(input, (text) => layoutMap(input.index, { ...options, ...text }));

/** What of the text setting changes a layout. */
const textKey = (input: SceneInput) => [input.text?.font, input.text?.locale, input.text?.rtl].join();

/** Titles are read at 12 px: this zoom keeps them at least 10 px on screen. */
export const READABLE_ZOOM = 10 / MAP_METRICS.fontSize;
/** Columns per ladder in a single family's view, so a very large cell wraps into rows. */
const FAMILY_MAX_COLUMNS = 6;

/** The smallest box around some nodes. */
export function boundsOf(nodes: readonly Box[], margin = 0): Box | undefined {
  if (nodes.length === 0) return undefined;
  const x = Math.min(...nodes.map((n) => n.x)) - margin;
  const y = Math.min(...nodes.map((n) => n.y)) - margin;
  const right = Math.max(...nodes.map((n) => n.x + n.width)) + margin;
  const bottom = Math.max(...nodes.map((n) => n.y + n.height)) + margin;
  return { x, y, width: right - x, height: bottom - y };
}

/** The box around a route's roles on the map (layout units), with a margin; undefined when none is drawn. */
export function routeBounds(roleIds: readonly string[], nodes: ReadonlyMap<string, RoleNode>, margin = 48): Box | undefined {
  return boundsOf(roleIds.map((id) => nodes.get(id)).filter((node): node is RoleNode => !!node), margin);
}

/** Whether a box fits a view of `size` at a zoom where titles are readable. */
export function fitsReadable(box: Box, size: Size): boolean {
  return fitTransform(box, size.width, size.height, 12, 1.25).k >= READABLE_ZOOM;
}

export class SceneBuilder {
  #memo = new Map<string, { key: unknown[]; value: unknown }>();
  /** The framework whose families' layouts are remembered. */
  #familiesOf?: FrameworkIndex;

  #remember<T>(name: string, key: unknown[], make: () => T): T {
    const last = this.#memo.get(name);
    if (last && last.key.length === key.length && last.key.every((v, i) => Object.is(v, key[i]))) return last.value as T;
    const value = make();
    this.#memo.set(name, { key, value });
    return value;
  }

  /** Every role of the framework, with the element's filters. */
  all(input: SceneInput): { layout: MapLayout; nodes: Map<string, RoleNode> } {
    const { index, families, tracks } = input;
    return this.#remember('all', [index, families?.join(), tracks?.join(), textKey(input)], () => withNodes(layoutIn(input, { families, tracks })));
  }

  overview(input: SceneInput): OverviewLayout {
    const { index, families, tracks, kinds } = input;
    return this.#remember('overview', [index, families?.join(), tracks?.join(), [...kinds].join()], () =>
      layoutOverview(index, index.allMoves().filter((move) => kinds.has(move.kind)), { families, tracks }),
    );
  }

  /**
   * What the map draws for an input: the scene, the flows under the all-roles map, and the focused
   * role's moves — suggested ones too, at `threshold`, once the inference (`infer`) has loaded.
   */
  view(input: SceneInput, threshold: number | undefined, infer: Parameters<SceneBuilder['inferred']>[2]): MapView {
    const scene = this.scene(input);
    const inferred = this.inferred(input.index, threshold, infer);
    const suggested = suggestedMoves(scene, input, inferred);
    const flows = input.scope.kind === 'all' ? this.flows(input) : undefined;
    return { input, scene, flows, inferred, suggested, moves: scene.kind === 'map' ? [...scene.moves, ...suggested] : [] };
  }

  /** The moves the framework does not declare, suggested at a skill-overlap threshold (none when it is undefined). */
  inferred(index: FrameworkIndex, threshold: number | undefined, infer: ((index: FrameworkIndex, threshold: number) => InferredMoves) | undefined): InferredMoves | undefined {
    return this.#remember('inferred', [index, threshold, infer], () => (threshold === undefined || !infer ? undefined : infer(index, threshold)));
  }

  /** The moves between families under the all-roles map. */
  flows(input: SceneInput): FlowSummary {
    const { layout } = this.all(input);
    return this.#remember('flows', [layout, [...input.kinds].join()], () => familyFlows(layout, input.index.allMoves().filter((move) => input.kinds.has(move.kind))));
  }

  /**
   * The extent that sets the map area's shape: the chosen level's, not the focus's, so focusing
   * never resizes the area (a size that picked the scene must not change with it).
   */
  area(input: SceneInput): Box {
    const scope = input.scope;
    if (scope.kind === 'overview') return box(this.overview(input));
    if (scope.kind === 'family') return box(this.family(input, scope.id).layout);
    return { ...box(this.all(input).layout), height: Math.max(this.all(input).layout.height, this.flows(input).bottom) };
  }

  /** One family's roles, remembered per family: going back to a family costs nothing (a family's layout is a part of the whole map's). */
  family(input: SceneInput, id: string): { layout: MapLayout; nodes: Map<string, RoleNode> } {
    const { index, tracks } = input;
    if (this.#familiesOf !== index) {
      for (const name of this.#memo.keys()) if (name.startsWith('family ')) this.#memo.delete(name);
      this.#familiesOf = index;
    }
    return this.#remember(`family ${id}`, [index, tracks?.join(), textKey(input)], () => withNodes(layoutIn(input, { families: [id], tracks, maxColumns: FAMILY_MAX_COLUMNS })));
  }

  /**
   * The scene for the input: with a focused role, the scope's layout when it shows the role and
   * all its destinations readably in one view, else the role's neighbourhood; without one, the
   * scope's layout (or the overview).
   */
  scene(input: SceneInput): Scene {
    const { index, scope, focusId, kinds } = input;
    const focus = focusId !== undefined ? index.role(focusId) : undefined;
    if (!focus || !this.#visible(input, focus.id)) {
      if (scope.kind === 'overview') return { kind: 'overview', overview: this.overview(input) };
      const base = scope.kind === 'family' ? this.family(input, scope.id) : this.all(input);
      return { kind: 'map', ...base, neighbourhood: false, moves: [] };
    }
    const allowed = index.movesFrom(focus.id).filter((move) => kinds.has(move.kind) && this.#visible(input, move.to));
    if (scope.kind !== 'overview') {
      const base = scope.kind === 'family' ? this.family(input, scope.id) : this.all(input);
      const moves = orderMoves(index, allowed.filter((move) => base.nodes.has(move.to)));
      const members = [focus.id, ...moves.map((move) => move.to)].map((id) => base.nodes.get(id)).filter((n): n is RoleNode => !!n);
      const frame = boundsOf(members, 24);
      // Moves hidden by the family view count as far apart: show the neighbourhood with all of them.
      const complete = base.nodes.has(focus.id) && moves.length === allowed.length;
      if (frame && complete && (input.printing || input.size.width === 0 || fitsReadable(frame, input.size))) return { kind: 'map', ...base, neighbourhood: false, moves, frame };
    }
    // Remembered with its nodes: what is computed from the scene (routes, the level of detail) is kept while it is the same.
    const { layout, nodes } = this.#remember('neighbourhood', [index, focus.id, [...kinds].join(), input.families?.join(), input.tracks?.join(), textKey(input)], () =>
      withNodes(laidOut(input, (text) => layoutNeighbourhood(index, focus.id, allowed, text)!)),
    );
    return { kind: 'map', layout, nodes, neighbourhood: true, moves: orderMoves(index, allowed), frame: { x: 0, y: 0, width: layout.width, height: layout.height } };
  }

  #visible(input: SceneInput, roleId: string): boolean {
    const role = input.index.role(roleId);
    if (!role) return false;
    return (!input.families || input.families.includes(role.family)) && (!input.tracks || input.tracks.includes(role.track));
  }
}

/**
 * The level the map shows: the one the user chose (unless it is a family the framework does not
 * have), else the family overview for frameworks of more than `threshold` roles, every role for
 * smaller ones.
 */
export function levelShown(chosen: Scope | undefined, index: FrameworkIndex | undefined, threshold: number): Scope {
  if (chosen && (chosen.kind !== 'family' || index?.family(chosen.id))) return chosen;
  return (index?.framework.roles.length ?? 0) > threshold ? { kind: 'overview' } : { kind: 'all' };
}

/**
 * The extent the view fits: the overview's, or the layout's with the flows under the all-roles map
 * (`flowsBottom`, when they are drawn).
 */
export function sceneBounds(scene: Scene, flowsBottom = 0): Box {
  if (scene.kind === 'overview') return box(scene.overview);
  return { ...box(scene.layout), height: Math.max(scene.layout.height, flowsBottom) };
}

/** The focused role's suggested moves to roles the scene draws, of the kinds shown (none without a focus drawn or inference). */
export function suggestedMoves(scene: Scene, input: SceneInput, inferred: InferredMoves | undefined): InferredMove[] {
  const focus = input.focusId;
  if (scene.kind !== 'map' || !inferred || focus === undefined || !scene.nodes.has(focus)) return [];
  return inferred.from(focus).filter((move) => input.kinds.has(move.kind) && scene.nodes.has(move.to));
}

function withNodes(layout: MapLayout): { layout: MapLayout; nodes: Map<string, RoleNode> } {
  return { layout, nodes: new Map(layout.roles.map((node) => [node.id, node])) };
}

function box(extent: { width: number; height: number }): Box {
  return { x: 0, y: 0, width: extent.width, height: extent.height };
}

/** Zooming in past this multiple of the overview's fit opens the family in the middle of the view. */
export const SEMANTIC_ZOOM_IN = 2.2;
/** Zooming out below this multiple of a family's (or the map's) fit returns to the overview. */
export const SEMANTIC_ZOOM_OUT = 0.6;

/**
 * Semantic zoom: the level a settled view crosses into — the family nearest the view's centre
 * when zoomed well into the overview, the overview when zoomed well out of a family or the map.
 */
export function semanticZoom(scene: Scene, scope: Scope, t: ZoomTransform, fitK: number, size: Size, overviewReachable: boolean): Scope | undefined {
  if (scene.kind === 'overview' && t.k > fitK * SEMANTIC_ZOOM_IN) {
    const centre = toLayout({ x: size.width / 2, y: size.height / 2 }, t);
    const family = nearestFamily(scene.overview, centre.x, centre.y);
    return family && { kind: 'family', id: family.id };
  }
  if (scope.kind !== 'overview' && overviewReachable && t.k < fitK * SEMANTIC_ZOOM_OUT) return { kind: 'overview' };
  return undefined;
}
